package io.cleanfeed.enrich.metadata;

import io.cleanfeed.core.schema.ArticleMetadata;
import io.cleanfeed.core.schema.CleanedArticle;
import io.cleanfeed.core.schema.PageFacts;
import io.cleanfeed.core.schema.Removal;
import io.cleanfeed.core.text.WrittenDate;
import io.cleanfeed.enrich.metadata.authors.AuthorNames;
import io.cleanfeed.enrich.metadata.authors.BylineText;
import io.cleanfeed.enrich.metadata.dates.DateParser;
import io.cleanfeed.enrich.metadata.dates.LanguageZone;
import io.cleanfeed.enrich.metadata.jsonld.JsonLdArticle;
import io.cleanfeed.enrich.metadata.jsonld.JsonLdReader;
import io.cleanfeed.enrich.metadata.language.TextLanguage;
import io.cleanfeed.enrich.metadata.urls.CanonicalUrl;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Reads an article's metadata from the facts its page gave: JSON-LD first (the most deliberate
 * source), then Open Graph and other meta tags, then the page itself (title, {@code <time>},
 * byline elements). Each field takes the first source that has it; a page that declares no
 * language gets the language of its text. Thread-safe.
 */
public final class MetadataExtractor {

    private static final Pattern AUTHOR_LABEL = Pattern.compile(
            "written by|author|verfasst von|geschrieben von|autor|escrito por|écrit par|scritto da|auteur|автор",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * "Video verfügbar bis 28.02.2021", "Offer valid until ...": a day that ends something, not the
     * publication day.
     */
    private static final Pattern UNTIL = Pattern.compile(
            "(?iU)\\b(?:bis|until|till|expires?|gültig|verfügbar|valid|jusqu|hasta|fino)\\b");
    /**
     * How many of the article's first paragraphs may hold its date line or byline: below the
     * headline, a subtitle, a standfirst and the odd label, each a paragraph of its own. Six found
     * more visible dates than three on news-dev (published 0.765 -> 0.770) and no wrong ones.
     */
    private static final int FIRST_LINES = 6;
    /** A line of the page around the article this short, with a date this near its start, is a date line. */
    private static final int MAX_DATE_LINE_CHARS = 60;
    private static final int MAX_CHARS_BEFORE_DATE = 12;
    /** A name joined on as in a list: "... und Max Roe", "..., Eva Lind", but not "..., 2015" nor "Apr 16". */
    private static final Pattern JOINED_NAME = Pattern.compile(
            "(?U)(?:[,;&]|\\b(?:and|und|y|et|e|и)\\b)\\s*(\\p{Lu}\\p{Ll}+)");
    /**
     * What sets a lead's dateline off from its first sentence: a dash after the date, its time and
     * its agency ("29.11.2022, 14:30 Uhr (dpa) – "), not followed by a number: "4. Mai - 6. Mai 2022"
     * is a span of days.
     */
    private static final Pattern DATELINE_DASH = Pattern.compile(
            "(?:,?\\s*\\d{1,2}[:.]\\d{2}(?:\\s*uhr)?)?(?:\\s*\\([^)]{1,20}\\))?\\s*[–—-]\\s++(?!\\d)",
            Pattern.CASE_INSENSITIVE);
    /** The dash that joins the two ends of a span of days: "Aug. 3, 1941 – March 9, 2024". */
    private static final Pattern SPAN_DASH = Pattern.compile("\\s*[–—-]\\s*");
    /** A year and a dash before a date, as a life's span writes its start: "1941 – March 9, 2024". */
    private static final Pattern YEAR_AND_DASH = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}\\s*[–—-]\\s*$");
    /** A date told in a phrase, after a word in lower case: "Kommunalwahl am ", "Vote set for ". */
    private static final Pattern PHRASE_BEFORE_DATE = Pattern.compile("(?U)\\p{L}\\s+\\p{Ll}+\\s*$");
    /** The labels a date line writes before the article's date: "Posted on ", "Publié le ". */
    private static final Pattern POSTED_LABEL = Pattern.compile("(?iU)\\b(?:posted|gepostet|geplaatst|publicerad"
            + "|opublikowano|dodano|опубликовано)\\b");
    /** A wire story's place before its date: "LUDWIGSHAFEN, ", "Bad Homburg, ". */
    private static final Pattern DATELINE_PLACE = Pattern.compile("\\p{Lu}[\\p{L}.'’ /-]{1,40},\\s*");
    /** A label a page puts before the article's own date: "Erschienen am: ", "Published on ", "Stand: ". */
    private static final Pattern PUBLISHED_LABEL = Pattern.compile("(?iU)\\b(?:erschienen am|veröffentlicht am"
            + "|publiziert am|stand|published on|published|publié le|publicado el|pubblicato il)\\s*:?\\s*");
    /**
     * The rules whose blocks date the article when they hold a date: the post header around it, the
     * boxes of its meta, author and share bar, and what follows its last sentence. The rest (menus,
     * teasers, comments) date other texts, or show today's date.
     */
    private static final String[] ARTICLE_DATING_RULES = {Removal.OUTSIDE_ARTICLE, Removal.AUTHOR_BOX,
        Removal.SHARE_BAR, Removal.HIDDEN, Removal.TRAILING_LINE};
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s*[|–—:-]\\s");
    /** A longer {@code <h1>} is a caption or a paragraph set large, not a headline. */
    private static final int MAX_HEADLINE_CHARS = 150;
    /** What may stand between a headline and the date beside it: a space, a separator. */
    private static final int MAX_CHARS_BESIDE_HEADLINE = 3;
    /**
     * The meta tags that name an article's author, Dublin Core's creator first, as Readability has it;
     * then those of analytics and sharing plugins, which some themes fill where they leave out the rest.
     */
    private static final List<String> DECLARED_AUTHOR_KEYS = List.of("dc:creator", "dcterms:creator", "dc.creator",
            "dcterms.creator", "author", "article:author", "og:article:author", "parsely-author", "sailthru.author",
            "byl", "article:author_name", "shareaholic:article_author_name");
    /** How many of the article's last paragraphs may hold a signature. */
    private static final int LAST_LINES = 3;
    /** A longer first line is a sentence about a day or a person, not a date line or a byline. */
    private static final int MAX_LINE_CHARS = 100;
    /** The offsets time zones use, in whole hours: from UTC-12 to UTC+14. */
    private static final int MAX_HOURS_BEHIND = 12;
    private static final int MAX_HOURS_AHEAD = 14;
    /** How far from UTC a time is moved to the day readers see: a day off further is another day. */
    private static final int MAX_HOURS_FROM_SEEN_DAY = 6;
    private static final Pattern DOMAIN = Pattern.compile("(?i)[\\w-]+(\\.[\\w-]+)*\\.[a-z]{2,6}");
    /** Legal forms of companies and associations, as they end a name: "GmbH", "AG", "Inc.", "e.V.". */
    static final Pattern LEGAL_FORM = Pattern.compile(
            "(?U)\\s(?:GmbH|AG|KG|Inc\\.?|Ltd\\.?|LLC|plc|S\\.A\\.?|SARL|S\\.L\\.?|e\\.\\s?V\\.?)(?=$|[\\s,)])");

