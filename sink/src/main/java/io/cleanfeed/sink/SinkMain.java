package io.cleanfeed.sink;

import io.cleanfeed.core.runtime.ServiceOptions;
import io.cleanfeed.core.runtime.StageService;
import io.cleanfeed.core.runtime.VersionProvider;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The sink service: {@code articles.enriched} to {@code articles.normalised}. */
@Command(name = "cleanfeed-sink", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Publishes normalised article records from articles.enriched onto articles.normalised.")
public final class SinkMain implements Callable<Integer> {

    @Mixin
    private ServiceOptions service;

    @Override
    public Integer call() throws Exception {
        return StageService.run(registry -> new SinkStage(new Normaliser(Clock.systemUTC())), service);
    }

    public static void main(final String[] args) {
        System.exit(new CommandLine(new SinkMain()).execute(args));
    }
}
