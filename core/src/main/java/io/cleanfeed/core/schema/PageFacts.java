package io.cleanfeed.core.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the page says about itself, gathered by {@code ingest} while the page is parsed, so that
 * {@code enrich} can read metadata without parsing the page a second time.
 *
 * @param htmlLang    the {@code lang} attribute of {@code <html>}
 * @param titleTag    the text of {@code <title>}
 * @param headlines   the texts of the page's {@code <h1>} elements, in page order, without a kicker
 *                    the design sets before the title in them (the first is often the site's logo;
 *                    enrich picks the one the metadata agrees with)
 * @param meta        {@code <meta>} values by lower-cased {@code name}, {@code property} or
 *                    {@code itemprop}, and the {@code content} other elements give by microdata or
 *                    RDFa ({@code itemprop}, {@code property}), in page order
 * @param links       {@code <link>} hrefs (absolute) by lower-cased {@code rel}, but for links that load
 *                    what the page renders with (style sheets, icons, preloads)
 * @param jsonLd      the raw text of every {@code application/ld+json} script
 * @param times       {@code datetime} attributes of {@code <time>} elements, in page order, but for
 *                    those dating the items of a list of several (teasers for other pages)
 * @param bylines     texts of elements marked as the author (rel=author, itemprop=author,
 *                    byline classes), in page order
 * @param authorLinks the names of the links to the page of the person they name ({@code <a
 *                    href="/author/jane-doe">Jane Doe</a>}), line by line in page order, but for
 *                    lines that name more people than a byline does (a list of the site's authors)
 */
public record PageFacts(
        @Nullable String htmlLang,
        @Nullable String titleTag,
        List<String> headlines,
        Map<String, List<String>> meta,
        Map<String, List<String>> links,
        List<String> jsonLd,
        List<String> times,
        List<String> bylines,
        List<List<String>> authorLinks) {

    public PageFacts {
        headlines = List.copyOf(headlines);
        // Ordered copies: Map.copyOf iterates in an order that changes from one JVM to the next, and
        // the same page must give the same record.
        meta = Collections.unmodifiableMap(new LinkedHashMap<>(meta));
        links = Collections.unmodifiableMap(new LinkedHashMap<>(links));
        jsonLd = List.copyOf(jsonLd);
        times = List.copyOf(times);
        bylines = List.copyOf(bylines);
        // Only the deserialiser passes null here, for a record written before author links were read.
        authorLinks = authorLinks == null ? List.of() : authorLinks.stream().map(List::copyOf).toList();
    }

    /** The first value of a meta tag, or null. */
    public @Nullable String firstMeta(final String key) {
        final List<String> values = meta.get(key);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The first href of a link relation, or null. */
    public @Nullable String firstLink(final String rel) {
        final List<String> values = links.get(rel);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
