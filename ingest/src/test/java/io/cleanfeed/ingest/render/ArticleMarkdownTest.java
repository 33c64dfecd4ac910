package io.cleanfeed.ingest.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.cleanfeed.ingest.page.Deadlines;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class ArticleMarkdownTest {

    private static String markdown(final String article) {
        return new ArticleRenderer().render(Jsoup.parse("<html><body><div>" + article + "</div></body></html>",
                "https://news.example/a/b").body().child(0), "https://news.example/a/b",
                Deadlines.ample()).markdown();
    }

    @Test
    void writesHeadingsParagraphsEmphasisAndAbsoluteLinks() {
        assertThat(markdown("<h2>What happens next</h2><p>The <strong>council</strong> voted, <em>finally</em>, "
                + "to <a href='/tram'>extend the line</a>.</p>"))
                .isEqualTo("## What happens next\n\nThe **council** voted, *finally*, to "
                        + "[extend the line](https://news.example/tram).");
    }

    @Test
    void writesNestedListsQuotesFiguresAndTables() {
        assertThat(markdown("<ul><li>Wexmoor<ul><li>Parkway</li></ul></li><li>Stainby</li></ul>"
                + "<ol><li>First</li><li>Second</li></ol>"
                + "<blockquote><p>We can't buy our way out.</p><p>So we fix.</p></blockquote>"
                + "<figure><img src='/v.jpg' alt='The viaduct'><figcaption>Hollins Bank viaduct</figcaption></figure>"
                + "<table><tr><th>Route</th><th>Cost</th></tr><tr><td>Main</td><td>£48m</td></tr></table>"))
                .isEqualTo("- Wexmoor\n  - Parkway\n- Stainby\n\n"
                        + "1. First\n2. Second\n\n"
                        + "> We can't buy our way out.\n>\n> So we fix.\n\n"
                        + "![The viaduct](https://news.example/v.jpg)\n\n*Hollins Bank viaduct*\n\n"
                        + "| Route | Cost |\n| --- | --- |\n| Main | £48m |");
    }

    @Test
    void writesATableInsideACellOnceInItsCellNotAgainAsRowsOfTheTableAroundIt() {
        assertThat(markdown("<table><tr><th>Month</th><th>Days</th></tr><tr><td>May</td>"
                + "<td><table><tr><td>01</td><td>02</td></tr></table></td></tr></table>"))
                .isEqualTo("| Month | Days |\n| --- | --- |\n| May | 01 02 |");
    }

    @Test
    void writesQuotesAndListsNestedDeeperThanAnyArticleAsPlainBlocksInsideTheDeepest() {
        final int depth = ArticleMarkdown.MAX_NESTING + 12;
        final String quotes = markdown("<blockquote><p>said</p>".repeat(depth) + "</blockquote>".repeat(depth));
        assertThat(quotes.split("said", -1)).hasSize(depth + 1);
        assertThat(quotes.lines().mapToInt(line -> line.replace(" ", "").length()).max())
                .hasValue(ArticleMarkdown.MAX_NESTING + "said".length());

        final String items = markdown("<ul><li>item".repeat(depth) + "</li></ul>".repeat(depth));
        assertThat(items.split("item", -1)).hasSize(depth + 1);
        assertThat(items.lines().mapToInt(line -> line.indexOf('-')).max())
                .hasValue(2 * (ArticleMarkdown.MAX_NESTING - 1));
    }

    @Test
    void writesEmphasisNestedDeeperThanAnyArticleAsPlainTextInsideTheDeepest() {
        final int depth = ArticleMarkdown.MAX_INLINE_NESTING + 12;

        final String bold = markdown("<p>" + "<b>word ".repeat(depth) + "</p>");

        assertThat(bold.split("word", -1)).hasSize(depth + 1);
        assertThat(bold.split("\\*\\*", -1)).hasSize(2 * ArticleMarkdown.MAX_INLINE_NESTING + 1);
    }

    @Test
    void escapesTextThatWouldReadAsMarkdown() {
        assertThat(markdown("<p>1. Rule: use *stars* and [brackets] freely</p><p># not a heading</p>"))
                .isEqualTo("1\\. Rule: use \\*stars\\* and \\[brackets\\] freely\n\n\\# not a heading");
    }

    @Test
    void escapesRunsOfSpecialCharactersAndCollapsesWhiteSpaceBetweenThem() {
        assertThat(markdown("<p>a**b \u00A0\n c_ <span> |x|</span>  \\</p>"))
                .isEqualTo("a\\*\\*b c\\_ \\|x\\| \\\\");
        assertThat(markdown("<p>one  two   three* four</p>")).isEqualTo("one two three\\* four");
    }
}
