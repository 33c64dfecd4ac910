package io.cleanfeed.ingest;

import io.cleanfeed.core.deadletter.Reason;
import io.cleanfeed.core.deadletter.RejectedRecordException;
import io.cleanfeed.core.schema.CleanedArticle;
import io.cleanfeed.core.schema.PageFacts;
import io.cleanfeed.core.schema.SourcePosition;
import io.cleanfeed.ingest.cleaner.ArticleCleaner;
import io.cleanfeed.ingest.cleaner.CleanedContent;
import io.cleanfeed.ingest.facts.PageFactsReader;
import io.cleanfeed.ingest.facts.StatedArticleBody;
import io.cleanfeed.ingest.page.Deadline;
import io.cleanfeed.ingest.page.DecodedPage;
import io.cleanfeed.ingest.page.PageDecoder;
import io.cleanfeed.ingest.page.RawPage;
import io.cleanfeed.ingest.render.ArticleRenderer;
import io.cleanfeed.ingest.render.RenderedArticle;
import io.cleanfeed.ingest.site.SiteRules;
import io.cleanfeed.ingest.site.SiteRulesFile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * What {@code ingest} does to one page, with no Kafka in sight: decode, parse once, read the
 * page's facts, clean, render. The stage's topology and {@code cleanfeed extract} both call it.
 *
 * <pre>{@code
 * CleanedArticle article = new PageCleaner(CleanerSettings.defaults())
 *         .clean(new RawPage(url, null, bytes, null), null, "page.html");
 * }</pre>
 *
 * Thread-safe. Throws {@link RejectedRecordException} for a page it will not clean.
 */
public final class PageCleaner {

    /** Deeper trees are flattened by the parser, so no walk of the tree can overflow the stack. */
    private static final int MAX_DEPTH = 512;

    private final CleanerSettings settings;
    private final PageDecoder decoder = new PageDecoder();
    private final PageFactsReader factsReader = new PageFactsReader();
    private final ArticleCleaner cleaner;
    private final ArticleRenderer renderer = new ArticleRenderer();

    private final Supplier<SiteRules> siteRules;

    public PageCleaner(final CleanerSettings settings) {
        this(settings, SiteRules::none);
    }

    /** @param siteRules the per-site rules in force, asked once per page (see {@link SiteRulesFile#current()}) */
    public PageCleaner(final CleanerSettings settings, final Supplier<SiteRules> siteRules) {
        this.settings = settings;
        this.cleaner = new ArticleCleaner();
        this.siteRules = siteRules;
    }

    /**
     * The URL that names the page's site: where it was fetched from, or for a page read from a file,
     * the address the page gives itself.
     */
    private static String siteUrl(final RawPage page, final PageFacts facts) {
        if (!page.url().startsWith("file:")) {
            return page.url();
        }
        final @Nullable String own = facts.firstLink("canonical") != null ? facts.firstLink("canonical")
                : facts.firstMeta("og:url");
        return own != null ? own : page.url();
    }

    /**
     * A cleaner with the per-site rules of {@code rulesFile}, reloaded when it changes (checked at
     * most once per {@code checkEvery}), or with the general rules only when there is no file.
     */
    public static PageCleaner withRules(final CleanerSettings settings, final @Nullable Path rulesFile,
                                        final Duration checkEvery) {
        return rulesFile == null
                ? new PageCleaner(settings)
                : new PageCleaner(settings, SiteRulesFile.load(rulesFile, checkEvery)::current);
    }

    public CleanerSettings settings() {
        return settings;
    }

    public CleanedArticle clean(final RawPage page, final @Nullable SourcePosition source,
                                final @Nullable String sourceFile) {
        if (page.body().length > settings.maxPageBytes()) {
            throw new RejectedRecordException(Reason.TOO_LARGE, "the page has " + page.body().length
                    + " bytes, more than the limit of " + settings.maxPageBytes()
                    + " (raise it with --max-page-bytes / CLEANFEED_MAX_PAGE_BYTES if such pages are articles)");
        }
        final Deadline deadline = Deadline.in(settings.timeBudget());
        final DecodedPage decoded = decoder.decode(page);
        final Document document = Parser.htmlParser().setMaxDepth(MAX_DEPTH).parseInput(decoded.reader(), page.url());
        deadline.check("parsing");
        final PageFacts facts = factsReader.read(document, deadline);
        deadline.check("reading the page's facts");
        final CleanedContent cleaned = cleaner.clean(document, deadline, siteRules.get().forUrl(siteUrl(page, facts)),
                StatedArticleBody.of(facts.jsonLd()));
        final RenderedArticle rendered = renderer.render(cleaned.content(), page.url(), deadline);
        deadline.check("rendering");
        if (rendered.text().isBlank()) {
            throw new RejectedRecordException(Reason.NO_ARTICLE,
                    "the page holds no article text once boilerplate is removed (" + cleaned.removed().size()
                            + " blocks removed)");
        }
        return new CleanedArticle(page.url(), page.fetchedAt(), source, sourceFile, decoded.charset(),
                rendered.html(), rendered.text(), rendered.markdown(), cleaned.removed(), facts);
    }
}
