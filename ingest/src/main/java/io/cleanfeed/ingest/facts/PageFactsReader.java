package io.cleanfeed.ingest.facts;

import io.cleanfeed.core.schema.PageFacts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Reads what a page says about itself (meta tags, links, JSON-LD, times, bylines) before the
 * cleaner removes any of it. It only collects; {@code enrich} decides what the facts mean.
 */
public final class PageFactsReader {

    private static final int MAX_BYLINE_CHARS = 200;

    public PageFacts read(final Document page) {
        final Map<String, List<String>> meta = new LinkedHashMap<>();
        for (final Element tag : page.select("meta[content]")) {
            final String content = tag.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (final String attribute : new String[] {"name", "property", "itemprop"}) {
                final String key = tag.attr(attribute).strip().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    meta.computeIfAbsent(key, k -> new ArrayList<>()).add(content);
                }
            }
        }
        final Map<String, List<String>> links = new LinkedHashMap<>();
        for (final Element link : page.select("link[rel][href]")) {
            final String href = link.absUrl("href");
            for (final String rel : link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")) {
                if (!rel.isEmpty() && !href.isEmpty()) {
                    links.computeIfAbsent(rel, k -> new ArrayList<>()).add(href);
                }
            }
        }
        final List<String> jsonLd = page.select("script[type=application/ld+json]").stream()
                .map(Element::data)
                .filter(data -> !data.isBlank())
                .toList();
        final List<String> times = page.select("time[datetime]").stream()
                .map(time -> time.attr("datetime").strip())
                .filter(value -> !value.isEmpty())
                .toList();
        final List<String> bylines = page.select(
                        "[rel=author], [itemprop=author], .byline, .author, .author-name, [class*=byline], [data-testid*=byline]")
                .stream()
                .map(Element::text)
                .filter(text -> !text.isBlank() && text.length() <= MAX_BYLINE_CHARS)
                .distinct()
                .toList();
        return new PageFacts(
                blankToNull(page.selectFirst("html") == null ? null : page.selectFirst("html").attr("lang")),
                blankToNull(page.title()),
                blankToNull(page.body() == null || page.body().selectFirst("h1") == null ? null
                        : page.body().selectFirst("h1").text()),
                meta, links, jsonLd, times, bylines);
    }

    private static @Nullable String blankToNull(final @Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
