package io.cleanfeed.ingest.cleaner;

import io.cleanfeed.ingest.cleaner.rules.PrefixIndex;
import io.cleanfeed.ingest.text.Ancestry;
import io.cleanfeed.ingest.text.ElementText;
import io.cleanfeed.ingest.text.Words;
import io.cleanfeed.ingest.page.AncestorValues;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;
import org.jspecify.annotations.Nullable;

/**
 * Removes the section a page appends to the article under a heading such as "Other recent
 * stories", "Lesetipps" or "Más noticias de Colombia": the heading and everything after it. The
 * teasers under such a heading look like the article (a linked title, a sentence of blurb), so
 * they are told apart by what announces them, and only near the end of the article: the same
 * heading with most of the article after it is a box inside the article, whose label the content
 * rules take. Unannounced teasers go when the article's last headings are each one link with a
 * short blurb under it; a list of bare headlines that the article ends with goes too.
 */
final class TrailingSections {

    static final String RULE = "related-links";

    private static final int MAX_HEADING_CHARS = 80;
    /** How much longer than the announcing phrase a heading may be: "Más noticias de Colombia". */
    private static final int MAX_HEADING_TAIL = 40;
    /** The section starts in the last part of the article, which it may be at most this share of. */
    private static final double MAX_SECTION_SHARE = 0.5;
    /**
     * Teasers link to the stories they announce (a paragraph that was one link counts as link,
     * though the pruner made it text), or each end in a "Read more": a section of neither is the
     * article's own.
     */
    private static final double MIN_LINK_SHARE = 0.2;
    /** Text after a heading's box that makes a paragraph of the article, which goes on after the box. */
    private static final int MIN_ARTICLE_AFTER_BOX_CHARS = 150;
    private static final int MIN_ARTICLE_PARAGRAPHS_AFTER_BOX = 2;
    /** A closing paragraph after a box of links is a sentence or two of the article's, not a caption or a label. */
    private static final int MIN_CLOSING_PARAGRAPH_CHARS = 80;
    private static final Evaluator SUB_HEADINGS = Selector.evaluatorOf("h2, h3, h4, h5, h6");
    /** One linked heading after the article may be the article's own link; two or more are a list. */
    private static final int MIN_LINKED_HEADLINES = 2;
    /** Two paragraphs that open with a link may be the article's; three at its end are a list of stories. */
    private static final int MIN_TEASER_PARAGRAPHS = 3;
    /** A teaser's headline is a good part of it; a link to a source in a sentence's first words is less. */
    private static final double MIN_TEASER_LINK_SHARE = 0.25;
    /** A teaser's headline, kicker, blurb and date together; an overview's linked sections are longer. */
    private static final int MAX_TEASER_CHARS = 400;
    private static final Set<String> HEADING_TAGS = new HashSet<>(List.of("h2", "h3", "h4", "h5", "h6", "p", "div",
            "header", "strong", "b", "span", "dt"));
    /** The dots, arrows and white space (as the regular expression \\s has it) after a "Read more". */
    private static final String LINK_ENDING = ".…»>›→ \t\n\u000B\f\r";
    /** A longer link is not a "Read more", whatever dots and arrows it ends with. */
    private static final int MAX_READ_MORE_CHARS = 40;
    private static final Set<String> READ_MORE = Set.of("read more", "more", "continue reading", "mehr lesen",
            "weiterlesen", "mehr", "zum artikel", "lire la suite", "lire plus", "leer más", "seguir leyendo",
            "leggi tutto", "czytaj dalej", "читать далее", "lees meer", "läs mer", "lue lisää",
            "leia mais", "saiba mais", "continue lendo", "lees verder", "czytaj więcej", "en savoir plus",
            "ver más", "leggi di più", "mehr erfahren");
    private static final PrefixIndex ANNOUNCEMENTS = new PrefixIndex(List.of(
            "other recent stories", "more stories", "more news", "more from", "more on this", "more articles",
            "related stories", "related articles", "related posts", "related content", "recommended for you",
            "you may also like", "you might also like", "read next", "most read", "most popular", "latest news",
            "latest stories", "trending now", "top stories", "also on",
            "weitere artikel", "weitere beiträge", "weitere themen", "weitere topthemen", "weitere nachrichten",
            "weitere meldungen", "mehr zum thema", "mehr aus", "mehr artikel", "mehr nachrichten", "lesetipp",
            "lesetipps", "auch interessant", "das könnte sie auch interessieren", "das könnte dich auch interessieren",
            "diese artikel könnten dich ebenfalls interessieren", "diese artikel könnten sie auch interessieren",
            "meistgelesen", "meistgelesene artikel", "neueste artikel", "aktuelle artikel", "ähnliche artikel",
            "ähnliche beiträge", "verwandte artikel", "auch auf",
            "más noticias", "también en", "otras noticias", "noticias relacionadas", "te puede interesar",
            "lo más leído",
            "dernières news", "dernières actualités", "à lire aussi", "sur le même sujet", "articles similaires",
            "les plus lus", "aussi sur", "leggi anche", "anche su", "altri articoli", "articoli correlati",
            "czytaj także", "zobacz także",
            "najnowsze", "polecane", "читайте также", "другие новости", "похожие статьи", "lees ook",
            "meer nieuws", "läs också", "mest läst", "lue myös", "lue seuraavaksi", "luetuimmat",
            "related reading", "you may have missed", "more like this", "popular posts", "popular stories",
            "recent posts", "latest posts", "editor's picks", "what to read next", "don't miss",
            "beliebte artikel", "beliebte beiträge", "empfohlene artikel", "das könnte sie interessieren",
            "weitere news", "neueste beiträge", "aktuelle beiträge", "neueste nachrichten",
            "lo más visto", "más leídas", "más leídos", "últimas noticias", "también te puede interesar",
            "artículos relacionados", "lee también",
            "à lire également", "vous aimerez aussi", "les plus populaires", "articles liés",
            "dans la même rubrique", "à voir aussi", "lire aussi",
            "potrebbe interessarti", "ti potrebbe interessare", "i più letti", "più letti", "ultime notizie",
            "notizie correlate", "articoli recenti",
            "leia também", "veja também", "mais notícias", "mais lidas", "mais lidos", "notícias relacionadas",
            "artigos relacionados", "você também pode gostar", "últimas notícias",
            "meest gelezen", "gerelateerde artikelen", "ook interessant", "laatste nieuws",
            "najczęściej czytane", "powiązane artykuły", "przeczytaj także", "przeczytaj też", "zobacz też"));

