package io.cleanfeed.ingest.cleaner.rules;

/**
 * The quotation marks the rules read, in one place: what a text quotes is someone else speaking,
 * so a banner's words inside a quotation are the article's. The rules ask different questions of
 * them (which text a pair encloses, whether a line opens with a quotation), but of the same marks.
 */
final class QuotationMarks {

    /** Marks that pair with each other, in any language's order: "…", “…”, „…“, «…», »…«. */
    static final String DOUBLE = "\"“”„«»";
    /** Marks that open a quotation, and at the same place in {@link #CLOSING} the mark that closes it. */
    static final String OPENING = "\"“„«»";
    static final String CLOSING = "\"”“»«";
    /** Single marks that open a quotation before a word: ‘…’, ‚…‘, ‹…›, ›…‹. */
    static final String OPENING_SINGLE = "‘‚‹›";
    /**
     * Single marks that close one after a word. A lower-case text has the typographic apostrophe as
     * a plain one (see {@link Block#normalise}), so the plain one closes too.
     */
    static final String CLOSING_SINGLE = "’‘'›‹";
    /**
     * Marks that open a quotation and are never a bullet: » and › open German quotations, and as
     * often stand before a line as arrows.
     */
    static final String NEVER_BULLETS = "\"“„«‘‚";

    private QuotationMarks() {
    }

    /** The mark that closes a quotation the given mark opens; the mark must be one of {@link #OPENING}. */
    static char closing(final char opening) {
        return CLOSING.charAt(OPENING.indexOf(opening));
    }
}
