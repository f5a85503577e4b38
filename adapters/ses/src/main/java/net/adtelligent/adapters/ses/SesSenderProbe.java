package net.adtelligent.adapters.ses;

import java.time.Duration;
import java.util.Optional;
import net.adtelligent.domain.identity.Email;
import net.adtelligent.ports.out.ComponentHealth;
import net.adtelligent.ports.out.HealthProbe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.GetEmailIdentityResponse;
import software.amazon.awssdk.services.sesv2.model.NotFoundException;
import software.amazon.awssdk.services.sesv2.model.VerificationStatus;

/**
 * Readiness of SES for our sender: {@code GetEmailIdentity} for the address, then for its domain
 * (SES lets an address send once either is verified). Down, never throwing, when neither is
 * verified or SES does not answer. The sender address is in the detail: it is on every mail anyway.
 */
final class SesSenderProbe implements HealthProbe {

    private static final Logger log = LoggerFactory.getLogger(SesSenderProbe.class);
    // A health check must not hang: a bound on the whole call, retries included.
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(5);

    private final SesV2Client client;
    private final Email sender;
    private final Optional<String> credentialsProblem;

    SesSenderProbe(SesV2Client client, Email sender, Optional<String> credentialsProblem) {
        this.client = client;
        this.sender = sender;
        this.credentialsProblem = credentialsProblem;
    }

    @Override
    public String component() {
        return "mail";
    }

    @Override
    public ComponentHealth probe() {
        String who = "sender " + sender.value();
        if (credentialsProblem.isPresent()) {
            return health(false, who + ": " + credentialsProblem.get());
        }
        String domain = sender.value().substring(sender.value().indexOf('@') + 1);
        try {
            Optional<GetEmailIdentityResponse> address = identity(sender.value());
            if (address.filter(SesSenderProbe::verified).isPresent()) {
                return health(true, who + ": verified for sending, " + dkim(address.get()));
            }
            Optional<GetEmailIdentityResponse> byDomain = identity(domain);
            if (byDomain.filter(SesSenderProbe::verified).isPresent()) {
                return health(true, who + ": verified for sending through domain " + domain + ", "
                        + dkim(byDomain.get()));
            }
            return address.or(() -> byDomain)
                    .map(found -> health(false, who + ": not verified for sending (verification "
                            + found.verificationStatusAsString() + "), " + dkim(found)))
                    .orElseGet(() -> health(false, who + ": no SES identity for the address or its domain in "
                            + client.serviceClientConfiguration().region()));
        } catch (AwsServiceException failure) {
            // One line, no stack trace: a probe runs every few seconds while SES is down.
            log.warn("SES identity check failed: {}", failure.toString());
            return health(false, who + ": SES identity check failed (" + SesMailer.errorCode(failure) + ")");
        } catch (SdkException failure) {
            // No answer in time, or one the SDK could not read: either way, not ready.
            log.warn("SES identity check failed: {}", failure.toString());
            return health(false, who + ": SES gave no usable answer");
        }
    }

    private Optional<GetEmailIdentityResponse> identity(String name) {
        try {
            return Optional.of(client.getEmailIdentity(r -> r
                    .emailIdentity(name)
                    .overrideConfiguration(o -> o.apiCallTimeout(CALL_TIMEOUT))));
        } catch (NotFoundException absent) {
            return Optional.empty();
        }
    }

    /** Either signal counts: SES sets both once verified; moto 5.2 sets only VerificationStatus. */
    private static boolean verified(GetEmailIdentityResponse identity) {
        return Boolean.TRUE.equals(identity.verifiedForSendingStatus())
                || identity.verificationStatus() == VerificationStatus.SUCCESS;
    }

    private static String dkim(GetEmailIdentityResponse identity) {
        return identity.dkimAttributes() == null || identity.dkimAttributes().status() == null
                ? "DKIM not configured"
                : "DKIM " + identity.dkimAttributes().statusAsString();
    }

    private ComponentHealth health(boolean up, String detail) {
        return new ComponentHealth(component(), up, detail);
    }
}
