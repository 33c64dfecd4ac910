package io.cleanfeed.ingest.cleaner;

import io.cleanfeed.ingest.cleaner.rules.Block;
import io.cleanfeed.ingest.text.Ancestry;
import io.cleanfeed.ingest.text.ElementText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;
import org.jspecify.annotations.Nullable;

/**
 * The page's {@code <h1>}s, and what they say of where the article is: the page's only headline,
 * near which the article is; or, of several, the one the page's title names, over the article's
 * story, and the others that head stories of their own (a page that appends the next stories
 * below its own). Noted during the scoring walk, worked out by {@link #findStory} after it. Not
 * thread-safe: one per page.
 */
final class Headlines {

    /** The most {@code <h1>}s compared with the page's title: a page of more is a list, not stories. */
    private static final int MAX_STORIES = 16;
    /** A headline the title names has a few words; a shorter {@code <h1>} may be a site's name, or a letter. */
    private static final int MIN_TITLE_CHARS = 10;
    private static final int MAX_TITLE_CHARS = 400;
    private static final Evaluator OG_TITLE = Selector.evaluatorOf("meta[property=og:title]");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    /**
     * The boxes up to this many levels above the page's only headline, and the candidates up to
     * {@link #NEAR_LEVELS} levels inside them, are near it. Measured on the corpus: 4 to 8 levels
     * do alike, 3 less well. Where the headline sits in a page-wide wrapper, everything is near it
     * and the locator's bonus for it changes nothing.
     */
    private static final int HEADLINE_LEVELS = 5;
    private static final int NEAR_LEVELS = 3;

    private final TextStats stats;
    /** The page's only {@code <h1>}, or null. */
    private @Nullable Element headline;
    /**
     * Of several {@code <h1>}s, the one that the page's title names, or null: on a page that appends
     * the next stories below its own (infinite scroll), its story's headline.
     */
    private @Nullable Element titled;
    /** The other {@code <h1>}s that head stories of their own, over paragraphs in a box apart from the titled one. */
    private final List<Element> otherStories = new ArrayList<>();
    /** The page's {@code <h1>}s, the first {@value #MAX_STORIES} of them. */
    private final List<Element> headings = new ArrayList<>();
    private int headlines;

    Headlines(final TextStats stats) {
        this.stats = stats;
    }

    /** Notes the element, met in page order, when it is an {@code <h1>}. */
    void note(final Element element) {
        if (element.nameIs("h1")) {
            headlines++;
            headline = element;
            if (headings.size() < MAX_STORIES) {
                headings.add(element);
            }
        }
    }

    /**
     * After the walk, of several {@code <h1>}s: leaves no only headline, and finds the one the
     * page's title names and the others that head stories of their own.
     */
    void findStory(final Element body) {
        if (headlines > 1) {
            headline = null;
            titled = titledHeadline(body);
            if (titled != null) {
                noteOtherStories(titled);
            }
        }
    }

    /** The page's only {@code <h1>}, or null. */
    @Nullable Element headline() {
        return headline;
    }

    /** Of several {@code <h1>}s, the one that the page's title names, or null. */
    @Nullable Element titled() {
        return titled;
    }

    /**
     * Of several stories, each under its own {@code <h1>}, the box of the one the page's title names:
     * the page's. Null when the title names none, or its headline stands among other headlines.
     */
    @Nullable Element story() {
        return titled != null ? storyOf(titled) : null;
    }

    /**
     * Of several {@code <h1>}s, the one that the page's {@code og:title} is, or the longest that its
     * {@code <title>} holds ("Schools close early as heat index tops 110 | Gulf Coast Daily"); null
     * when none is, or two are alike. A page that appends the next stories below its own (infinite
     * scroll) heads each with an {@code <h1>}, and its title names the first; a site's name in an
     * {@code <h1>} above the article is in the title too, but shorter than the headline.
     */
    private @Nullable Element titledHeadline(final Element body) {
        final @Nullable Document page = body.ownerDocument();
        if (page == null || headings.size() < headlines) {
            return null;
        }
        final @Nullable Element ogTitle = page.head().selectFirst(OG_TITLE);
        final String og = ogTitle == null ? "" : normalisedTitle(ogTitle.attr("content"));
        final String title = normalisedTitle(page.title());
        @Nullable Element named = null;
        int longest = 0;
        for (final Element heading : headings) {
            final @Nullable String line = ElementText.ofLine(heading, MAX_TITLE_CHARS);
            final String text = line == null ? "" : normalisedTitle(line);
            if (text.length() >= MIN_TITLE_CHARS && (text.equals(og) || title.contains(text))) {
                if (text.length() > longest) {
                    named = heading;
                    longest = text.length();
                } else if (text.length() == longest) {
                    named = null;
                }
            }
        }
        return named;
    }

    private static String normalisedTitle(final String title) {
        return WHITE_SPACE.matcher(Block.normalise(title)).replaceAll(" ");
    }

    /**
     * The largest box around the headline that holds no other story's headline, when it holds
     * paragraphs: the headline's story. Null when the headline stands among other headlines.
     */
    private @Nullable Element storyOf(final Element heading) {
        final Element story = largestBoxAround(heading, this::holdsAnotherHeadline);
        return story != heading && stats.get(story).paragraphChars > 0 ? story : null;
    }

    /** The largest box around the element below body that none of the boxes on the way up stops. */
    private static Element largestBoxAround(final Element element, final Predicate<Element> stops) {
        Element box = element;
        for (Element at = element.parent();
                at != null && !ContentLocator.STOP_AT.contains(at.normalName()) && !stops.test(at);
                at = at.parent()) {
            box = at;
        }
        return box;
    }

    /**
     * Notes the other {@code <h1>}s that head a story: the largest box around one that does not
     * hold the titled headline holds paragraphs. A screen reader's "Welcome to our site" above the
     * page heads nothing.
     */
    private void noteOtherStories(final Element titled) {
        for (final Element heading : headings) {
            if (heading == titled) {
                continue;
            }
            final Element box = largestBoxAround(heading, at -> Ancestry.isAncestor(at, titled));
            if (box != heading && stats.get(box).paragraphChars > 0) {
                otherStories.add(heading);
            }
        }
    }

    /** Whether the box holds the headline of another story than the titled one. */
    boolean holdsAnotherHeadline(final Element box) {
        for (final Element heading : otherStories) {
            if (heading == box || Ancestry.isAncestor(box, heading)) {
                return true;
            }
        }
        return false;
    }

    /** The boxes around the page's headline: the article is in one of them, near its headline. */
    Set<Element> nearHeadline() {
        final Set<Element> boxes = new HashSet<>();
        if (headline != null) {
            Element at = headline.parent();
            for (int level = 0;
                    at != null && level < HEADLINE_LEVELS && !ContentLocator.STOP_AT.contains(at.normalName());
                    level++, at = at.parent()) {
                boxes.add(at);
            }
        }
        return boxes;
    }

    /** Whether the candidate is one of the boxes {@link #nearHeadline} gave, or a few levels inside one. */
    static boolean isNear(final Element candidate, final Set<Element> nearHeadline) {
        Element at = candidate;
        for (int level = 0; at != null && level <= NEAR_LEVELS && !nearHeadline.isEmpty(); level++, at = at.parent()) {
            if (nearHeadline.contains(at)) {
                return true;
            }
        }
        return false;
    }
}
