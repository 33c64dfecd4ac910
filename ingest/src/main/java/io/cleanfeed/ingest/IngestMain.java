package io.cleanfeed.ingest;

import io.cleanfeed.core.runtime.ServiceOptions;
import io.cleanfeed.core.runtime.StageService;
import io.cleanfeed.core.runtime.VersionProvider;
import io.cleanfeed.ingest.site.SiteRulesFile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The ingest service: {@code articles.raw} to {@code articles.cleaned}. */
@Command(name = "cleanfeed-ingest", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Cleans raw article pages from articles.raw onto articles.cleaned.")
public final class IngestMain implements Callable<Integer> {

    @Mixin
    private ServiceOptions service;

    @Option(names = "--max-page-bytes", paramLabel = "BYTES",
            defaultValue = "${env:CLEANFEED_MAX_PAGE_BYTES:-5242880}",
            description = "Larger pages go to the dead-letter topic "
                    + "(env CLEANFEED_MAX_PAGE_BYTES, default ${DEFAULT-VALUE}).")
    private int maxPageBytes;

    @Option(names = "--time-budget", paramLabel = "MS", defaultValue = "${env:CLEANFEED_TIME_BUDGET_MS:-10000}",
            description = "Pages that take longer to clean go to the dead-letter topic "
                    + "(env CLEANFEED_TIME_BUDGET_MS, default ${DEFAULT-VALUE}).")
    private long timeBudgetMs;

    @Option(names = "--rules", paramLabel = "FILE", defaultValue = "${env:CLEANFEED_RULES_FILE}",
            description = "Per-site rules (YAML or JSON), reloaded when the file changes (env CLEANFEED_RULES_FILE).")
    private Path rulesFile;

    @Override
    public Integer call() throws Exception {
        final CleanerSettings settings = new CleanerSettings(maxPageBytes, Duration.ofMillis(timeBudgetMs));
        final PageCleaner cleaner = PageCleaner.withRules(settings, rulesFile, SiteRulesFile.DEFAULT_CHECK_INTERVAL);
        return StageService.run(registry -> new IngestStage(cleaner, registry), service);
    }

    public static void main(final String[] args) {
        System.exit(new CommandLine(new IngestMain()).execute(args));
    }
}
