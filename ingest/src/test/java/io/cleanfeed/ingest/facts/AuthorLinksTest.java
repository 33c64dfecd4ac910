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
        assertThat(isAuthorLink("<a href='https://x.example/Author/juan-carlos-munoz-c.html'>Juan Carlos Muñoz C.</a>"))
                .isTrue();
        assertThat(isAuthorLink("<a href='/user/leena-simon'> <span>Leena</span> Simon </a>")).isTrue();
        assertThat(isAuthorLink("<a href='/ueber-uns/autoren/Clara-Loew'>Clara Löw</a>")).isTrue();
        assertThat(isAuthorLink("<a href='/ueber-uns/autoren/clara-low'>Clara Löw</a>")).isTrue();
        assertThat(isAuthorLink("<a href='https://herrpfleger.example/author/matthias/'>Matthias</a>")).isTrue();
    }

    @Test
    void aLinkUnderAFolderOfPeopleThatIsNotNamedInTheAddressIsNot() {
        assertThat(isAuthorLink("<a href='/user/login'>Log in now</a>")).isFalse();
        assertThat(isAuthorLink("<a href='https://youtube.com/user/dailyplanet'>YouTube</a>")).isFalse();
        assertThat(isAuthorLink("<a href='/profile/edit'>Profile</a>")).isFalse();
        // The name must come after the folder; one word only under a folder of authors.
        assertThat(isAuthorLink("<a href='/jane-doe/author/'>Jane Doe</a>")).isFalse();
        assertThat(isAuthorLink("<a href='/profil/redaktion'>Redaktion</a>")).isFalse();
        assertThat(isAuthorLink("<a href='/user/login'>Login</a>")).isFalse();
        assertThat(isAuthorLink("<a href='/author/jo'>Jo</a>")).isFalse();
    }

    @Test
    void aLinkNamedInTheAddressOutsideAFolderOfPeopleIsNot() {
        assertThat(isAuthorLink("<a href='/team/aston-martin'>Aston Martin</a>")).isFalse();
        assertThat(isAuthorLink("<a href='/people/diese-stars'>Diese Stars</a>")).isFalse();
        assertThat(isAuthorLink("<a href='/tag/angela-merkel'>Angela Merkel</a>")).isFalse();
        assertThat(isAuthorLink("<a href='/authorities/city-hall'>City Hall</a>")).isFalse();
    }

    @Test
    void aLinkInTheBreadcrumbTrailOrMenuNamesASectionNotAnAuthor() {
        assertThat(isAuthorLink("<div class='c-Breadcrumb'><a href='/autoren/real-life'>Real Life</a></div>")).isFalse();
        assertThat(isAuthorLink("<nav><ul><li><a href='/profil/jane-doe'>Jane Doe</a></ul></nav>")).isFalse();
    }

    @Test
    void groupsTheNamesByTheLineTheyAreInAndLeavesOutAListOfTheSitesAuthors() {
        final List<Element> links = Jsoup.parse("<ul class=menu><li><a href='/author/a-b'>A B</a>"
                + "<li><a href='/author/c-d'>C D</a><li><a href='/author/e-f'>E F</a><li><a href='/author/g-h'>G H</a>"
                + "<li><a href='/author/i-j'>I J</a></ul><div><p>By <a href='/author/jane-doe'>Jane Doe</a> and "
                + "<span><a href='/author/max-roe'>Max Roe</a></span> <a href='/author/jane-doe'>Jane Doe</a></p></div>"
                + "<ul><li><a href='/author/john-roe'>John Roe</a></ul>").select("a");

        assertThat(AuthorLinks.byLine(links)).containsExactly(List.of("Jane Doe", "Max Roe"), List.of("John Roe"));
    }

    private static boolean isAuthorLink(final String html) {
        return AuthorLinks.isAuthorLink(Jsoup.parse(html).selectFirst("a"));
    }
}
