package io.cleanfeed.deploy.cli;

import io.cleanfeed.core.runtime.VersionProvider;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code cleanfeed} command: run the pipeline locally, extract pages offline, publish pages. */
@Command(name = "cleanfeed", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Clean, normalised, versioned article records from raw news pages.",
        subcommands = {RunCommand.class, ExtractCommand.class, PublishCommand.class})
public final class CleanfeedCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to do: run, extract or publish");
    }

    public static void main(final String[] args) {
        System.exit(new CommandLine(new CleanfeedCommand()).execute(args));
    }
}