    private final JsonLdReader jsonLd = new JsonLdReader();
    private final DateParser dates = new DateParser();
    private final AuthorNames authorNames = new AuthorNames();
    private final TextLanguage textLanguage = new TextLanguage();

    public ArticleMetadata extract(final CleanedArticle article) {
        final PageFacts page = article.page();
        final JsonLdArticle ld = jsonLd.read(page.jsonLd());
        final String canonical = CanonicalUrl.of(
                firstOf(page.firstLink("canonical"), page.firstMeta("og:url"), ld.url()), article.url());
        final @Nullable String host = host(canonical);
        final @Nullable String siteName = MetaText.clean(firstOf(
                DecoratedSiteName.plain(page.firstMeta("og:site_name"), ld.publishingOrganisation()),
                ld.publishingOrganisation(), page.firstMeta("application-name"), page.firstMeta("dc.publisher"),
                page.firstMeta("dcterms.publisher"), TitleSiteName.of(MetaText.clean(page.titleTag()),
                        Stream.concat(headlines(page).stream(), Stream.of(page.firstMeta("og:title"))
                                .filter(Objects::nonNull)).toList(), host)));
        final @Nullable String lang = language(page, ld, article.text());
        final @Nullable String title = title(article, ld, siteName, host);
        return new ArticleMetadata(
                canonical,
                title,
                authors(article, page, ld, siteName),
                published(article, page, ld, canonical, lang),
                modified(article, ld, lang),
                lang,
                siteName != null ? siteName : host,
                MetaText.clean(firstOf(page.firstMeta("article:section"), ld.section(),
                        page.firstMeta("parsely-section"), BreadcrumbSection.of(ld.breadcrumbs(), title,
                                Stream.of(canonical, article.url(), ld.url()).filter(Objects::nonNull).toList()))),
                tags(page, ld),
                MetaText.clean(firstOf(page.firstMeta("og:description"), page.firstMeta("description"),
                        page.firstMeta("twitter:description"), ld.description(),
                        page.firstMeta("sailthru.description"))),
                image(page, ld, article),
                WordCount.of(article.text()),
                Fingerprint.of(article.text()));
    }

    /**
     * The headline as the page shows it: the visible {@code <h1>} when it agrees with what the
     * metadata calls the title (metadata titles carry kickers and site names that the page's own
     * headline does not), else the {@code <h1>} the article opens with, else the metadata's title
     * (JSON-LD, Open Graph, Twitter, Parse.ly, Dublin Core, {@code <title>}) without the site's name,
     * else, on a page that declares none, its first {@code <h1>}.
     */
    private static @Nullable String title(final CleanedArticle article, final JsonLdArticle ld,
                                          final @Nullable String site, final @Nullable String host) {
        final PageFacts page = article.page();
        final @Nullable String titleTag = MetaText.clean(page.titleTag());
        final @Nullable String ldHeadline = MetaText.clean(ld.headline());
        final List<String> headlines = headlines(page);
        // A JSON-LD headline that neither the page's title nor any <h1> agrees with is a description
        // (Wikipedia's "matrix equal to its conjugate-transpose" for "Hermitian matrix"); a title that
        // is only the site's name says nothing either way, and a one-word headline needs only share it.
        final boolean ldTitles = ldHeadline != null && (titleTag == null
                || TitleCleaner.namesTheSite(titleTag, site, host)
                || (ldHeadline.indexOf(' ') < 0 ? TitleCleaner.sharesAWord(ldHeadline, titleTag)
                        : TitleCleaner.agree(ldHeadline, titleTag))
                || headlines.stream().anyMatch(h1 -> TitleCleaner.agree(ldHeadline, h1)));
        final @Nullable String declared = MetaText.clean(firstOf(ldTitles ? ldHeadline : null,
                page.firstMeta("og:title"), page.firstMeta("twitter:title"), page.firstMeta("parsely-title"),
                page.firstMeta("dc.title"), page.firstMeta("dc:title")));
        final @Nullable String named = declared != null ? declared : titleTag;
        // An <h1> the title sets off at its end, outside the article's opening, is the site's logo
        // ("Lemon cake | Home Baking" over a page whose <h1> is "Home Baking"): its name, not the headline.
        final List<String> opening = firstParagraphs(article.text());
        final Set<String> openingLines = Set.copyOf(opening);
        final @Nullable String logo = named == null ? null : headlines.stream()
                .filter(h1 -> !openingLines.contains(h1) && isLogo(h1, named, site, host, opening))
                .findFirst().orElse(null);
        final @Nullable String reference = logo == null ? named : TitleCleaner.withoutEnd(named, logo);
        @Nullable String best = null;
        for (final String candidate : headlines) {
            if (candidate.equals(logo)) {
                continue;
            }
            final String headline = TitleCleaner.withoutOpeningDate(candidate);
            if (TitleCleaner.agree(headline, reference) && (best == null
                    || TitleCleaner.coverage(headline, reference) > TitleCleaner.coverage(best, reference))) {
                best = headline;
            }
        }
        if (reference == null) {
            // A page that declares no title, not even a <title>, shows one: its first <h1>.
            return headlines.stream()
                    .filter(h1 -> h1.length() <= MAX_HEADLINE_CHARS).map(TitleCleaner::withoutOpeningDate)
                    .findFirst().orElse(null);
        }
        final String cleaned = TitleCleaner.withoutSiteName(reference, site, host);
        if (best == null) {
            final Optional<String> openingH1 = openingHeadline(openingLines, headlines, reference,
                    TitleCleaner.namesTheSite(reference, site, host));
            if (openingH1.isPresent()) {
                return openingH1.get();
            }
            best = openingTitleLine(opening, cleaned);
            if (best == null) {
                return cleaned;
            }
        }
        // A headline that is the declared title with words before it carries a kicker or a date;
        // with words after it, a subtitle or the site's name set in the same element.
        if (TitleCleaner.endsWithTitle(best, reference)) {
            return reference;
        }
        final @Nullable String withoutKicker = TitleCleaner.withoutKicker(best, cleaned);
        if (withoutKicker != null) {
            return withoutKicker;
        }
        return TitleCleaner.startsWithTitle(best, cleaned) ? cleaned : best;
    }