    private final Set<Element> unwrappedLinks;
    private final SiteSelectors.Protection kept;

    /**
     * @param unwrappedLinks the paragraphs that were one link each, before the pruner made them text
     * @param kept           what the site's rule keeps: those parts of a section stay
     */
    TrailingSections(final Set<Element> unwrappedLinks, final SiteSelectors.Protection kept) {
        this.unwrappedLinks = unwrappedLinks;
        this.kept = kept;
    }

    /**
     * Removes the section under an announcing heading near the end of the article, or else the
     * run of linked headlines with short blurbs it ends with.
     */
    void removeHeadedSection(final Element content, final TextStats stats, final Removals removals) {
        final int total = stats.get(content).chars;
        if (total > 0 && !removeHeadedSection(content, total, stats, removals)
                && !removeLinkedHeadlines(content, total, stats, removals)) {
            removeTeaserParagraphs(content, total, stats, removals);
        }
    }

    /**
     * The teasers a page lists after the article as paragraphs: each opens with a link to another
     * story, its headline, and a sentence or two of blurb follows ("<a>Beekeepers report a strong
     * spring</a>. Hive losses fell to 22 percent."). Three of them at least end the article, and no
     * paragraph of the article's opens so three times running.
     */
    private void removeTeaserParagraphs(final Element content, final int total, final TextStats stats,
                                        final Removals removals) {
        final List<Element> paragraphs = content.getElementsByTag("p");
        int first = paragraphs.size();
        int chars = 0;
        while (first > 0 && isTeaserParagraph(paragraphs.get(first - 1), stats)) {
            first--;
            chars += stats.get(paragraphs.get(first)).chars;
        }
        final int teasers = paragraphs.size() - first;
        if (teasers < MIN_TEASER_PARAGRAPHS || chars > total * MAX_SECTION_SHARE
                || textFollows(paragraphs.get(paragraphs.size() - 1), content, stats)) {
            return;
        }
        removeSection(new ArrayList<>(paragraphs.subList(first, paragraphs.size())),
                "in a run of " + teasers + " paragraphs that open with a link to another story, after the article",
                stats, removals);
    }

