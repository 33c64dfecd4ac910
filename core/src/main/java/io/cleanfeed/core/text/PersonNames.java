package io.cleanfeed.core.text;

/**
 * How a byline writes people's names, as parts of regular expressions: the cleaner finds byline
 * lines with them and enrich reads the names out of those lines, so both agree on what a name is.
 * A name is one to four capitalised words ("Jane Doe", "Juan Carlos Muñoz C.", "Anna de Vries"), a
 * list of names is joined by commas or "and" in the languages read. A longer word in capitals only
 * ("POR ESO INFORMAR") is a shout, not a name. The parts use {@code \h}: a name runs along one line.
 *
 * <pre>{@code
 * Pattern byline = Pattern.compile("(?U)^By\\s+(" + PersonNames.NAMES + ")");
 * }</pre>
 */
public final class PersonNames {

    private static final String CHARS = "[\\p{L}'’.\\-\\u00AD]*";
    /**
     * A capitalised word with a lower-case letter in it, or initials: "J.", "LD" (up to three
     * capitals, as a handle or a desk's sign).
     */
    public static final String WORD = "(?:\\p{Lu}" + CHARS + "\\p{Ll}" + CHARS + "|\\p{Lu}\\.|\\p{Lu}{2,3}(?!\\p{L}))";
    /** The particles of family names, lower case between capitalised words: "de", "van", "von der". */
    private static final String PARTICLE = "(?:\\h+(?:de|da|di|del|van|von|der|den|la|le|du|dos|zu))";
    /** One name: one to four words. */
    public static final String NAME = WORD + "(?:" + PARTICLE + "?\\h+" + WORD + "){0,3}";
    /** One name of two to four words: a single word beside a date is as often a place or a section. */
    public static final String FULL_NAME = WORD + "(?:" + PARTICLE + "?\\h+" + WORD + "){1,3}";
    /** What joins the names of a list. */
    private static final String JOINER = "(?:\\h*,\\h*|\\h+(?:und|and|&|et|y|e)\\h+)";
    /** One to four names joined into a list. */
    public static final String NAMES = NAME + "(?:" + JOINER + NAME + "){0,3}";

    private PersonNames() {
    }
}
