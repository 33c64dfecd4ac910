package io.cleanfeed.enrich.metadata.authors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorNamesTest {

    private final AuthorNames names = new AuthorNames();

    @Test
    void dropsPrefixesSplitsListsAndMergesDuplicates() {
        assertThat(names.clean(List.of("By Jane Doe and John Roe", "Jane Doe", "Von Anna Schmidt und Max Muster")))
                .containsExactly("Jane Doe", "John Roe", "Anna Schmidt", "Max Muster");
    }

    @Test
    void splitsListsJoinedBySwedishOrNorwegianAnd() {
        assertThat(names.clean(List.of("Anna Berg och Erik Lund", "Kari Nordmann og Ola Hansen")))
                .containsExactly("Anna Berg", "Erik Lund", "Kari Nordmann", "Ola Hansen");
    }

    @Test
    void keepsAnInstitutionWhoseNameHasAnAndAsOneAuthor() {
        assertThat(names.clean(List.of("Ministerium für Umwelt und Klimaschutz")))
                .containsExactly("Ministerium für Umwelt und Klimaschutz");
        assertThat(names.clean(List.of("Department of Health and Human Services")))
                .containsExactly("Department of Health and Human Services");
        assertThat(names.clean(List.of("Landesamt für Statistik und Wahlen"))).containsExactly(
                "Landesamt für Statistik und Wahlen");
        assertThat(names.clean(List.of("Jane Doe und Stadt Lindenau"))).containsExactly("Jane Doe", "Stadt Lindenau");
        assertThat(names.clean(List.of("& Jane Doe"))).containsExactly("Jane Doe");
    }

    @Test
    void dropsARoleBesideANameButKeepsARoleThatIsTheWholeByline() {
        assertThat(names.clean(List.of("By Ken Lindqvist, Staff Writer"))).containsExactly("Ken Lindqvist");
        assertThat(names.clean(List.of("Colin MacRae · Health Reporter"))).containsExactly("Colin MacRae");
        assertThat(names.clean(List.of("Staff Writer"))).containsExactly("Staff Writer");
    }

    @Test
    void dropsTheNewsroomOrAgencyACommaSetsAfterTheNamesButKeepsOneThatIsTheWholeByline() {
        assertThat(names.clean(List.of("By Mara Olsen, Lakeside Wire"))).containsExactly("Mara Olsen");
        assertThat(names.clean(List.of("Tom Berg and Ida Holm, Reuters"))).containsExactly("Tom Berg", "Ida Holm");
        assertThat(names.clean(List.of("Mara Olsen, Tom Berg"))).containsExactly("Mara Olsen", "Tom Berg");
        assertThat(names.clean(List.of("Lakeside Wire"))).containsExactly("Lakeside Wire");
    }

    @Test
    void dropsAnAuthorLabelAndAByGluedToTheName() {
        assertThat(names.clean(List.of("Author Daniel Lemire", "ByAlex Bozarjian", "Byron Smith")))
                .containsExactly("Daniel Lemire", "Alex Bozarjian", "Byron Smith");
    }

    @Test
    void dropsALabelWrittenWithACapitalInAnyScript() {
        assertThat(names.clean(List.of("Автор: Олег Петров", "ТЕКСТ: Анна Белова")))
                .containsExactly("Олег Петров", "Анна Белова");
    }

    @Test
    void discardsUrlsAddressesAndSentences() {
        assertThat(names.clean(List.of("https://www.facebook.com/jane", "jane@example.com",
                "Jane Doe is a senior reporter covering energy and climate policy for the Post"))).isEmpty();
    }

    @Test
    void endsTheNameWhereTheDatelineBegins() {
        assertThat(names.clean(List.of("Nathan Willis March 25, 2015", "Aleš Vávra před 2 hodinami",
                "By Alex Bozarjian Thursday, November 9, 2023 4:41AM", "von lupa am 26/10/13, 03:48 pm",
                "Plácido Domingo 12. Mai 2020")))
                .containsExactly("Nathan Willis", "Aleš Vávra", "Alex Bozarjian", "lupa", "Plácido Domingo");
    }

    @Test
    void keepsTheDigitsThatEndAHandleButNotADateGluedToAName() {
        assertThat(names.clean(List.of("Gardener7", "Tom Berg22 Dec 2016", "Jane Doe12.05.2024",
                "Ann Lee2024-05-12", "LAOLA1.at")))
                .containsExactly("Gardener7", "Tom Berg", "Jane Doe", "Ann Lee", "LAOLA1.at");
    }

    @Test
    void takesWhatStandsInForNoNameForNone() {
        assertThat(names.clean(List.of("No Author", "Unknown", "Auteur(s)", "Autor"))).isEmpty();
    }

    @Test
    void takesALineThatOpensADateForNoName() {
        assertThat(names.clean(List.of("Zuletzt geändert am: 15.10.2021", "Last updated March 25, 2015")))
                .isEmpty();
    }

    @Test
    void takesALinksWordsForNoNameButKeepsNamesWithParticlesOrInLowerCase() {
        assertThat(names.clean(List.of("View my complete profile", "Ursula von der Leyen", "giampiero maggio")))
                .containsExactly("Ursula von der Leyen", "giampiero maggio");
    }

    @Test
    void takesAGermanProfileLinksCapitalisedNounsForNoName() {
        assertThat(names.clean(List.of("Renate Kappler", "Mein Profil vollständig anzeigen")))
                .containsExactly("Renate Kappler");
    }

    @Test
    void keepsNamesWhoseWordsSpellAPossessiveInAnotherLanguage() {
        assertThat(names.clean(List.of("Nguyễn Thị Trà My", "Hoang Tra My", "Mon Mon Myat", "My Hanna Svensson")))
                .containsExactly("Nguyễn Thị Trà My", "Hoang Tra My", "Mon Mon Myat", "My Hanna Svensson");
    }

    @Test
    void takesTheAccountAContentSystemSignsWithForNoName() {
        assertThat(names.clean(List.of("admin"))).isEmpty();
        assertThat(names.clean(List.of("Łukasz Brzeziński, Administrator", "wordpressadmin")))
                .containsExactly("Łukasz Brzeziński");
    }

    @Test
    void keepsUserNamesAsBlogsShowThem() {
        assertThat(names.clean(List.of("surfguard", "edilson.la.rosa"))).containsExactly("surfguard", "edilson.la.rosa");
    }
}
