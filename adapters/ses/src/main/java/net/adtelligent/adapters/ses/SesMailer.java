package net.adtelligent.adapters.ses;

import static net.adtelligent.adapters.ses.MailDeliveryException.recipient;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import net.adtelligent.domain.identity.Email;
import net.adtelligent.ports.out.HealthProbe;
import net.adtelligent.ports.out.Mail;
import net.adtelligent.ports.out.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.SesV2ClientBuilder;
import software.amazon.awssdk.services.sesv2.model.Content;
import software.amazon.awssdk.services.sesv2.model.SendEmailRequest;

/**
 * The production mailer: AWS SES v2 ({@code SendEmail}, simple content, UTF-8). The sender must be
 * an SES identity verified for sending, as an address or through its domain; {@link #readiness()}
 * tells whether it is. Failures become {@link MailDeliveryException}.
 */
public final class SesMailer implements Mailer, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SesMailer.class);
    // A mail is sent while a user waits for an answer (password reset): fail in seconds, not minutes.
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(15);

    static final String NO_CREDENTIALS = "no AWS credentials: a client with an endpoint override uses only the "
            + "access key given to it (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY), never an instance or task role";

    private final SesV2Client client;
    private final Email from;
    private final Optional<String> credentialsProblem;

    /** Takes over a client the caller built (its own proxy, credentials or retries); {@link #close()} closes it. */
    public SesMailer(SesV2Client client, Email from) {
        this(client, from, Optional.empty());
    }

    private SesMailer(SesV2Client client, Email from, Optional<String> credentialsProblem) {
        this.client = Objects.requireNonNull(client, "client");
        this.from = Objects.requireNonNull(from, "from");
        this.credentialsProblem = credentialsProblem;
    }

    /**
     * As the service builds it. Without an endpoint override (AWS itself): the keys when given, else
     * the SDK's default provider chain (environment, profile, container or instance role), as
     * production on AWS expects. With an override (an emulator, a private endpoint): the keys given
     * and nothing else. Without keys such a mailer never searches the network for credentials: it
     * fails at once, and its readiness says "no AWS credentials".
     */
    public static SesMailer create(Email from, String region, Optional<URI> endpointOverride, Optional<AwsKeys> keys) {
        SesV2ClientBuilder builder = builder(region, endpointOverride);
        if (keys.isPresent()) {
            return new SesMailer(builder.credentialsProvider(keys.get().provider()).build(), from);
        }
        if (endpointOverride.isPresent()) {
            AwsCredentialsProvider none = () -> {
                throw SdkClientException.create(NO_CREDENTIALS);
            };
            return new SesMailer(builder.credentialsProvider(none).build(), from, Optional.of(NO_CREDENTIALS));
        }
        return new SesMailer(builder.build(), from);
    }

    /** With explicit credentials, e.g. {@code StaticCredentialsProvider} with fake keys for an emulator. */
    public static SesMailer create(
            Email from, String region, Optional<URI> endpointOverride, AwsCredentialsProvider credentials) {
        Objects.requireNonNull(credentials, "credentials");
        return new SesMailer(builder(region, endpointOverride).credentialsProvider(credentials).build(), from);
    }

    private static SesV2ClientBuilder builder(String region, Optional<URI> endpointOverride) {
        // Named here, not found on the classpath: the pom keeps only this client, and an embedding
        // service that brings another one must not change which client the SDK picks.
        SesV2ClientBuilder builder = SesV2Client.builder()
                .region(Region.of(Objects.requireNonNull(region, "region")))
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(CONNECT_TIMEOUT)
                        .socketTimeout(SOCKET_TIMEOUT));
        endpointOverride.ifPresent(builder::endpointOverride);
        return builder;
    }

    @Override
    public void send(Mail mail) {
        credentialsProblem.ifPresent(problem -> {
            throw new MailDeliveryException("could not call SES to send the mail to " + recipient(mail.to())
                    + ": " + problem, null);
        });
        SendEmailRequest request = SendEmailRequest.builder()
                .fromEmailAddress(from.value())
                .destination(d -> d.toAddresses(mail.to().value()))
                .content(c -> c.simple(m -> m
                        .subject(utf8(mail.subject()))
                        .body(b -> b.text(utf8(mail.text())))))
                .build();
        try {
            String messageId = client.sendEmail(request).messageId();
            log.debug("mail handed to SES message_id={}", messageId);
        } catch (AwsServiceException refused) {
            throw new MailDeliveryException(
                    "SES refused the mail to " + recipient(mail.to()) + " (" + errorCode(refused) + ")", refused);
        } catch (SdkException unreachable) {
            throw new MailDeliveryException(
                    "could not call SES to send the mail to " + recipient(mail.to()), unreachable);
        }
    }

    /** Readiness (component "mail"): is the sender verified for sending, and what is its DKIM status. */
    public HealthProbe readiness() {
        return new SesSenderProbe(client, from, credentialsProblem);
    }

    @Override
    public void close() {
        client.close();
    }

    private static Content utf8(String text) {
        return Content.builder().data(text).charset(StandardCharsets.UTF_8.name()).build();
    }

    /** The error code ("MessageRejected", "AccessDeniedException"): says what went wrong, names nobody. */
    static String errorCode(AwsServiceException failure) {
        String code = failure.awsErrorDetails() == null ? null : failure.awsErrorDetails().errorCode();
        return code == null ? "HTTP " + failure.statusCode() : code;
    }
}
