package net.adtelligent.adapters.ses;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.adtelligent.domain.identity.Email;
import net.adtelligent.ports.out.Mail;
import net.adtelligent.ports.out.Mailer;
import net.adtelligent.ports.out.MailerContract;
import net.adtelligent.testing.MotoServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/** The shared Mailer contract on SES, read back from the emulator's record of sent mail. */
class SesMailerContractTest extends MailerContract {

    @RegisterExtension
    static final MotoServer moto = new MotoServer();

    private static final StaticCredentialsProvider FAKE_KEYS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing"));
    private static SesMailer mailer;

    @BeforeAll
    static void verifiedSender() {
        try (SesV2Client operator = SesV2Client.builder().region(Region.EU_WEST_1)
                .credentialsProvider(FAKE_KEYS).endpointOverride(moto.endpoint())
                .httpClient(UrlConnectionHttpClient.create()).build()) {
            operator.createEmailIdentity(r -> r.emailIdentity("ops@contract.example"));
        }
        mailer = SesMailer.create(new Email("ops@contract.example"), "eu-west-1", Optional.of(moto.endpoint()), FAKE_KEYS);
    }

    @AfterAll
    static void closeMailer() {
        mailer.close();
    }

    @Override
    protected Mailer mailer() {
        return mailer;
    }

    /** moto lists every sent mail under ses → Message in /moto-api/data.json, in sending order. */
    @Override
    protected List<Mail> deliveredTo(Email recipient) throws Exception {
        JsonNode messages = new ObjectMapper().readTree(moto.get("/moto-api/data.json")).path("ses").path("Message");
        List<Mail> mails = new ArrayList<>();
        for (JsonNode message : messages) {
            for (JsonNode to : message.path("destinations").path("ToAddresses")) {
                if (to.asText().equals(recipient.value())) {
                    mails.add(new Mail(recipient, message.path("subject").asText(), message.path("body").asText()));
                }
            }
        }
        return mails;
    }

    @Override
    protected Email uniqueRecipient() {
        return new Email("r" + UUID.randomUUID().toString().substring(0, 8) + "@client.example");
    }
}
