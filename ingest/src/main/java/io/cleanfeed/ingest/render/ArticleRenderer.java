package io.cleanfeed.ingest.render;

import io.cleanfeed.ingest.page.Deadline;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Writes a cleaned article element as safe HTML and as text, in one walk of the article that
 * leaves it as it is, and the safe HTML as Markdown. The HTML keeps only structure (no scripts, styles, event handlers, classes or
 * tracking attributes) with absolute URLs; the text has one paragraph per block, separated by blank
 * lines. Thread-safe.
 */
public final class ArticleRenderer {

    /** The article's HTML, text and Markdown; the deadline ends the walk over an article too large to render in it. */
    public RenderedArticle render(final Element content, final String baseUri, final Deadline deadline) {
        final Document safe = Document.createShell(baseUri);
        safe.outputSettings().prettyPrint(false);
        final SafeCopy html = new SafeCopy(safe.body(), baseUri);
        final ArticleText text = new ArticleText();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(final Node node, final int depth) {
                deadline.checkOften("rendering");
                html.head(node, depth);
                text.head(node, depth);
            }

            @Override
            public void tail(final Node node, final int depth) {
                html.tail(node, depth);
                text.tail(node, depth);
            }
        }, content);
        return new RenderedArticle(safe.body().html().strip(), text.text(), ArticleMarkdown.of(safe.body()));
    }
}
