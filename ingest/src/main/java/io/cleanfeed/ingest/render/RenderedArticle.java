package io.cleanfeed.ingest.render;

/**
 * The cleaned article in its two output forms.
 *
 * @param html safe markup: headings, paragraphs, lists, quotes, figures, tables, links and images
 * @param text paragraphs separated by blank lines, white space normalised
 */
public record RenderedArticle(String html, String text) {
}