    /**
     * Whether the {@code <h1>}, set off at the title's end, is the site's logo ("Lemon cake | Home
     * Baking"): not when the rest of the title is the site's name ("Home Baking | Lemon cake with
     * poppy seeds"), as its host or its declared name tells; nor when the rest is parts of its own,
     * fewer words than the {@code <h1>}: the site and its section before the headline ("Stadt
     * Wiesbrunn | Pressemitteilungen | Grundschule am Lindenplatz: Sanierung beginnt in den Osterferien"),
     * unless the article opens with the rest's first part, a short headline before its section and a
     * long name ("Sommerfest 2024 | Aktuelles | Turnverein Grün-Weiß Musterstadt 1862 e.V.").
     */
    private static boolean isLogo(final String h1, final String title, final @Nullable String site,
                                  final @Nullable String host, final List<String> opening) {
        final @Nullable String rest = TitleCleaner.withoutEnd(title, h1);
        return rest != null && !TitleCleaner.namesTheSite(rest, site, host)
                && !(TitleCleaner.isSegmented(rest) && TitleCleaner.wordCount(h1) > TitleCleaner.wordCount(rest)
                        && opening.stream().noneMatch(line -> TitleCleaner.opensWithPart(rest, line)));
    }

    /**
     * For a page whose metadata title agrees with none of its {@code <h1>}s: the one the article's
     * text opens with, when it shares a word with the metadata title. Title tags and og:titles are
     * often written for search engines and keep their wording while the headline readers see
     * changes; an {@code <h1>} outside the article is the site's logo or a section's name. A metadata
     * title that is only the site's name names no page, and the headline need not share its words.
     */
    private static Optional<String> openingHeadline(final Set<String> opening, final List<String> headlines,
                                                    final String reference, final boolean referenceNamesTheSite) {
        return headlines.stream()
                .filter(opening::contains)
                .filter(headline -> headline.length() <= MAX_HEADLINE_CHARS)
                .filter(headline -> referenceNamesTheSite || TitleCleaner.sharesAWord(headline, reference))
                .findFirst();
    }

    /**
     * For a page whose metadata title agrees with none of its {@code <h1>}s: the line among the article's
     * first ones that restates the title ({@link TitleCleaner#restates}), the headline a page sets in an
     * {@code <h2>} or a styled box, as readers see it, where the metadata adds an issue number or a
     * subtitle, or words it for search engines ("Lemon cake" over "Lemon cake (2021/5)").
     */
    private static @Nullable String openingTitleLine(final List<String> opening, final String title) {
        // The line that covers most of it, the first of equals: a kicker above the headline restates less.
        return opening.stream()
                .filter(line -> line.length() <= MAX_HEADLINE_CHARS && TitleCleaner.restates(line, title))
                .max(Comparator.comparingDouble(line -> TitleCleaner.coverage(line, title))).orElse(null);
    }

