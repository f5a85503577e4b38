package software.amazon.awssdk.archfixture;

/**
 * Stands in for an AWS SDK class: the rule matches the package name only. A real SDK artifact
 * declared here in test scope would win over the compile scope that adapters/kms will bring in
 * (Maven keeps a direct dependency's scope), and drop the SDK from the runnable jar.
 */
public final class AwsSdkStandIn {
}
