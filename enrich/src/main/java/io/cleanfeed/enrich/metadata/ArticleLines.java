package io.cleanfeed.enrich.metadata;

import io.cleanfeed.core.schema.CleanedArticle;
import io.cleanfeed.core.schema.PageFacts;
import io.cleanfeed.core.schema.Removal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** The lines of an article and of what the cleaner removed around it, where its date and byline are read. */
final class ArticleLines {

    /**
     * How many of the article's first paragraphs may hold its date line or byline: below the
     * headline, a subtitle, a standfirst and the odd label, each a paragraph of its own. Six found
     * more visible dates than three on news-dev (published 0.765 -> 0.770) and no wrong ones.
     */
    private static final int FIRST_LINES = 6;
    /** How many of the article's last paragraphs may hold a signature. */
    private static final int LAST_LINES = 3;
    /** A longer first line is a sentence about a day or a person, not a date line or a byline. */
    private static final int MAX_LINE_CHARS = 100;

    private ArticleLines() {
    }

    /**
     * The lines around the headline where readers see the date and the byline: the article's first
     * short lines (a long one is a sentence about a day or a person, not a date line or byline),
     * then what the cleaner took out under the given rules (a date line, the entry-meta box).
     */
    static Stream<String> visibleLines(final CleanedArticle article, final String... rules) {
        return Stream.concat(firstLines(article), removedUnder(article, rules));
    }

    static Stream<String> firstLines(final CleanedArticle article) {
        return firstParagraphs(article.text()).stream().filter(line -> line.length() <= MAX_LINE_CHARS);
    }

    /** The article's last short paragraphs, where a signed article gives its author ("Autor: Fritz Imhof"). */
    static Stream<String> lastLines(final CleanedArticle article) {
        final String text = article.text();
        final List<String> lines = new ArrayList<>(LAST_LINES);
        int end = text.length();
        while (lines.size() < LAST_LINES && end > 0) {
            // The separator must end before the line does: "\n\n\n" holds two of them.
            final int start = text.lastIndexOf("\n\n", end - 2);
            final String line = text.substring(start < 0 ? 0 : start + 2, end);
            if (!line.isBlank() && line.length() <= MAX_LINE_CHARS) {
                lines.add(line);
            }
            end = start < 0 ? 0 : start;
        }
        return lines.stream();
    }

    /** The text's first paragraphs, cut out of it, not split from it: a split would copy the rest too. */
    static List<String> firstParagraphs(final String text) {
        final List<String> paragraphs = new ArrayList<>(FIRST_LINES);
        int start = 0;
        for (int paragraph = 0; paragraph < FIRST_LINES && start < text.length(); paragraph++) {
            final int end = text.indexOf("\n\n", start);
            final int stop = end < 0 ? text.length() : end;
            paragraphs.add(text.substring(start, stop));
            start = stop + 2;
        }
        return paragraphs;
    }

    /** The snippets of what the cleaner removed under the rules, rule by rule in the order given. */
    static Stream<String> removedUnder(final CleanedArticle article, final String... rules) {
        return Stream.of(rules).flatMap(rule -> article.removed().stream()
                .filter(removal -> removal.rule().equals(rule))
                .map(Removal::snippet));
    }

    /** Whether the text between the two places is whole words: no letter or digit joins it on either side. */
    static boolean standsAlone(final String text, final int start, final int end) {
        return (start == 0 || !Character.isLetterOrDigit(text.codePointBefore(start)))
                && (end == text.length() || !Character.isLetterOrDigit(text.codePointAt(end)));
    }

    /** The page's {@code <h1>} texts, cleaned as metadata is, the empty ones left out. */
    static List<String> headlines(final PageFacts page) {
        return page.headlines().stream().map(MetaText::clean).filter(Objects::nonNull).toList();
    }
}
