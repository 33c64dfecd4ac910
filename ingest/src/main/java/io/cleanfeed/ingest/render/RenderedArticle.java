package io.cleanfeed.ingest.render;

/**
 * The cleaned article in its three output forms.
 *
 * @param html     safe markup: headings, paragraphs, lists, quotes, figures, tables, links and images
 * @param text     paragraphs separated by blank lines, white space normalised, figure captions left out
 * @param markdown the safe markup as CommonMark
 */
public record RenderedArticle(String html, String text, String markdown) {
}
