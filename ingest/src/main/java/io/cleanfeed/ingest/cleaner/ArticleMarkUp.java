package io.cleanfeed.ingest.cleaner;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;
import org.jspecify.annotations.Nullable;

/**
 * The page's own mark-up of its article, noted during the scoring walk: {@code itemprop=articleBody},
 * or a single {@code <article>}. The locator prefers it when it holds enough of the text. Not
 * thread-safe: one per page.
 */
final class ArticleMarkUp {

    private static final Evaluator ARTICLE_BODY = Selector.evaluatorOf("[itemprop=articleBody]");

    private final TextStats stats;
    /** The first {@code itemprop=articleBody}. */
    private @Nullable Element articleBody;
    /** The first {@code <article>}, and how many there are. */
    private @Nullable Element article;
    private int articles;

    ArticleMarkUp(final TextStats stats) {
        this.stats = stats;
    }

    /** Notes the element, met in page order, when it marks the article. */
    void note(final Element body, final Element element) {
        if (articleBody == null && ARTICLE_BODY.matches(body, element)) {
            articleBody = element;
        }
        if (element.nameIs("article")) {
            articles++;
            if (article == null) {
                article = element;
            }
        }
    }

    /**
     * The element the page marks as its article, when it holds paragraphs (a single {@code <article>},
     * 200 characters of them); null when there is none.
     */
    @Nullable Element marked() {
        if (articleBody != null && stats.get(articleBody).paragraphChars > 0) {
            return articleBody;
        }
        if (articles == 1 && stats.get(article).paragraphChars >= 200) {
            return article;
        }
        return null;
    }
}