    /** Whether the paragraph opens with a link of a headline's length, and is a teaser's length. */
    private static boolean isTeaserParagraph(final Element paragraph, final TextStats stats) {
        final TextStats.Counts counts = stats.get(paragraph);
        if (counts.chars == 0 || counts.chars > MAX_TEASER_CHARS || counts.links != 1
                || counts.linkChars < counts.chars * MIN_TEASER_LINK_SHARE) {
            return false;
        }
        for (int i = 0; i < paragraph.childNodeSize(); i++) {
            final Node child = paragraph.childNode(i);
            if (child instanceof TextNode text && !text.isBlank()) {
                return false;
            }
            if (child instanceof Element element) {
                return element.nameIs("a");
            }
        }
        return false;
    }

    /**
     * The teasers a page lists after the article unannounced: its last headings are each one link
     * to another page, with a blurb of a sentence or two under each. The article's own sub-headings
     * are not links; a page whose linked headings lead long sections is an overview, and stays.
     */
    private boolean removeLinkedHeadlines(final Element content, final int total, final TextStats stats,
            final Removals removals) {
        final List<Element> headings = content.select(SUB_HEADINGS);
        int first = headings.size();
        while (first > 0 && isLinkedHeadline(headings.get(first - 1), stats)) {
            first--;
        }
        final int teasers = headings.size() - first;
        if (teasers < MIN_LINKED_HEADLINES) {
            return false;
        }
        final List<Element> section = sectionFrom(headings.get(first), content);
        int sectionChars = 0;
        for (final Element part : section) {
            sectionChars += stats.get(part).chars;
        }
        if (sectionChars > total * MAX_SECTION_SHARE || sectionChars > teasers * MAX_TEASER_CHARS) {
            return false;
        }
        removeSection(section, "in a run of " + teasers + " linked headlines after the article", stats, removals);
        return true;
    }

    /**
     * Removes the parts of a section but those the site keeps, each recorded before any is taken
     * out, so that every path names the part's place on the page as it was.
     */
    private void removeSection(final List<Element> section, final String reason, final TextStats stats,
                               final Removals removals) {
        section.removeIf(kept::protects);
        for (final Element part : section) {
            if (part.hasText()) {
                removals.record(RULE, reason, part);
            }
        }
        stats.detach(section);
    }

    private static boolean isLinkedHeadline(final Element heading, final TextStats stats) {
        final TextStats.Counts counts = stats.get(heading);
        return counts.chars > 0 && counts.linkChars >= counts.chars;
    }

    /**
     * Removes the list of headlines the article ends with. Run after the banners are gone: an
     * advertisement or a share bar below the list would hide that the article ends with it.
     */
    void removeClosingLinkList(final Element content, final TextStats stats, final Removals removals) {
        final int total = stats.get(content).chars;
        if (total > 0) {
            removeClosingLinkList(content, total, stats, removals);
        }
    }

