package io.cleanfeed.ingest.bench;

import io.cleanfeed.ingest.CleanerSettings;
import io.cleanfeed.ingest.PageCleaner;
import io.cleanfeed.ingest.page.DecodedPage;
import io.cleanfeed.ingest.page.PageDecoder;
import io.cleanfeed.ingest.page.RawPage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Decode + clean of a mix of real-sized pages, beside a bare {@code Jsoup.parse(...).body().text()}
 * of the same bytes in the same run: the parse is the floor of the cost, and the ratio of the two
 * throughputs is how much the cleaning adds; {@code decodeAndParse} is the bare parse behind the
 * cleaner's decoding. One operation is one page (the score is pages/s on one thread);
 * {@code -prof gc} gives the allocation per page.
 *
 * <p>Pages come from {@code -Dbench.pages=DIR} (default {@code samples/}), relative to
 * {@code -Dbench.root} (the project's root, which the build passes); pages the cleaner
 * rejects are left out of every benchmark, so all measure the same bytes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CleanerBenchmark {

    private final PageCleaner cleaner = new PageCleaner(CleanerSettings.defaults());
    private final PageDecoder decoder = new PageDecoder();
    private List<byte[]> pages;
    private int next;

    @Setup(Level.Trial)
    public void loadPages() throws IOException {
        // The forked JVM runs in the module's folder; the pages are named from the project's root.
        final Path dir = Path.of(System.getProperty("bench.root", "."))
                .resolve(System.getProperty("bench.pages", "samples"));
        try (Stream<Path> files = Files.list(dir)) {
            pages = files.filter(file -> file.toString().endsWith(".html")).sorted()
                    .map(CleanerBenchmark::read)
                    .filter(this::cleanable)
                    .toList();
        }
        if (pages.isEmpty()) {
            throw new IllegalStateException("no cleanable .html pages in " + dir.toAbsolutePath());
        }
        final long bytes = pages.stream().mapToLong(page -> page.length).sum();
        System.out.printf("%n%d pages, %.1f KiB on average, from %s%n", pages.size(), bytes / 1024.0 / pages.size(),
                dir);
    }

    @Benchmark
    public void bareJsoupParse(final Blackhole sink) throws IOException {
        final byte[] page = nextPage();
        sink.consume(Jsoup.parse(new ByteArrayInputStream(page), null, "https://bench.example/").body().text());
    }

    /**
     * The bare parse's work with the cleaner's decoding in front of it instead of jsoup's: with
     * {@link #bareJsoupParse}, it tells how much of {@link #decodeAndClean}'s time is the parse itself.
     */
    @Benchmark
    public void decodeAndParse(final Blackhole sink) {
        final DecodedPage decoded = decoder.decode(new RawPage("https://bench.example/", null, nextPage(), null));
        sink.consume(Parser.htmlParser().parseInput(decoded.reader(), "https://bench.example/").body().text());
    }

    @Benchmark
    public void decodeAndClean(final Blackhole sink) {
        sink.consume(cleaner.clean(new RawPage("https://bench.example/", null, nextPage(), null), null, "bench"));
    }

    private byte[] nextPage() {
        final byte[] page = pages.get(next);
        next = next + 1 == pages.size() ? 0 : next + 1;
        return page;
    }

    private boolean cleanable(final byte[] page) {
        try {
            cleaner.clean(new RawPage("https://bench.example/", null, page, null), null, "bench");
            return true;
        } catch (final RuntimeException e) {
            return false;
        }
    }

    private static byte[] read(final Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
