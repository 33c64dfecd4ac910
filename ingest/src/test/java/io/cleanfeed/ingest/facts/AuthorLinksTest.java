package io.cleanfeed.ingest.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuthorLinksTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "<a href='/auteur/emmanuelle-ducros-187'>Emmanuelle Ducros</a>",
        "<a href='/profil/es_detail/A7M7/nikolai-huke?cHash=9a6'>Nikolai Huke</a>",
        "<a href='/Author/juan-carlos-munoz-c.HTML'>Juan Carlos Muñoz C.</a>",
        "<a href='/staff/leena-simon'> <span>Leena</span> Simon </a>",
        "<a href='https://news.example/author/matthias/'>Matthias</a>",
        // On the page's own site, with or without www.
        "<a href='https://www.news.example/profile/jane-doe'>Jane Doe</a>"})
    void aLinkNamedInTheAddressUnderAFolderOfPeopleIsAnAuthorLink(final String link) {
        assertThat(isAuthorLink(link)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<a href='/ueber-uns/autoren/Clara-Loew'>Clara Löw</a>",
        "<a href='/autoren/j%C3%BCrgen-l%C3%B6w'>Jürgen Löw</a>",
        "<a href='/autoren/jürgen-löw'>Jürgen Löw</a>",
        "<a href='/author/jane_doe'>Jane Doe</a>",
        // A blog's login for its author, made of the name: the first, the last, both, an initial and the last.
        "<a href='/author/lea/'>Lea Hoffmann</a>",
        "<a href='/author/hoffmann'>Lea Hoffmann</a>",
        "<a href='/author/leahoffmann/'>Lea Hoffmann</a>",
        "<a href='/autor/lhoffmann/'>Lea Hoffmann</a>"})
    void readsTheNameInTheAddressAsSitesWriteIt(final String link) {
        assertThat(isAuthorLink(link)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<a href='/profile/dailyplanet'>Daily Planet</a>",
        "<a href='/author/login'>Log in now</a>",
        "<a href='/profile/edit'>Edit your profile</a>",
        // The name must come after the folder, in the path; one word only under a folder of authors.
        "<a href='/jane-doe/author/'>Jane Doe</a>",
        "<a href='/story?from=/author/&name=jane-doe'>Jane Doe</a>",
        "<a href='/profil/redaktion'>Redaktion</a>",
        "<a href='/author/jo'>Jo</a>",
        // A login made of the name only under a folder for authors alone.
        "<a href='/profile/lea'>Lea Hoffmann</a>",
        "<a href='/author/admin'>Lea Hoffmann</a>",
        // A login is the segment after the folder, and a login made of a word of the text only for a name.
        "<a href='/author/lea/feed/'>RSS feed</a>",
        "<a href='/author/lea/page/2/'>Next page</a>",
        "<a href='/author/lea/'>More from Lea</a>",
        "<a href='/author/login'>Log in</a>"})
    void aLinkUnderAFolderOfPeopleThatIsNotNamedInTheAddressIsNot(final String link) {
        assertThat(isAuthorLink(link)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<a href='/team/aston-martin'>Aston Martin</a>",
        "<a href='/tag/angela-merkel'>Angela Merkel</a>",
        "<a href='/authorities/city-hall'>City Hall</a>",
        "<a href='/people/diese-stars'>Diese Stars</a>",
        "<a href='/person/olaf-scholz'>Olaf Scholz</a>",
        "<a href='/user/jane-doe'>Jane Doe</a>"})
    void aLinkNamedInTheAddressOutsideAFolderOfAuthorsIsNot(final String link) {
        assertThat(isAuthorLink(link)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<div class='c-Breadcrumb'><a href='/autoren/real-life'>Real Life</a></div>",
        "<nav><ul><li><a href='/profil/jane-doe'>Jane Doe</a></ul></nav>",
        "<div id='comments'><p><a href='/author/jane-doe'>Jane Doe</a></div>",
        "<a href='https://elsewhere.example/profile/jane-doe'>Jane Doe</a>"})
    void aLinkInTheMenuOrCommentsOrToAnotherSiteNamesSomeoneElse(final String link) {
        assertThat(isAuthorLink(link)).isFalse();
    }

    @Test
    void groupsTheNamesByTheLineTheyAreInAndLeavesOutTheSitesAuthorsInAListOrGrid() {
        final String menu = "<ul class=menu><li><a href='/author/a-b'>A B</a><li><a href='/author/c-d'>C D</a>"
                + "<li><a href='/author/e-f'>E F</a><li><a href='/author/g-h'>G H</a><li><a href='/author/i-j'>I J</a>"
                + "</ul>";
        final String grid = "<div class=grid>" + "<div class=card><a href='/author/k-l'>K L</a></div>"
                + "<div class=card><a href='/author/m-n'>M N</a></div><div class=card><a href='/author/o-p'>O P</a>"
                + "</div><div class=card><a href='/author/q-r'>Q R</a></div><div class=card>"
                + "<a href='/author/s-t'>S T</a></div></div>";
        final List<Element> links = Jsoup.parse(menu + grid + "<div><p>By <a href='/author/jane-doe'>Jane Doe</a> "
                + "and <span><a href='/author/max-roe'>Max Roe</a></span> <a href='/author/jane-doe'>Jane Doe</a></p>"
                + "</div><ul><li><a href='/author/john-roe'>John Roe</a></ul>", "https://news.example/story")
                .select("a");

        assertThat(AuthorLinks.byLine(links)).containsExactly(List.of("Jane Doe", "Max Roe"), List.of("John Roe"));
    }

    @Test
    void aPageRecogniserKeepsTellingLinksInCommentsFromLinksBesideThem() {
        final List<Element> links = Jsoup.parse("<div id='comments'><div><p><a href='/author/jane-doe'>Jane Doe</a>"
                + "</p></div><div><a href='/author/max-roe'>Max Roe</a></div></div><div><p><a href='/author/eva-lind'>"
                + "Eva Lind</a></p></div><nav><div><a href='/author/jo-kim'>Jo Kim</a></div></nav>",
                "https://news.example/story").select("a");
        final AuthorLinks page = new AuthorLinks();

        assertThat(links).map(page::isAuthorLink).containsExactly(false, false, true, false);
        assertThat(links).map(page::isAuthorLink).containsExactly(false, false, true, false);
    }

    @Test
    void aLinkOnAPageWhoseBodysClassesNameItsCommentsIsNoReaders() {
        assertThat(isAuthorLink("<body class='single-post showing-comments'><ul class='post-meta'><li>Von "
                + "<a href='/author/lea-hoffmann/'>Lea Hoffmann</a></li></ul></body>")).isTrue();
    }

    private static boolean isAuthorLink(final String html) {
        return new AuthorLinks().isAuthorLink(Jsoup.parse(html, "https://news.example/story").selectFirst("a"));
    }
}