    /**
     * A list of links that the article ends with, unannounced: each item one headline, a link or a
     * paragraph that was one. The article's own lists have text beside their links.
     */
    private void removeClosingLinkList(final Element content, final int total, final TextStats stats,
            final Removals removals) {
        Element last = lastWithText(content, stats);
        while (last != null && !last.nameIs("ul") && !last.nameIs("ol") && !Lines.isLeafBlock(last)) {
            last = lastWithText(last, stats);
        }
        if (last == null || !(last.nameIs("ul") || last.nameIs("ol")) || last.childrenSize() < 2
                || stats.get(last).chars > total * MAX_SECTION_SHARE || textFollows(last, content, stats)
                || kept.protects(last)) {
            return;
        }
        final Sections sections = new Sections(content, stats);
        for (final Element item : last.children()) {
            final Measure measure = sections.of(item);
            if (measure.chars == 0 || measure.linkChars < measure.chars * 0.9) {
                return;
            }
        }
        removals.record(RULE, "a list of links to other pages after the article", last);
        stats.remove(last);
        last.remove();
    }

    /**
     * Whether text comes after the element, loose or in a box, in the element's parent or in a box
     * around it below the content: the article goes on.
     */
    private static boolean textFollows(final Element element, final Element content, final TextStats stats) {
        for (Element at = element; at != content && at != null; at = at.parent()) {
            for (Node next = at.nextSibling(); next != null; next = next.nextSibling()) {
                if (next instanceof TextNode text ? !text.isBlank()
                        : next instanceof Element box && stats.hasText(box)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static @Nullable Element lastWithText(final Element element, final TextStats stats) {
        for (int i = element.childrenSize() - 1; i >= 0; i--) {
            final Element child = element.child(i);
            if (stats.hasText(child)) {
                return child;
            }
        }
        return null;
    }

    /** Whether it found and removed such a section. */
    private boolean removeHeadedSection(final Element content, final int total, final TextStats stats,
            final Removals removals) {
        final Sections sections = new Sections(content, stats);
        // A heading's words in a heading of their own ("<p><strong>Read also:</strong></p>") were judged with it.
        @Nullable Element judged = null;
        for (final Element element : content.getAllElements()) {
            if (element == content || !isHeading(element, stats)
                    || judged != null && Ancestry.isAncestor(judged, element)) {
                continue;
            }
            judged = element;
            final Measure section = sections.from(element);
            if (section.chars > total * MAX_SECTION_SHARE
                    || section.linkChars < section.chars * MIN_LINK_SHARE && section.readMoreLinks < 2
                    || isInBoxTheArticleGoesOnAfter(element, content, stats, sections)) {
                continue;
            }
            final List<Element> parts = sectionFrom(element, content);
            final @Nullable Element box = boxOf(element, content, stats, sections);
            if (box != null) {
                parts.removeAll(new HashSet<>(closingParagraphs(box, stats)));
            }
            removeSection(parts, "in the section \"" + ElementText.of(element) + "\" after the article", stats,
                    removals);
            return true;
        }
        return false;
    }

    /**
     * Whether the heading heads a box after which the article goes on: two paragraphs or more, of
     * 150 characters together, with few links, follow the box ("Most Read" between the last
     * paragraphs; an author's note of one paragraph after the teasers does not count). The box is
     * the heading's parent and the wrappers around it that hold no more paragraphs than it, so that
     * a heading in a wrapper of its own is measured after its whole box, and the article's body
     * around the box is not taken for it. A heading loose among the article's paragraphs, in the
     * content or in the box of its body, is measured after the links it announces. Such a box is
     * inside the article, and the content rules judge it as they judge one early in it.
     */
    private static boolean isInBoxTheArticleGoesOnAfter(final Element heading, final Element content,
                                                        final TextStats stats, final Sections sections) {
        if (heading.parent() == null) {
            return false;
        }
        final @Nullable Element box = boxOf(heading, content, stats, sections);
        final Measure after = box == null ? proseAfterAnnouncedLinks(heading, sections) : sections.after(box);
        return after.paragraphs >= MIN_ARTICLE_PARAGRAPHS_AFTER_BOX
                && after.paragraphChars >= MIN_ARTICLE_AFTER_BOX_CHARS
                && after.linkChars < after.chars * MIN_LINK_SHARE && after.readMoreLinks < 2;
    }

    /**
     * The box the heading heads: its parent and the wrappers around it that hold no more paragraphs
     * than it, so that a heading in a wrapper of its own is measured after its whole box, and the
     * article's body around the box is not taken for it. Null for a heading loose among the
     * article's paragraphs, in the content or in the box of its body.
     */
    private static @Nullable Element boxOf(final Element heading, final Element content, final TextStats stats,
                                           final Sections sections) {
        Element box = heading.parent();
        if (box == null || box == content || followsProse(heading, sections)) {
            return null;
        }
        while (box.parent() != null && box.parent() != content
                && stats.get(box.parent()).paragraphs == stats.get(box).paragraphs) {
            box = box.parent();
        }
        return box;
    }

    /**
     * The article's closing paragraphs right after a box of links, beside it in its parent: sentences
     * without a link ("Die neuen Bescheide sollen im Februar verschickt werden."). The box held its
     * links, and what the page appends further down goes with it.
     */
    private static List<Element> closingParagraphs(final Element box, final TextStats stats) {
        final List<Element> closing = new ArrayList<>();
        for (Element next = box.nextElementSibling(); next != null && next.nameIs("p");
                next = next.nextElementSibling()) {
            final TextStats.Counts counts = stats.get(next);
            final @Nullable String text = counts.links > 0 || counts.chars < MIN_CLOSING_PARAGRAPH_CHARS ? null
                    : ElementText.ofLine(next, counts.chars);
            if (text == null || !Words.endsSentence(text)) {
                break;
            }
            closing.add(next);
        }
        return closing;
    }

    /**
     * What follows the links a label loose among the article's paragraphs announces ("<p><strong>Read
     * also:</strong></p>" over a list of headlines), up to the next of the siblings that is mostly
     * link: the article's own text again, if it goes on there, and not a playlist further down.
     */
    private static Measure proseAfterAnnouncedLinks(final Element label, final Sections sections) {
        Element next = label.nextElementSibling();
        while (next != null && isMostlyLink(sections.of(next))) {
            next = next.nextElementSibling();
        }
        Measure prose = Measure.NONE;
        for (; next != null; next = next.nextElementSibling()) {
            final Measure part = sections.of(next);
            if (isMostlyLink(part)) {
                break;
            }
            prose = prose.plus(part);
        }
        return prose;
    }

    /** Whether a paragraph of the article's comes before the heading in its box: the box is the article's body. */
    private static boolean followsProse(final Element heading, final Sections sections) {
        for (Element before = heading.previousElementSibling(); before != null;
                before = before.previousElementSibling()) {
            final Measure part = sections.of(before);
            if (part.paragraphs > 0 && !isMostlyLink(part)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMostlyLink(final Measure part) {
        return part.chars > 0 && part.linkChars * 2 >= part.chars;
    }

    /** The text, link text, "Read more" links and paragraph text of a part of a section, or of several together. */
    private record Measure(int chars, int linkChars, int readMoreLinks, int paragraphChars, int paragraphs) {
        private static final Measure NONE = new Measure(0, 0, 0, 0, 0);

        Measure plus(final Measure other) {
            return new Measure(chars + other.chars, linkChars + other.linkChars, readMoreLinks + other.readMoreLinks,
                    paragraphChars + other.paragraphChars, paragraphs + other.paragraphs);
        }
    }

    /**
     * The measures of the sections of a content, from what follows each element among its parent's
     * children, summed once per parent, and from what each element holds, summed once from its
     * children's: measuring each announcing heading's section part by part, and each part's links
     * element by element, took time in the square of the page on one of thousands of headings.
     */
    private final class Sections {
        private final TextStats stats;
        /** What follows each element among its parent's children, for the parents asked about. */
        private final Map<Element, Measure> following = new IdentityHashMap<>();
        /**
         * What follows each element and each box around it, up to the content: summed once per box,
         * where summing it for each of thousands of headings, hundreds of boxes deep, took seconds.
         */
        private final AncestorValues<Measure> after;
        /** The unwrapped link text and the "Read more" links each element holds, for those asked about. */
        private final Map<Element, Measure> links = new IdentityHashMap<>();

        private Sections(final Element content, final TextStats stats) {
            this.stats = stats;
            this.after = new AncestorValues<>(content, Measure.NONE, (outer, box) -> outer.plus(following(box)));
        }

        /** What follows the element and each box around it, up to the content. */
        Measure after(final Element element) {
            return after.of(element);
        }

        /** The section from the heading: as {@link #sectionFrom} lists it, measured. */
        Measure from(final Element heading) {
            return of(heading).plus(after.of(heading));
        }

        private Measure following(final Element element) {
            if (!following.containsKey(element)) {
                Measure after = Measure.NONE;
                final List<Element> siblings = element.parent().children();
                for (int i = siblings.size() - 1; i >= 0; i--) {
                    following.put(siblings.get(i), after);
                    after = after.plus(of(siblings.get(i)));
                }
            }
            return following.get(element);
        }

        /** The part of a section, or a list item, measured. */
        Measure of(final Element part) {
            final TextStats.Counts counts = stats.get(part);
            return new Measure(counts.chars, counts.linkChars, 0, counts.paragraphChars, counts.paragraphs)
                    .plus(linksIn(part));
        }

        /** The text of the paragraphs that were links, and the "Read more" links, in the element and below. */
        private Measure linksIn(final Element element) {
            final @Nullable Measure known = links.get(element);
            if (known != null) {
                return known;
            }
            // The parser's depth limit bounds the recursion.
            Measure held = new Measure(0, unwrappedLinks.contains(element) ? stats.get(element).chars : 0,
                    element.nameIs("a") && isReadMore(element) ? 1 : 0, 0, 0);
            for (final Element child : element.children()) {
                held = held.plus(linksIn(child));
            }
            links.put(element, held);
            return held;
        }
    }

    /** Whether the link is a "Read more": a teaser has one. */
    private static boolean isReadMore(final Element link) {
        final @Nullable String text = ElementText.ofLine(link, MAX_READ_MORE_CHARS);
        return text != null && READ_MORE.contains(withoutLinkEnding(text.toLowerCase(Locale.ROOT)));
    }

    /**
     * The text without the dots, arrows and spaces at its end. A loop, not a regular expression: one
     * that matches a run at the end tries again from each character of a run that is not at the end.
     */
    private static String withoutLinkEnding(final String text) {
        int end = text.length();
        while (end > 0 && LINK_ENDING.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end);
    }

    private static boolean isHeading(final Element element, final TextStats stats) {
        final int chars = stats.get(element).chars;
        if (chars == 0 || chars > MAX_HEADING_CHARS || !HEADING_TAGS.contains(element.normalName())) {
            return false;
        }
        final @Nullable String line = ElementText.ofLine(element);
        if (line == null) {
            return false;
        }
        final String text = line.toLowerCase(Locale.ROOT);
        for (final String announcement : ANNOUNCEMENTS.candidates(text)) {
            if (text.startsWith(announcement) && text.length() - announcement.length() <= MAX_HEADING_TAIL
                    && (text.length() == announcement.length()
                    || !Character.isLetterOrDigit(text.charAt(announcement.length())))) {
                return true;
            }
        }
        return false;
    }

    /** The heading and what follows it in the article: its next siblings, and those of every box that holds it. */
    private static List<Element> sectionFrom(final Element heading, final Element content) {
        final List<Element> section = new ArrayList<>();
        section.add(heading);
        for (Element at = heading; at != content && at.parent() != null; at = at.parent()) {
            for (Element next = at.nextElementSibling(); next != null; next = next.nextElementSibling()) {
                section.add(next);
            }
        }
        return section;
    }
}
