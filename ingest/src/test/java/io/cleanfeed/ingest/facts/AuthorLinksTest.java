package io.cleanfeed.ingest.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class AuthorLinksTest {

    @Test
    void aLinkNamedInTheAddressUnderAFolderOfPeopleIsAnAuthorLink() {
        assertThat(isAuthorLink("<a href='/auteur/emmanuelle-ducros-187'>Emmanuelle Ducros</a>")).isTrue();
        assertThat(isAuthorLink("<a href='/profil/es_detail/A7M7/nikolai-huke?cHash=9a6'>Nikolai Huke</a>")).isTrue();
        assertThat(isAuthorLink("<a href='/Author/juan-carlos-munoz-c.HTML'>Juan Carlos Muñoz C.</a>")).isTrue();
        assertThat(isAuthorLink("<a href='/staff/leena-simon'> <span>Leena</span> Simon </a>")).isTrue();
        assertThat(isAuthorLink("<a href='https://news.example/author/matthias/'>Matthias</a>")).isTrue();
    }

    @Test
    void readsTheNameInTheAddressAsSitesWriteIt() {
        assertThat(isAuthorLink("<a href='/ueber-uns/autoren/Clara-Loew'>Clara Löw</a>")).isTrue();
        assertThat(isAuthorLink("<a href='/autoren/j%C3%BCrgen-l%C3%B6w'>Jürgen Löw</a>")).isTrue();
        assertThat(isAuthorLink("<a href='/autoren/jürgen-löw'>Jürgen Löw</a>")).isTrue();
        assertThat(isAuthorLink("<a href='/author/jane_doe'>Jane Doe</a>")).isTrue();
    }

    @Test
    void aLinkUnderAFolderOfPeopleThatIsNotNamedInTheAddressIsNot() {
        assertThat(isAuthorLink("<a href='/profile/dailyplanet'>Daily Planet</a>")).isFalse();
        assertThat(isAuthorLink("<a href='/author/login'>Log in now</a>")).isFalse();
        assertThat(isAuthorLink("<a href='/profile/edit'>Edit your profile</a>")).isFalse();
        // The name must come after the folder, in the path; one word only under a folder of authors.
        assertThat(isAuthorLink("<a href='/jane-doe/author/'>Jane Doe</a>")).isFalse();
        assertThat(isAuthorLink("<a href='/story?from=/author/&name=jane-doe'>Jane Doe</a>")).isFalse();
        assertThat(isAuthorLink("<a href='/profil/redaktion'>Redaktion</a>")).isFalse();
        assertThat(isAuthorLink("<a href='/author/jo'>Jo</a>")).isFalse();
    }

    @Test
    void aLinkNamedInTheAddressOutsideAFolderOfAuthorsIsNot() {
        assertThat(isAuthorLink("<a href='/team/aston-martin'>Aston Martin</a>")).isFalse();
        assertThat(isAuthorLink("<a href='/tag/angela-merkel'>Angela Merkel</a>")).isFalse();
        assertThat(isAuthorLink("<a href='/authorities/city-hall'>City Hall</a>")).isFalse();
        assertThat(isAuthorLink("<a href='/people/diese-stars'>Diese Stars</a>")).isFalse();
        assertThat(isAuthorLink("<a href='/person/olaf-scholz'>Olaf Scholz</a>")).isFalse();
        assertThat(isAuthorLink("<a href='/user/jane-doe'>Jane Doe</a>")).isFalse();
    }

    @Test
    void aLinkInTheMenuOrCommentsOrToAnotherSiteNamesSomeoneElse() {
        assertThat(isAuthorLink("<div class='c-Breadcrumb'><a href='/autoren/real-life'>Real Life</a></div>"))
                .isFalse();
        assertThat(isAuthorLink("<nav><ul><li><a href='/profil/jane-doe'>Jane Doe</a></ul></nav>")).isFalse();
        assertThat(isAuthorLink("<div id='comments'><p><a href='/author/jane-doe'>Jane Doe</a></div>")).isFalse();
        assertThat(isAuthorLink("<a href='https://elsewhere.example/profile/jane-doe'>Jane Doe</a>")).isFalse();
        assertThat(isAuthorLink("<a href='https://www.news.example/profile/jane-doe'>Jane Doe</a>")).isTrue();
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

    private static boolean isAuthorLink(final String html) {
        return AuthorLinks.isAuthorLink(Jsoup.parse(html, "https://news.example/story").selectFirst("a"));
    }
}
