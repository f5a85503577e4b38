package net.adtelligent.adapters.airbyte.archfixture;

import software.amazon.awssdk.archfixture.AwsSdkStandIn;

/** Deliberately bad: the AWS SDK outside the kms and ses adapters. */
public final class AirbyteUsingAwsSdk {

    AwsSdkStandIn client;
}
