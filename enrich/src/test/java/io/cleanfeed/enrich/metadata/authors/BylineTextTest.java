package io.cleanfeed.enrich.metadata.authors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BylineTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "von Daniela Obers | Daniela Obers",
            "Ein Artikel von Pamela Sladky / 27.01.2022 - 12:45 | Pamela Sladky",
            "Written by Miami Today on November 7, 2023 | Miami Today",
            "Par Matthieu Hy le 07 Mai 2020 | Matthieu Hy",
            "Von Roland Brockmann und Sebastian Drescher | Roland Brockmann und Sebastian Drescher",
            "Text von Christian Seiler Illustration von Markus Roost | Christian Seiler",
            "05.02.2020 - Redaktion: Eberhard Fuhr (Pressesprecher des EJW) | Eberhard Fuhr",
            "Autor: Angelika Leitner Google+ mehr veröffentlicht: 25.10.2007 | Angelika Leitner",
            "Posted by LD on 15. April 2016 | LD",
            "Von Anna Schmidt (dpa) | Anna Schmidt",
            "By Jane Doe, for the Guardian | Jane Doe",
            "By Jane Doe — 12 May 2024 | Jane Doe",
            "Eingestellt von Anna Berg um 21:11 | Anna Berg",
            "Submitted by Jane Doe on May 3 | Jane Doe",
            "Story by Ellen Marsh · Photos by Jorge Ruiz | Ellen Marsh",
            "Reporting by Maya Lindqvist in Oslo; Editing by Joanna Merritt | Maya Lindqvist",
            "Words by Tom Hale | Tom Hale",
            "Veröffentlicht am: 06.10.2023 Author(s): Leena Simon | Leena Simon",
            "Autoren: Jelko Djuren und Jutta Klaukien | Jelko Djuren und Jutta Klaukien",
            "Autor Jil Schuller Alle Artikel Kontakt | Jil Schuller",
            "Autor Sara Zinnecker Sara Zinnecker ist Redakteurin | Sara Zinnecker",
            "Datum: 19.11.2021 Autor: Fritz Imhof Quelle: Livenet | Fritz Imhof",
            "Autor: Rechtsanwalt Sebastian Einbock | Sebastian Einbock",
            "Auteur : Auteur(s) : Jane Doe | Jane Doe",
            "Auteur : Kossivi Tiassou Edition : M-A. Pioerron | Kossivi Tiassou",
            "Por Domingo Marchena | Domingo Marchena",
            "Escrito por Lucía Pérez el 3 de mayo | Lucía Pérez",
            "Articolo scritto da Marco Bianchi | Marco Bianchi",
            "Geschreven door Jan de Vries | Jan de Vries",
            "Texto: Ana Costa | Ana Costa",
            "Ein Kommentar von Matthias Reuter | Matthias Reuter",
            "Text und Fotos: Jan Roth | Jan Roth",
            "Автор: Айгерим Сарсенова | Айгерим Сарсенова",
            "By Nino Beridze September 12, 2024 | Nino Beridze",
            "By Anna May | Anna May",
            "Yazar: Ayşe Demir | Ayşe Demir",
            "Szerző: Kovács Anna | Kovács Anna",
            "Écrit par Marie Dupont | Marie Dupont",
            "Skrevet av Kari Nordmann | Kari Nordmann",
            "Testo: Marco Bianchi | Marco Bianchi",
            "Tekst: Jan Jansen | Jan Jansen",
            "Autor: Eva Lind Mit Freude gestrickt für jeden Anlass | Eva Lind",
            "Author: Tom Berg The best of the valley, written by a local | Tom Berg",
            "15.10.2024 von Karin Vogt | Karin Vogt",
            "October 15, 2024 by Jane Doe | Jane Doe",
            "Freitag, 14. Juni 2019 VON Sina Giebel IN Fashion | Sina Giebel"})
    void findsTheNamesAfterTheBylineMarker(final String line, final String names) {
        assertThat(BylineText.find(line)).isEqualTo(names);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Auf den Spuren von Rafael Nadal", "Von Sprachregeln, Gender-Politik und «ganz normalem Deutsch»",
            "The council voted by a large majority", "by the river", "Mehr von uns", "By Train – a journey through the Alps",
            "Der Autor Thomas Mann schrieb den Zauberberg", "Author Salman Rushdie dies at 77",
            "Authors Guild sues OpenAI over ChatGPT", "Author Editor Smith resigns",
            "Author Salman Rushdie: dies at 77", "By Popular Demand: the encore",
            "Im Jahr 1990 von Helmut Kohl unterzeichnet"})
    void findsNoBylineInATitleOrASentence(final String line) {
        assertThat(BylineText.find(line)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Additional reporting by Jane Doe; editing by Max Roe", "With reporting by Jane Doe",
            "The story by Jane Doe won a prize in 2019", "Her words by Max Roe, set to music"})
    void findsNoBylineInACreditOfAHelperOrASentenceThatNamesAStoryBySomeone(final String line) {
        assertThat(BylineText.find(line)).isNull();
    }

    @Test
    void namesEndWhereTheLineEnds() {
        assertThat(BylineText.find("Autor: Fritz Imhof\nLivenet")).isEqualTo("Fritz Imhof");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "June 19, 2019 Andrea Middleton | Andrea Middleton",
            "11.12.2019 - Amelie Loevenich | Amelie Loevenich",
            "17.10.2019, 13:56 Uhr · Anna de Vries | Anna de Vries",
            "Anna Berg · 04.02.2022 | Anna Berg"})
    void findsTheNameBesideTheDateOfAMetaLine(final String line, final String name) {
        assertThat(BylineText.besideDate(line)).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12. März 2024 14:00 Uhr", "19.10.2019 11:36 telebasel", "Anna Berg",
            "Kommentar 19. Oktober 2019 Boris T. Kaiser 1 Kommentar", "04.02.2022 Alle Artikel",
            "Jan 5, 2024 Breaking News", "12.03.2024 Home Office"})
    void findsNoNameBesideTheDateWhenTheLineHoldsMore(final String line) {
        assertThat(BylineText.besideDate(line)).isNull();
    }
}
