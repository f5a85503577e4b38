package net.adtelligent.adapters.ses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import net.adtelligent.domain.identity.Email;
import net.adtelligent.ports.out.ComponentHealth;
import net.adtelligent.ports.out.Mail;
import org.junit.jupiter.api.Test;

/**
 * A mailer built as the service builds it, pointed at an endpoint override without keys, must not go
 * looking for credentials (the default chain ends at the cloud's instance-metadata address): it
 * says at once that it has none. No emulator is needed: nothing may be called.
 */
class SesMailerCredentialsTest {

    private static final Email SENDER = new Email("ops@example.com");
    private static final Duration AT_ONCE = Duration.ofSeconds(1);

    @Test
    void readiness_givenEndpointOverrideWithoutKeys_saysNoAwsCredentialsAtOnce() throws Exception {
        try (SesMailer mailer = SesMailer.create(SENDER, "eu-west-1", Optional.of(closedPort()), Optional.empty())) {
            long started = System.nanoTime();
            ComponentHealth health = mailer.readiness().probe();

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(AT_ONCE);
            assertThat(health.up()).isFalse();
            assertThat(health.detail()).startsWith("sender ops@example.com: no AWS credentials")
                    .contains("AWS_ACCESS_KEY_ID");
        }
    }

    @Test
    void send_givenEndpointOverrideWithoutKeys_failsAtOnceNamingTheMissingCredentials() throws Exception {
        try (SesMailer mailer = SesMailer.create(SENDER, "eu-west-1", Optional.of(closedPort()), Optional.empty())) {
            long started = System.nanoTime();

            assertThatThrownBy(() -> mailer.send(new Mail(new Email("ana@client.example"), "Reset", "text")))
                    .isInstanceOf(MailDeliveryException.class)
                    .hasMessageContaining("a recipient at client.example")
                    .hasMessageContaining("no AWS credentials")
                    .hasMessageNotContaining("ana@");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(AT_ONCE);
        }
    }

    @Test
    void keys_toString_neverShowsTheSecretParts() {
        AwsKeys keys = new AwsKeys("AKIDEXAMPLE", "secret-part", Optional.of("session-part"));

        assertThat(keys.toString()).contains("AKIDEXAMPLE").doesNotContain("secret-part").doesNotContain("session-part");
    }

    @Test
    void testJvm_hasTheInstanceMetadataLookupSwitchedOff() {
        // The safety net under every AWS client a test builds: set for Surefire in the parent pom.
        assertThat(System.getProperty("aws.disableEc2Metadata")).isEqualTo("true");
    }

    private static URI closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
    }
}