    /**
     * The names from the most deliberate source that gives a person's name: JSON-LD, then meta
     * tags one by one ({@link #DECLARED_AUTHOR_KEYS}), then the page's byline elements, then a
     * byline line a reader sees, then links to an author's page (a byline marked by nothing else,
     * but found anywhere). A source that names
     * only the site, a URL or an {@code @handle} says nothing about the author, so the next is asked;
     * only when none names a person is the site or publisher that one of them names the author.
     * A one-word name, a profile's name or a first name, is written out as a later source writes it
     * ({@link #wholeName}).
     */
    private List<String> authors(final CleanedArticle article, final PageFacts page, final JsonLdArticle ld,
                                 final @Nullable String siteName) {
        final List<Supplier<List<String>>> sources = new ArrayList<>();
        sources.add(ld::authors);
        // Each key on its own, the first that names someone winning: two keys that disagree
        // ("author" the site's editor, "dc:creator" the writer) are not two authors.
        for (final String key : DECLARED_AUTHOR_KEYS) {
            sources.add(() -> page.meta().getOrDefault(key, List.of()));
        }
        sources.addAll(List.of(
                () -> labelledAuthor(page),
                () -> namesLinkedIn(page.bylines(), page.authorLinks()),
                () -> Stream.concat(visibleLines(article, Removal.DATE_LINE, Removal.ARTICLE_META,
                                        Removal.AUTHOR_BOX, Removal.OUTSIDE_ARTICLE, Removal.TRAILING_LINE,
                                        Removal.IMAGE_CREDIT),
                                lastLines(article))
                        .map(BylineText::find)
                        .filter(Objects::nonNull)
                        .limit(1)
                        .toList(),
                () -> removedUnder(article, Removal.DATE_LINE, Removal.ARTICLE_META)
                        .map(BylineText::besideDate)
                        .filter(Objects::nonNull)
                        .limit(1)
                        .toList(),
                () -> page.authorLinks().isEmpty() ? List.<String>of() : page.authorLinks().get(0)));
        final @Nullable String organisation = ld.publishingOrganisation();
        for (int i = 0; i < sources.size(); i++) {
            final List<String> names = namesFrom(sources.get(i), siteName, organisation);
            if (!names.isEmpty()) {
                if (names.stream().allMatch(name -> name.indexOf(' ') >= 0)) {
                    return names;
                }
                // Only to write out a one-word name: any byline the cleaner removed, a sidebar's too.
                final Supplier<List<String>> anyByline = () -> article.removed().stream()
                        .map(removal -> BylineText.find(removal.snippet())).filter(Objects::nonNull).toList();
                final List<String> later = Stream.concat(sources.subList(i + 1, sources.size()).stream(),
                                Stream.of(anyByline))
                        .flatMap(source -> namesFrom(source, siteName, organisation).stream())
                        .toList();
                return names.stream().map(name -> wholeName(name, later)).toList();
            }
        }
        // No source names a person: an organisation the JSON-LD types as the author (an agency, a desk),
        // or the site or publisher a source names as its author, signs the page (a press office, a blog
        // named after its writer), and says so better than no author at all.
        final List<String> declaredOrganisations = signingNames(ld.organisationAuthors(), name -> true);
        if (!declaredOrganisations.isEmpty()) {
            return declaredOrganisations;
        }
        return sources.stream()
                .map(source -> signingNames(source.get(), name -> isOrganisation(name, siteName, organisation)))
                .filter(names -> !names.isEmpty())
                .findFirst()
                .orElse(List.of());
    }

    /**
     * The names, cleaned, that the test keeps and that are no domain, for a page that names no person
     * ({@link #authors}): a domain ("ORF.at") is an address, not a name the page signs with.
     */
    private List<String> signingNames(final List<String> names, final Predicate<String> kept) {
        final List<String> cleaned = names.stream().map(MetaText::clean).filter(Objects::nonNull).toList();
        return authorNames.clean(cleaned).stream()
                .filter(name -> kept.test(name) && !DOMAIN.matcher(name).matches())
                .toList();
    }

    private List<String> namesFrom(final Supplier<List<String>> source, final @Nullable String siteName,
                                   final @Nullable String publisher) {
        // A company is left out whole, before its "Olympia-Verlag GmbH, Nürnberg" splits into names.
        final List<String> cleaned = source.get().stream().map(MetaText::clean).filter(Objects::nonNull)
                .filter(candidate -> !isCompany(candidate)).toList();
        return authorNames.clean(cleaned).stream()
                .filter(name -> !isOrganisation(name, siteName, publisher))
                .toList();
    }

    /**
     * The name as a later, less deliberate source writes it out, when the first gave it as one word:
     * a profile handle ({@code arianschlichenmayer} in Yoast's JSON-LD, "Arian Schlichenmayer" in the
     * byline) or a first name ("Todd" in the JSON-LD, "Todd Bates" under the headline).
     */
    private static String wholeName(final String name, final List<String> later) {
        if (name.indexOf(' ') >= 0) {
            return name;
        }
        final String handle = TitleCleaner.squeezed(name);
        for (final String written : later) {
            if (written.indexOf(' ') > 0
                    && (TitleCleaner.squeezed(written).equals(handle) || isFirstNameOf(name, written))) {
                return written;
            }
        }
        return name;
    }

