package net.adtelligent.adapters.ses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.Optional;
import java.util.stream.StreamSupport;
import net.adtelligent.domain.identity.Email;
import net.adtelligent.ports.out.ComponentHealth;
import net.adtelligent.ports.out.Mail;
import net.adtelligent.ports.out.OutsidePartUnavailableException;
import net.adtelligent.testing.MotoServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/** The SES adapter against a real SES v2 emulator (moto server) on loopback. */
class SesMailerTest {

    @RegisterExtension
    static final MotoServer moto = new MotoServer();

    private static final Region REGION = Region.EU_WEST_1;
    private static final StaticCredentialsProvider FAKE_KEYS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing"));
    /** Keys as the service takes them from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY; moto accepts any. */
    static final AwsKeys DUMMY_KEYS = new AwsKeys("testing", "testing", Optional.empty());
    /** What an operator does in the console: registers identities. Each test uses its own domain. */
    private static SesV2Client operator;

    @BeforeAll
    static void operatorClient() {
        operator = SesV2Client.builder().region(REGION).credentialsProvider(FAKE_KEYS)
                .endpointOverride(moto.endpoint()).httpClient(UrlConnectionHttpClient.create()).build();
    }

    @AfterAll
    static void closeOperatorClient() {
        operator.close();
    }

    private static SesMailer mailer(String sender) {
        return SesMailer.create(new Email(sender), REGION.id(), Optional.of(moto.endpoint()), Optional.of(DUMMY_KEYS));
    }

    @Test
    void send_givenVerifiedSender_emulatorRecordsRecipientSubjectAndBody() throws Exception {
        operator.createEmailIdentity(r -> r.emailIdentity("ops@send.example"));
        String text = "Hallo Ana,\n\nneues Passwort: https://app.example/reset?token=abc-€\n";
        try (SesMailer mailer = mailer("ops@send.example")) {
            mailer.send(new Mail(new Email("ana@client-send.example"), "Passwort zurücksetzen – Köln 🎉", text));
        }

        JsonNode sent = sentTo("ana@client-send.example");
        assertThat(sent.path("source").asText()).isEqualTo("ops@send.example");
        assertThat(sent.path("destinations").toString())
                .isEqualTo("{\"ToAddresses\":[\"ana@client-send.example\"]}");
        assertThat(sent.path("subject").asText()).isEqualTo("Passwort zurücksetzen – Köln 🎉");
        assertThat(sent.path("body").asText()).isEqualTo(text);
    }

    @Test
    void send_givenSenderWithoutIdentity_throwsMailDeliveryExceptionNamingOnlyTheRecipientDomain() {
        try (SesMailer mailer = mailer("ops@unverified.example")) {
            Mail mail = new Mail(new Email("bob@client-refused.example"), "Hi", "text");
            assertThatThrownBy(() -> mailer.send(mail))
                    .isInstanceOf(MailDeliveryException.class)
                    .hasMessageContaining("a recipient at client-refused.example")
                    .hasMessageContaining("MessageRejected")
                    .hasMessageNotContaining("bob@")
                    .hasMessageNotContaining("testing");
        }
    }

    @Test
    void send_givenNothingListening_throwsMailDeliveryExceptionAnOutsidePartUnavailableOfComponentMail() throws Exception {
        try (SesMailer mailer = unreachable("ops@send.example")) {
            assertThatThrownBy(() -> mailer.send(new Mail(new Email("cy@client-down.example"), "Hi", "text")))
                    .isInstanceOf(MailDeliveryException.class)
                    .hasMessage("could not call SES to send the mail to a recipient at client-down.example")
                    .isInstanceOfSatisfying(OutsidePartUnavailableException.class,
                            failure -> assertThat(failure.component()).isEqualTo("mail"));
        }
    }

    @Test
    void readiness_givenSenderWithoutIdentity_isDownSayingSo() {
        try (SesMailer mailer = mailer("ops@nobody.example")) {
            assertThat(mailer.readiness().probe()).isEqualTo(new ComponentHealth("mail", false,
                    "sender ops@nobody.example: no SES identity for the address or its domain in eu-west-1"));
        }
    }

    @Test
    void readiness_givenVerifiedAddress_isUpWithDkimStatus() {
        operator.createEmailIdentity(r -> r.emailIdentity("ops@ready.example"));
        try (SesMailer mailer = mailer("ops@ready.example")) {
            assertThat(mailer.readiness().probe()).isEqualTo(new ComponentHealth("mail", true,
                    "sender ops@ready.example: verified for sending, DKIM NOT_STARTED"));
        }
    }

    @Test
    void readiness_givenOnlyTheDomainVerified_isUpThroughTheDomain() {
        // Without DKIM signing attributes: with them moto 5.2.5 answers LastKeyGenerationTimestamp as an
        // ISO string where SES v2 sends epoch seconds, and the SDK cannot read the identity at all.
        operator.createEmailIdentity(r -> r.emailIdentity("domain.example"));
        try (SesMailer mailer = mailer("ops@domain.example")) {
            assertThat(mailer.readiness().probe()).isEqualTo(new ComponentHealth("mail", true,
                    "sender ops@domain.example: verified for sending through domain domain.example, "
                            + "DKIM NOT_STARTED"));
        }
    }

    @Test
    void readiness_givenNothingListening_isDownWithoutThrowing() throws Exception {
        try (SesMailer mailer = unreachable("ops@ready.example")) {
            assertThat(mailer.readiness().probe()).isEqualTo(
                    new ComponentHealth("mail", false, "sender ops@ready.example: SES gave no usable answer"));
        }
    }

    /** moto keeps every sent mail in its SES backend; data.json lists them under ses → Message. */
    private static JsonNode sentTo(String recipient) throws Exception {
        JsonNode data = new ObjectMapper().readTree(moto.get("/moto-api/data.json"));
        JsonNode messages = data.path("ses").path("Message");
        return StreamSupport.stream(messages.spliterator(), false)
                .filter(m -> StreamSupport.stream(m.path("destinations").path("ToAddresses").spliterator(), false)
                        .anyMatch(to -> to.asText().equals(recipient)))
                .reduce((a, b) -> { throw new AssertionError("more than one mail to " + recipient); })
                .orElseThrow(() -> new AssertionError("no mail to " + recipient + " in " + messages));
    }

    /** A mailer whose endpoint is a loopback port nobody listens on. */
    private static SesMailer unreachable(String sender) throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            URI closed = URI.create("http://127.0.0.1:" + socket.getLocalPort());
            return SesMailer.create(new Email(sender), REGION.id(), Optional.of(closed), FAKE_KEYS);
        }
    }
}
