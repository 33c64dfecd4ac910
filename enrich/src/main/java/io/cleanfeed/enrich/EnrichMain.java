package io.cleanfeed.enrich;

import io.cleanfeed.core.runtime.ServiceOptions;
import io.cleanfeed.core.runtime.StageService;
import io.cleanfeed.core.runtime.VersionProvider;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The enrich service: {@code articles.cleaned} to {@code articles.enriched}. */
@Command(name = "cleanfeed-enrich", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Adds metadata to cleaned articles from articles.cleaned onto articles.enriched.")
public final class EnrichMain implements Callable<Integer> {

    @Mixin
    private ServiceOptions service;

    @Override
    public Integer call() throws Exception {
        return StageService.run(registry -> new EnrichStage(), service);
    }

    public static void main(final String[] args) {
        System.exit(new CommandLine(new EnrichMain()).execute(args));
    }
}
