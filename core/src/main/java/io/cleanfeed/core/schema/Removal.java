package io.cleanfeed.core.schema;

/**
 * One block the cleaner removed, so a reader can see why a piece of the page is missing.
 *
 * @param rule    the name of the rule that removed it, e.g. {@code donation-appeal}
 * @param reason  what the rule saw, e.g. {@code text "Dear readers" with 3 appeal phrases}
 * @param path    a CSS path to the block in the original page, from body or the nearest ancestor with an id;
 *                one deeper than 40 steps keeps the innermost 40 after "…", and ids and classes longer than
 *                200 characters are cut with "…"
 * @param snippet the first characters of the block's text
 */
public record Removal(String rule, String reason, String path, String snippet) {

    /** The rule of the date lines above the article: enrich reads the publication day from them first. */
    public static final String DATE_LINE = "date-line";
    /** The rule of bylines and entry-meta boxes: enrich reads the date and author from them. */
    public static final String ARTICLE_META = "article-meta";
    /**
     * The rule of the page around the article; enrich reads a blog's "Posted by" line there last,
     * since it often sits in the post header the cleaner left out.
     */
    public static final String OUTSIDE_ARTICLE = "outside-article";
    /** The rule of author boxes: enrich reads the author from them when nothing else names one. */
    public static final String AUTHOR_BOX = "author-box";
    /** The rule of credits ("Foto: ...", "Text: ..."): enrich reads a "Text:" credit as the author's. */
    public static final String IMAGE_CREDIT = "image-credit";
    /** The rule of short lines after the article's last sentence: enrich reads a signed name there last. */
    public static final String TRAILING_LINE = "trailing-line";
    /** The rule of share bars: enrich reads the article's day from a date standing alone in one. */
    public static final String SHARE_BAR = "share-bar";
    /** The rule of hidden elements: enrich reads the article's day from a date standing alone in one. */
    public static final String HIDDEN = "hidden";
}
