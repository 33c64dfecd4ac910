package io.cleanfeed.deploy.cli;

import io.cleanfeed.core.deadletter.RejectedRecordException;
import io.cleanfeed.core.schema.NormalisedArticle;
import io.cleanfeed.core.serde.Json;
import io.cleanfeed.deploy.offline.OfflinePipeline;
import io.cleanfeed.deploy.pages.PageFiles;
import io.cleanfeed.ingest.CleanerSettings;
import io.cleanfeed.ingest.PageCleaner;
import io.cleanfeed.sink.Normaliser;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cleanfeed extract}: the pipeline's cleaning and enrichment with no Kafka, one normalised
 * record (JSON line) per page, {@code source_file} set. Pages the pipeline would dead-letter are
 * reported on stderr with their reason; a page that fails with a fault in Cleanfeed is reported
 * too, the others still extracted, and the command exits with 1.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Clean and enrich pages without Kafka: one normalised record (JSON line) per page.")
final class ExtractCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Pages or folders of .html pages.")
    private List<Path> inputs;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the records here instead of stdout.")
    private Path out;

    @Option(names = "--rules", paramLabel = "FILE", description = "Per-site rules (YAML or JSON) to preview.")
    private Path rules;

    private final PrintStream err = System.err;

    @Override
    public Integer call() throws IOException {
        final List<Path> pages = PageFiles.expand(inputs);
        // A preview reads the file once: it runs for as long as one look at the pages.
        final PageCleaner cleaner = PageCleaner.withRules(CleanerSettings.defaults(), rules, Duration.ZERO);
        final OfflinePipeline pipeline = new OfflinePipeline(cleaner, new Normaliser(Clock.systemUTC()));
        int extracted = 0;
        int rejected = 0;
        int failed = 0;
        try (Writer writer = out == null
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (final Path page : pages) {
                try {
                    final NormalisedArticle record = pipeline.process(page);
                    writer.write(Json.mapper().writeValueAsString(record));
                    writer.write('\n');
                    extracted++;
                } catch (final RejectedRecordException e) {
                    err.printf("%s: %s: %s%n", page, e.reason().code(), e.getMessage());
                    rejected++;
                } catch (final RuntimeException e) {
                    // In the pipeline this page would be an internal_error dead letter: report it, go on.
                    err.printf("%s: internal_error: %s%n", page, e);
                    e.printStackTrace(err);
                    failed++;
                }
            }
        }
        err.printf("pages=%d extracted=%d rejected=%d failed=%d%n", pages.size(), extracted, rejected, failed);
        return failed == 0 ? 0 : 1;
    }
}
