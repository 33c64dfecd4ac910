package io.cleanfeed.enrich.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecoratedSiteNameTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Harbour Post - Your news from the bay; Harbour Post",
            "Harbour Post | Your news from the bay; Harbour Post",
            "Harbourpost.com; Harbourpost",
            "Harbour Post Inc; Harbour Post",
            "Harbour Post, Ltd.; Harbour Post"})
    void takesThePublishersNameWhenTheSiteNameOnlyDecoratesIt(final String declared, final String plain) {
        assertThat(DecoratedSiteName.plain(declared, plain)).isEqualTo(plain);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            // The publisher is the company behind the site, or a longer form of its name.
            "Harbour Post; Bay Media Group GmbH",
            "Harbour Post; Harbour Post Media",
            // The site's name goes on with words of its own: a different name, not a decoration.
            "Harbour Post Weekend; Harbour Post",
            "Harbourpost.community; Harbour"})
    void keepsTheSiteNameThatIsMoreThanTheDecoratedPublisher(final String declared, final String publisher) {
        assertThat(DecoratedSiteName.plain(declared, publisher)).isEqualTo(declared);
    }
}
