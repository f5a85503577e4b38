package net.adtelligent.bootstrap.cli;

import net.adtelligent.bootstrap.ConfigurationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** One clear line and a non-zero exit instead of a stack trace: 2 for configuration, 1 otherwise. */
public final class FailureHandler implements IExecutionExceptionHandler {

    static final int CONFIGURATION_ERROR = 2;
    static final int FAILURE = 1;

    private static final Logger log = LoggerFactory.getLogger(FailureHandler.class);

    @Override
    public int handleExecutionException(Exception failure, CommandLine command, ParseResult parsed) {
        if (failure instanceof ConfigurationException) {
            command.getErr().println("adtelligent: " + failure.getMessage());
            return CONFIGURATION_ERROR;
        }
        log.error("command failed", failure);
        command.getErr().println("adtelligent: " + failure + " (details in the log above)");
        return FAILURE;
    }
}