    /** "Todd Bates" for "Todd": two or three capitalised words, the first of them the name. */
    private static boolean isFirstNameOf(final String name, final String written) {
        final String[] words = written.split(" ");
        if (words.length > 3 || !words[0].equals(name)) {
            return false;
        }
        for (int i = 1; i < words.length; i++) {
            if (!Character.isUpperCase(words[i].codePointAt(0)) || words[i].equalsIgnoreCase(name)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The byline elements' texts; one that holds links to its authors' pages and lists nobody else
     * reads as the links' texts, the rest of it being a job or a date ("Ben Silverman Games Editor").
     * "Jane Doe and Max Roe" with only Jane linked stays as it is.
     */
    private static List<String> namesLinkedIn(final List<String> bylines, final List<List<String>> authorLinks) {
        final Set<String> linkedNames = new LinkedHashSet<>();
        authorLinks.forEach(linkedNames::addAll);
        final List<String> names = new ArrayList<>();
        for (final String byline : bylines) {
            final List<String> linked = new ArrayList<>();
            String rest = byline;
            for (final String name : linkedNames) {
                final String without = withoutWhole(rest, name);
                if (!without.equals(rest)) {
                    linked.add(name);
                    rest = without;
                }
            }
            names.addAll(linked.isEmpty() || joinsAName(rest) ? List.of(byline) : linked);
        }
        return names;
    }

    /** The text with each place where the words stand alone, not inside a longer word, blanked out. */
    private static String withoutWhole(final String text, final String words) {
        final StringBuilder without = new StringBuilder(text.length());
        int copied = 0;
        for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
            final int end = at + words.length();
            if (at >= copied && standsAlone(text, at, end)) {
                without.append(text, copied, at).append(' ');
                copied = end;
            }
        }
        return copied == 0 ? text : without.append(text, copied, text.length()).toString();
    }

    /** Whether the text between the two places is whole words: no letter or digit joins it on either side. */
    private static boolean standsAlone(final String text, final int start, final int end) {
        return (start == 0 || !Character.isLetterOrDigit(text.codePointBefore(start)))
                && (end == text.length() || !Character.isLetterOrDigit(text.codePointAt(end)));
    }

    /** The page's {@code <h1>} texts, cleaned as metadata is, the empty ones left out. */
    private static List<String> headlines(final PageFacts page) {
        return page.headlines().stream().map(MetaText::clean).filter(Objects::nonNull).toList();
    }

    private static boolean joinsAName(final String text) {
        final Matcher joined = JOINED_NAME.matcher(text);
        while (joined.find()) {
            if (!WrittenDate.isMonth(joined.group(1))) {
                return true;
            }
        }
        return false;
    }

    /** Yoast's {@code twitter:label1 = "Written by"}, {@code twitter:data1 = "Jane Doe"}, in any language. */
    private static List<String> labelledAuthor(final PageFacts page) {
        final List<String> authors = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            final @Nullable String label = page.firstMeta("twitter:label" + i);
            final @Nullable String data = page.firstMeta("twitter:data" + i);
            if (label != null && data != null && AUTHOR_LABEL.matcher(label).find()) {
                authors.add(data);
            }
        }
        return authors;
    }

    /**
     * The publisher named as author, or a site's domain ("ORF.at"): not a person's byline. Companies
     * are left out before, as whole candidates (see {@link #isCompany}).
     */
    private static boolean isOrganisation(final String name, final @Nullable String siteName,
                                          final @Nullable String publisher) {
        return siteName != null && name.equalsIgnoreCase(siteName)
                || publisher != null && name.equalsIgnoreCase(publisher) || DOMAIN.matcher(name).matches();
    }

    /**
     * A company by its legal form ("Web Commerce GmbH", the agency that built the site) or a web
     * address ("Deutsche Welle (www.dw.com)"): not a person's byline.
     */
    private static boolean isCompany(final String name) {
        return name.contains("www.") || LEGAL_FORM.matcher(name).find();
    }

    /**
     * The publication time the page declares; else, read only then, the day in its URL or the day a
     * reader sees at the top of the article, at the time of day written beside that day when the
     * zone of that time is known ({@link SeenDate#at}).
     */
    private @Nullable OffsetDateTime published(final CleanedArticle article, final PageFacts page,
                                               final JsonLdArticle ld, final String canonical,
                                               final @Nullable String lang) {
        final String[] named = {ld.datePublished(), page.firstMeta("article:published_time"),
            page.firstMeta("og:published_time"), page.firstMeta("datepublished"), page.firstMeta("pubdate"),
            page.firstMeta("publishdate")};
        final String[] generic = {page.firstMeta("date"), page.firstMeta("dc.date")};
        final String[] others = {page.firstMeta("dc.date.issued"), page.firstMeta("parsely-pub-date"),
            page.firstMeta("sailthru.date"), page.firstMeta("schema:datepublished"), page.firstMeta("datecreated"),
            page.firstMeta("schema:datecreated"), page.firstMeta("govuk:first-published-at"),
            page.times().isEmpty() ? null : page.times().get(0)};
        @Nullable OffsetDateTime declared = date(lang, Stream.of(named, generic, others).flatMap(Arrays::stream)
                .toArray(String[]::new));
        // A bare "date" or Dublin Core date names no event: content systems write the day the page was
        // made or last changed there. Where no tag says published and the page shows an earlier day
        // above the article, that day is the article's, and the tag goes.
        if (declared != null && date(lang, named) == null) {
            final @Nullable OffsetDateTime stated = date(lang, generic);
            final @Nullable SeenDate seen = stated == null ? null : dateAbove(article);
            if (seen != null && seen.day().isBefore(stated.toLocalDate())) {
                declared = date(lang, others);
            }
        }
        @Nullable LocalDate day = UrlDate.of(canonical);
        if (declared != null) {
            if (day != null) {
                return atLocalDay(declared, day, MAX_HOURS_BEHIND, MAX_HOURS_AHEAD);
            }
            // Without a day in the URL, the day readers see above the article places the time.
            final @Nullable SeenDate seen = isUtcTime(declared) ? visibleDate(article) : null;
            if (seen != null) {
                return atLocalDay(declared, seen.day(), MAX_HOURS_FROM_SEEN_DAY, MAX_HOURS_FROM_SEEN_DAY);
            }
            return LanguageZone.of(lang) != null && isLocalMidnight(declared)
                    ? declared.withOffsetSameInstant(ZoneOffset.ofHours(24 - declared.getHour())) : declared;
        }
        if (day == null) {
            day = UrlDate.of(article.url());
        }
        final @Nullable SeenDate seen = visibleDate(article);
        if (day != null) {
            // The date line a reader sees adds its time to the URL's day when it shows the same day.
            return seen != null && seen.day().equals(day) ? seen.at(LanguageZone.of(lang))
                    : day.atStartOfDay().atOffset(ZoneOffset.UTC);
        }
        if (seen != null) {
            return seen.at(LanguageZone.of(lang));
        }
        // A page that shows only its last update ("Updated June 13, 2019") was published that day or
        // before; its day is the nearest the page tells, and the one its readers take for its date.
        final @Nullable SeenDate update = lastUpdate(article);
        return update == null ? null : update.day().atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    /** The modification time the page declares, else the date a reader sees labelled as the last update. */
    private @Nullable OffsetDateTime modified(final CleanedArticle article, final JsonLdArticle ld,
                                              final @Nullable String lang) {
        final PageFacts page = article.page();
        final @Nullable OffsetDateTime declared = date(lang, ld.dateModified(), page.firstMeta("article:modified_time"),
                page.firstMeta("og:updated_time"), page.firstMeta("datemodified"), page.firstMeta("last-modified"),
                page.firstMeta("govuk:public-updated-at"));
        if (declared != null) {
            return declared;
        }
        final @Nullable SeenDate update = lastUpdate(article);
        return update == null ? null : update.at(LanguageZone.of(lang));
    }

    /** The date a reader sees labelled as the article's last update, in the lines that date it. */
    private static @Nullable SeenDate lastUpdate(final CleanedArticle article) {
        return Stream.of(removedUnder(article, Removal.DATE_LINE), firstLines(article),
                        removedUnder(article, Removal.ARTICLE_META), removedUnder(article, ARTICLE_DATING_RULES))
                .flatMap(lines -> lines)
                .map(UpdateLine::in)
                .filter(Objects::nonNull)
                .map(UpdateLine::date)
                .findFirst()
                .orElse(null);
    }

    /**
     * A UTC time of 22:00 or 23:00 sharp, on a page in a language of Central Europe: a day its
     * content system stored as local midnight, summer or winter, and wrote in UTC; readers see
     * the day after. Elsewhere the same time is an evening's post.
     */
    private static boolean isLocalMidnight(final OffsetDateTime declared) {
        return declared.getOffset().equals(ZoneOffset.UTC) && (declared.getHour() == 22 || declared.getHour() == 23)
                && declared.toLocalTime().equals(LocalTime.of(declared.getHour(), 0));
    }

    /** A time declared in UTC, not a bare day (read as midnight UTC), which is a day already. */
    private static boolean isUtcTime(final OffsetDateTime declared) {
        return declared.getOffset().equals(ZoneOffset.UTC) && !declared.toLocalTime().equals(LocalTime.MIDNIGHT);
    }

    /**
     * A time declared in UTC written at the nearest whole-hour offset, within the bounds given, whose
     * local day is the day the page shows (in its URL or above the article): a site that writes its
     * times in UTC shows the day of its own time zone, one day off around midnight. The instant stays
     * what the page declared; the declared time as it is when no offset within the bounds gives the day.
     */
    private static OffsetDateTime atLocalDay(final OffsetDateTime declared, final LocalDate day,
                                             final int maxHoursBehind, final int maxHoursAhead) {
        final LocalDate utcDay = declared.toLocalDate();
        if (!isUtcTime(declared) || !day.equals(utcDay.plusDays(1)) && !day.equals(utcDay.minusDays(1))) {
            return declared;
        }
        final boolean ahead = day.isAfter(utcDay);
        for (int hours = 1; hours <= (ahead ? maxHoursAhead : maxHoursBehind); hours++) {
            final OffsetDateTime moved = declared.withOffsetSameInstant(ZoneOffset.ofHours(ahead ? hours : -hours));
            if (moved.toLocalDate().equals(day)) {
                return moved;
            }
        }
        return declared;
    }

    /**
     * The date the cleaner's date lines and the article's first lines show, above the article: not one
     * found anywhere on the page, which may be a teaser's or a comment's.
     */
    private static @Nullable SeenDate dateAbove(final CleanedArticle article) {
        return Stream.concat(dateLineDates(article), leadDatelines(article))
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    /**
     * The date a reader sees at the top of the article, for pages whose metadata gives none: in a
     * date line the cleaner took out, else in the article's first lines, else in an entry-meta box
     * the cleaner took out; with the time of day the line writes beside it.
     */
    private static @Nullable SeenDate visibleDate(final CleanedArticle article) {
        // The cleaner's date lines first: a date still in the text's first lines is one it judged the
        // article's; an entry-meta box may be a teaser's, so it comes last.
        return Stream.of(
                        dateLineDates(article),
                        leadDatelines(article),
                        headlineDates(article).map(SeenDate::dayOf),
                        datesOutside(article),
                        labelledDates(article),
                        Stream.of(SeenDate.dayOf(titleDate(article.page().titleTag()))))
                .flatMap(dates -> dates)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    /**
     * The dates of the date lines, the article's first lines and its entry-meta box, in that order, but for
     * an event's: a date a phrase tells ("Kommunalwahl am 9. Juni 2024", a kicker) that is later than
     * another of these lines' dates is an event to come, not the publication.
     */
    private static Stream<@Nullable SeenDate> dateLineDates(final CleanedArticle article) {
        final List<SeenLine> dated = Stream.of(removedUnder(article, Removal.DATE_LINE), firstLines(article),
                        removedUnder(article, Removal.ARTICLE_META))
                .flatMap(lines -> lines)
                .map(SeenLine::of)
                .filter(Objects::nonNull)
                .toList();
        final Optional<LocalDate> earliest = dated.stream().map(seen -> seen.date().day()).min(LocalDate::compareTo);
        return dated.stream()
                .filter(seen -> !(seen.date().day().isAfter(earliest.orElseThrow()) && toldInAPhrase(seen)))
                .map(seen -> SeenDate.in(seen.line(), seen.date()));
    }

    /** Whether the line tells its date after a word in lower case, as a sentence does, not after a label. */
    private static boolean toldInAPhrase(final SeenLine seen) {
        final String before = seen.line().substring(0, seen.date().start());
        return PHRASE_BEFORE_DATE.matcher(before).find() && !PUBLISHED_LABEL.matcher(before).find()
                && !POSTED_LABEL.matcher(before).find();
    }

    /** A line and its own date ({@link #ownDate}). */
    private record SeenLine(String line, WrittenDate date) {
        static @Nullable SeenLine of(final String line) {
            final @Nullable WrittenDate date = ownDate(line);
            return date == null ? null : new SeenLine(line, date);
        }
    }

    /**
     * The date a wire-style lead opens with, set off by a dash: "29.11.2022 – Mehrfach und vehement
     * ...", "LUDWIGSHAFEN, 4. Mai 2022 (dpa) - Die ...", in one of the article's first paragraphs
     * (a standfirst may come before the lead). A paragraph that merely starts with a date ("Am 4. Mai
     * 2022 beschloss ...") tells of a day, so the dash must follow the date.
     */
    private static Stream<@Nullable SeenDate> leadDatelines(final CleanedArticle article) {
        return firstParagraphs(article.text()).stream().map(paragraph -> {
            final @Nullable WrittenDate date = WrittenDate.first(paragraph);
            return date != null && (date.start() <= MAX_CHARS_BEFORE_DATE
                    || DATELINE_PLACE.matcher(paragraph).region(0, date.start()).matches())
                    && DATELINE_DASH.matcher(paragraph).region(date.end(), paragraph.length()).lookingAt()
                    ? SeenDate.in(paragraph, date) : null;
        });
    }

    /**
     * A date set right before or after the headline in a block the cleaner took out with it under
     * a rule that may date the article: its header, left outside the article or taken for a share
     * bar ("02.12.2022 Messstellenbetriebsgesetz: ...", "... Das Hermelin 01. November 2021 |
     * Naturschutz").
     */
    private static Stream<@Nullable WrittenDate> headlineDates(final CleanedArticle article) {
        final List<String> headlines = headlines(article.page());
        return removedUnder(article, ARTICLE_DATING_RULES).map(snippet -> dateBesideHeadline(snippet, headlines));
    }

    private static @Nullable WrittenDate dateBesideHeadline(final String snippet, final List<String> headlines) {
        // A snippet cut short ends in a cut word: "… 02.12.20…" is no date of 2020.
        final String whole = snippet.endsWith("…") ? snippet.substring(0, Math.max(0, snippet.lastIndexOf(' ')))
                : snippet;
        for (final String headline : headlines) {
            for (int at = whole.indexOf(headline); at >= 0; at = whole.indexOf(headline, at + 1)) {
                final int end = at + headline.length();
                if (!standsAlone(whole, at, end)) {
                    continue; // a word that holds the headline, not the headline
                }
                final @Nullable WrittenDate before = WrittenDate.last(whole.substring(0, at));
                if (before != null && before.end() >= at - MAX_CHARS_BESIDE_HEADLINE
                        && !UNTIL.matcher(whole).region(0, before.start()).find()) {
                    return before;
                }
                final @Nullable WrittenDate after = ownDate(whole.substring(end));
                if (after != null && after.start() <= MAX_CHARS_BESIDE_HEADLINE) {
                    return after;
                }
            }
        }
        return null;
    }

    /**
     * The line's first date, unless it is the day something ends, written after "until": "Video
     * verfügbar bis 28.02.2021". A day before such a word ("Stand 12.11.2021 (gültig seit ...)") is
     * the line's own. A date after an update label is the last update's ({@link UpdateLine}). A
     * line that opens with a span of days ("Aug. 3, 1941 – March 9, 2024") dates a life or an event.
     */
    private static @Nullable WrittenDate ownDate(final String line) {
        final @Nullable WrittenDate date = WrittenDate.first(UpdateLine.beforeUpdate(line));
        return date == null || UNTIL.matcher(line).region(0, date.start()).find() || endsASpan(line, date) ? null
                : date;
    }

    /** Whether the date is one end of a span: a dash joins it to a date after it, or to a year before it. */
    private static boolean endsASpan(final String line, final WrittenDate date) {
        final Matcher dash = SPAN_DASH.matcher(line).region(date.end(), line.length());
        if (dash.lookingAt()) {
            final @Nullable WrittenDate next = WrittenDate.first(line.substring(dash.end()));
            if (next != null && next.start() == 0) {
                return true;
            }
        }
        return YEAR_AND_DASH.matcher(line).region(0, date.start()).find();
    }

    /**
     * The dates that open short lines the cleaner took out ("Samstag, 5. Oktober 2013",
     * "27.04.2020 - 18:50 Uhr", "Stand 27.01.2022"): a post header left outside the article first,
     * then a date on its own in an author box, a share bar, a hidden element or under the last
     * paragraph. Not in navigation, which may show today's date, nor in teasers and comments, which
     * date other texts; a teaser's date comes with its headline, in a longer block.
     */
    private static Stream<@Nullable SeenDate> datesOutside(final CleanedArticle article) {
        return removedUnder(article, ARTICLE_DATING_RULES)
                .filter(line -> line.length() <= MAX_DATE_LINE_CHARS && !line.endsWith("…"))
                .map(line -> {
                    final @Nullable WrittenDate date = ownDate(line);
                    return date != null && date.start() <= MAX_CHARS_BEFORE_DATE ? SeenDate.in(line, date) : null;
                });
    }

    /**
     * A date the page labels as the article's anywhere in a block that dates the article ("Stand:
     * 05. Februar 2020" in the author box), not only at its start.
     */
    private static Stream<@Nullable SeenDate> labelledDates(final CleanedArticle article) {
        return removedUnder(article, ARTICLE_DATING_RULES)
                .map(snippet -> {
                    final Matcher label = PUBLISHED_LABEL.matcher(snippet);
                    if (!label.find()) {
                        return null;
                    }
                    final String labelled = snippet.substring(label.end());
                    final @Nullable WrittenDate date = WrittenDate.first(labelled);
                    return date != null && date.start() == 0 ? SeenDate.in(labelled, date) : null;
                });
    }

    /** The date a page's title opens with, set off like a site's name: "08.11.2021 | Online-Fachtag ...". */
    private static @Nullable WrittenDate titleDate(final @Nullable String title) {
        final @Nullable WrittenDate date = title == null ? null : WrittenDate.first(title);
        return date != null && date.start() == 0 && TITLE_SEPARATOR.matcher(title).region(date.end(), title.length())
                .lookingAt() ? date : null;
    }

    /**
     * The lines around the headline where readers see the date and the byline: the article's first
     * short lines (a long one is a sentence about a day or a person, not a date line or byline),
     * then what the cleaner took out under the given rules (a date line, the entry-meta box).
     */
    private static Stream<String> visibleLines(final CleanedArticle article, final String... rules) {
        return Stream.concat(firstLines(article), removedUnder(article, rules));
    }

    private static Stream<String> firstLines(final CleanedArticle article) {
        return firstParagraphs(article.text()).stream().filter(line -> line.length() <= MAX_LINE_CHARS);
    }

    /** The article's last short paragraphs, where a signed article gives its author ("Autor: Fritz Imhof"). */
    private static Stream<String> lastLines(final CleanedArticle article) {
        final String text = article.text();
        final List<String> lines = new ArrayList<>(LAST_LINES);
        int end = text.length();
        while (lines.size() < LAST_LINES && end > 0) {
            // The separator must end before the line does: "\n\n\n" holds two of them.
            final int start = text.lastIndexOf("\n\n", end - 2);
            final String line = text.substring(start < 0 ? 0 : start + 2, end);
            if (!line.isBlank() && line.length() <= MAX_LINE_CHARS) {
                lines.add(line);
            }
            end = start < 0 ? 0 : start;
        }
        return lines.stream();
    }

    /** The text's first paragraphs, cut out of it, not split from it: a split would copy the rest too. */
    private static List<String> firstParagraphs(final String text) {
        final List<String> paragraphs = new ArrayList<>(FIRST_LINES);
        int start = 0;
        for (int paragraph = 0; paragraph < FIRST_LINES && start < text.length(); paragraph++) {
            final int end = text.indexOf("\n\n", start);
            final int stop = end < 0 ? text.length() : end;
            paragraphs.add(text.substring(start, stop));
            start = stop + 2;
        }
        return paragraphs;
    }

    /** The snippets of what the cleaner removed under the rules, rule by rule in the order given. */
    private static Stream<String> removedUnder(final CleanedArticle article, final String... rules) {
        return Stream.of(rules).flatMap(rule -> article.removed().stream()
                .filter(removal -> removal.rule().equals(rule))
                .map(Removal::snippet));
    }

    /**
     * The first candidate that gives a date. One that gives a time without an offset yields to a later
     * one that gives a time with its offset (JSON-LD's "2024-03-14T08:15:00", article:published_time's
     * "2024-03-14T08:15:00+01:00"); failing that, it is placed in the zone the page's language sets,
     * else kept as its day: an offset nothing tells would be made up.
     */
    private @Nullable OffsetDateTime date(final @Nullable String lang, final @Nullable String... candidates) {
        @Nullable LocalDateTime local = null;
        for (final String candidate : candidates) {
            if (local == null) {
                final @Nullable OffsetDateTime parsed = dates.parse(candidate);
                if (parsed != null) {
                    return parsed;
                }
                local = dates.parseLocal(candidate);
            } else {
                final @Nullable OffsetDateTime parsed = dates.parseWithOffset(candidate);
                if (parsed != null) {
                    return parsed;
                }
            }
        }
        if (local == null) {
            return null;
        }
        final @Nullable ZoneId zone = LanguageZone.of(lang);
        return zone != null ? local.atZone(zone).toOffsetDateTime()
                : local.toLocalDate().atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    /**
     * The article's tags: its article:tag elements (a single one may hold the whole list, comma-separated), else
     * JSON-LD's keywords, else the keyword meta tags, else the tags Parse.ly, Sailthru or Dublin Core's
     * subject list, each the list of a single meta tag.
     */
    private static List<String> tags(final PageFacts page, final JsonLdArticle ld) {
        final List<String> articleTags = page.meta().getOrDefault("article:tag", List.of());
        // Several article:tag elements are a tag each, commas and all ("Washington, D.C."); one may list them all.
        final LinkedHashSet<String> tags = new LinkedHashSet<>(articleTags.size() == 1
                ? commaListed(page, List.of("article:tag")) : articleTags);
        if (tags.isEmpty()) {
            tags.addAll(ld.keywords());
        }
        if (tags.isEmpty()) {
            tags.addAll(commaListed(page, List.of("news_keywords", "keywords")));
        }
        for (final String key : List.of("parsely-tags", "sailthru.tags", "dc.subject", "dcterms.subject")) {
            if (tags.isEmpty()) {
                tags.addAll(commaListed(page, List.of(key)));
            }
        }
        return tags.stream().map(MetaText::clean).filter(Objects::nonNull).distinct().toList();
    }

    /** The items of the meta tags' values, each value a comma-separated list. */
    private static List<String> commaListed(final PageFacts page, final List<String> keys) {
        final List<String> items = new ArrayList<>();
        for (final String key : keys) {
            for (final String value : page.meta().getOrDefault(key, List.of())) {
                for (final String item : value.split(",")) {
                    if (!item.isBlank()) {
                        items.add(item.strip());
                    }
                }
            }
        }
        return items;
    }

    private static @Nullable String image(final PageFacts page, final JsonLdArticle ld, final CleanedArticle article) {
        final @Nullable String image = firstOf(page.firstMeta("og:image"), page.firstMeta("og:image:url"),
                page.firstMeta("twitter:image"), ld.image(), page.firstMeta("sailthru.image.full"));
        if (image == null) {
            return null;
        }
        try {
            return URI.create(article.url()).resolve(image.strip().replace(" ", "%20")).toString();
        } catch (final IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The language the page declares, or failing that, or when its text is plainly in another, the
     * language its text is written in.
     */
    private @Nullable String language(final PageFacts page, final JsonLdArticle ld, final String text) {
        // Each declaration is checked before the next is tried: lang="" or "x-default" says nothing.
        final @Nullable String declared = firstOf(language(page.htmlLang()),
                language(page.firstMeta("content-language")), language(ld.inLanguage()),
                language(page.firstMeta("og:locale")));
        return declared != null && !textLanguage.contradicts(declared, text) ? declared : textLanguage.detect(text);
    }

    /** The primary ISO 639-1 subtag: {@code en-US} and {@code en_GB} are {@code en}. */
    static @Nullable String language(final @Nullable String tag) {
        if (tag == null) {
            return null;
        }
        final String primary = tag.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return primary.length() >= 2 && primary.length() <= 3 && primary.chars().allMatch(Character::isLetter)
                ? primary : null;
    }

    private static @Nullable String host(final String url) {
        try {
            final String host = URI.create(url).getHost();
            return host == null ? null : host.startsWith("www.") ? host.substring(4) : host;
        } catch (final IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable String firstOf(final @Nullable String... values) {
        return Stream.of(values).filter(Objects::nonNull).findFirst().orElse(null);
    }
}
