package net.adtelligent.bootstrap.cli;

import net.adtelligent.bootstrap.ConfigurationException;
import net.adtelligent.bootstrap.RefusedException;
import net.adtelligent.domain.RejectionKind;
import net.adtelligent.ports.out.OutsidePartUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * One clear line and a non-zero exit instead of a stack trace: 2 for configuration and for what a
 * use case refused (the operator changes what they typed), 3 when an outside part (the database,
 * the mail service) is unavailable (nothing to change: a supervisor tries again later), 1 otherwise.
 */
final class FailureHandler implements IExecutionExceptionHandler {

    static final int CONFIGURATION_ERROR = 2;
    static final int FAILURE = 1;
    static final int UNAVAILABLE = 3;

    private static final Logger log = LoggerFactory.getLogger(FailureHandler.class);

    @Override
    public int handleExecutionException(Exception failure, CommandLine command, ParseResult parsed) {
        if (failure instanceof ConfigurationException) {
            command.getErr().println("adtelligent: " + failure.getMessage());
            return CONFIGURATION_ERROR;
        }
        if (failure instanceof RefusedException refused) {
            command.getErr().println("adtelligent: " + refused.getMessage());
            return exitCode(refused.rejection().kind());
        }
        if (failure instanceof OutsidePartUnavailableException down) {
            // The message names the part and the reason already; the cause goes to the log.
            log.warn("outside part unavailable component={}", down.component(), failure);
            command.getErr().println("adtelligent: " + down.getMessage() + " (try again once the " + down.component()
                    + " is back)");
            return UNAVAILABLE;
        }
        log.error("command failed", failure);
        command.getErr().println("adtelligent: " + failure + " (details in the log above)");
        return FAILURE;
    }

    /**
     * Every refusal but a pause is fixed by changing the input; a pause passes by itself, as an
     * unavailable part does. A new kind must be placed here to compile.
     */
    static int exitCode(RejectionKind kind) {
        return switch (kind) {
            case INVALID, NOT_FOUND, FORBIDDEN, UNAUTHENTICATED, CONFLICT, GONE, TOO_LARGE, UNPROCESSABLE -> CONFIGURATION_ERROR;
            case TOO_MANY_ATTEMPTS -> FAILURE;
        };
    }
}
