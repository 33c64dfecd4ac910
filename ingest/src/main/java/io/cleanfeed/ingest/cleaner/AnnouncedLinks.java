package io.cleanfeed.ingest.cleaner;

import io.cleanfeed.ingest.cleaner.rules.BoilerplateRules;
import io.cleanfeed.ingest.text.ElementText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Removes the headlines a "Read also:" label announces, with the label: "Lue myös:" on a line of
 * its own, then one or more links to other stories; and a headline whose arrow is its label
 * ("&gt;&gt; Tram fares rise &lt;&lt;"). Alone, such a headline reads as a short
 * paragraph (a paragraph that is one link is kept as text), so it is told by its label; the run
 * ends at the first block that reads as article: a sentence, or anything long.
 */
final class AnnouncedLinks {

    static final String RULE = "related-links";

    private static final int MAX_LABEL_CHARS = 40;
    private static final int MAX_HEADLINE_CHARS = 200;
    private static final Set<String> LABELS = labels();
    /** What opens a link to another story as its own label, followed by a space. */
    private static final List<String> ARROWS = List.of("» ", "► ", "▶ ", "→ ", "> ");

    private final Set<Element> unwrappedLinks;
    private final SiteSelectors.Protection kept;

    /**
     * @param unwrappedLinks the paragraphs that were one link each, before the pruner made them text
     * @param kept           what the site's rule keeps
     */
    AnnouncedLinks(final Set<Element> unwrappedLinks, final SiteSelectors.Protection kept) {
        this.unwrappedLinks = unwrappedLinks;
        this.kept = kept;
    }

    void remove(final Element content, final TextStats stats, final Removals removals) {
        final Set<Element> aroundUnwrapped = aroundUnwrappedLinks(content);
        // jsoup elements are equal only to themselves: a hash set of them is an identity set.
        final Set<Element> removed = new LinkedHashSet<>();
        for (final Element label : content.getAllElements()) {
            if (label == content || Lines.isWithin(label, removed, content) || kept.protects(label)) {
                continue;
            }
            if (isArrowHeadline(label, stats, aroundUnwrapped)) {
                removals.record(RULE, "a headline announced by its arrow", label);
                removed.add(label);
                continue;
            }
            if (!isLabel(label, stats)) {
                continue;
            }
            final List<Element> headlines = new ArrayList<>();
            for (Element next = label.nextElementSibling();
                    next != null && !kept.protects(next) && isHeadline(next, stats, aroundUnwrapped);
                    next = next.nextElementSibling()) {
                headlines.add(next);
            }
            if (headlines.isEmpty()) {
                continue; // a label alone is the content rules' to remove
            }
            final String reason = "announced by \"" + ElementText.of(label) + "\"";
            removals.record(RULE, reason, label);
            headlines.forEach(headline -> removals.record(RULE, reason, headline));
            removed.add(label);
            removed.addAll(headlines);
        }
        stats.detach(removed);
    }

    /** A line of its own that reads as a lead-in, "Lue myös:" or "Read more": not a word inside a sentence. */
    private static boolean isLabel(final Element element, final TextStats stats) {
        final int chars = stats.get(element).chars;
        if (chars == 0 || chars > MAX_LABEL_CHARS || !Lines.isBlock(element)) {
            return false;
        }
        final @Nullable String line = ElementText.ofLine(element);
        return line != null && LABELS.contains(label(line));
    }

    /**
     * A headline that carries its own label: "&gt;&gt; Tram fares rise &lt;&lt;", "» Zum Angebot: ...". A
     * guillemet opens a quotation when a word follows it directly ("»Wir warten ab«"), an arrow
     * when a space does.
     */
    private static boolean isArrowHeadline(final Element element, final TextStats stats,
                                           final Set<Element> aroundUnwrapped) {
        if (!Lines.isBlock(element) || !isHeadline(element, stats, aroundUnwrapped)) {
            return false;
        }
        // Read as a line: a short headline around thousands of empty boxes is read under each box around it.
        final @Nullable String text = ElementText.ofLine(element);
        return text != null && (text.startsWith(">>") || ARROWS.stream().anyMatch(text::startsWith));
    }

    /**
     * A link to another story: a short block that is mostly link, or a paragraph that was one link
     * (the pruner made it text). Plain text after a label is the article talking.
     */
    private static boolean isHeadline(final Element element, final TextStats stats,
                                      final Set<Element> aroundUnwrapped) {
        final TextStats.Counts counts = stats.get(element);
        if (counts.chars == 0 || counts.chars > MAX_HEADLINE_CHARS) {
            return false;
        }
        // A link is a headline, a question or not.
        return counts.linkChars * 2 >= counts.chars || aroundUnwrapped.contains(element);
    }

    /**
     * The unwrapped links in the content and the elements around them up to it: asking each short
     * block whether one of its elements is an unwrapped link read the whole subtree of each.
     */
    private Set<Element> aroundUnwrappedLinks(final Element content) {
        final Set<Element> around = new HashSet<>();
        for (final Element link : unwrappedLinks) {
            final List<Element> path = new ArrayList<>();
            Element at = link;
            while (at != null && at != content && !around.contains(at)) {
                path.add(at);
                at = at.parent();
            }
            // A link the rules took out, or one outside the article, never reaches the content.
            if (at != null) {
                around.addAll(path);
            }
        }
        return around;
    }

    /**
     * The label as the lead-ins list writes it: lower case, the dots or arrows after it dropped, its
     * colon kept and put right after the words ("Lire aussi :" is "lire aussi:").
     */
    private static String label(final String text) {
        int end = text.length();
        while (end > 0 && (".…»>›".indexOf(text.charAt(end - 1)) >= 0 || isSpace(text.charAt(end - 1)))) {
            end--;
        }
        String label = text.substring(0, end);
        if (label.endsWith(":")) {
            int words = label.length() - 1;
            while (words > 0 && isSpace(label.charAt(words - 1))) {
                words--;
            }
            label = label.substring(0, words) + ":";
        }
        return label.toLowerCase(Locale.ROOT);
    }

    private static boolean isSpace(final char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static Set<String> labels() {
        final Set<String> labels = new HashSet<>();
        for (final String leadIn : BoilerplateRules.RELATED_LEAD_INS) {
            labels.add(leadIn);
            if (!leadIn.endsWith(":")) {
                labels.add(leadIn + ":");
            }
        }
        // Listed with their colon for the lead-in rule, but labels on their own without one too;
        // not "watch" or "lee", words that stand alone in other senses.
        labels.addAll(List.of("related", "recommended", "weiterlesen", "read"));
        return labels;
    }
}
