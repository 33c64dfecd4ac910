package io.cleanfeed.enrich.metadata;

import static io.cleanfeed.enrich.metadata.ArticleLines.firstLines;
import static io.cleanfeed.enrich.metadata.ArticleLines.firstParagraphs;
import static io.cleanfeed.enrich.metadata.ArticleLines.headlines;
import static io.cleanfeed.enrich.metadata.ArticleLines.lastLines;
import static io.cleanfeed.enrich.metadata.ArticleLines.removedUnder;
import static io.cleanfeed.enrich.metadata.ArticleLines.standsAlone;
import static io.cleanfeed.enrich.metadata.ArticleLines.visibleLines;

import io.cleanfeed.core.schema.ArticleMetadata;
import io.cleanfeed.core.schema.CleanedArticle;
import io.cleanfeed.core.schema.PageFacts;
import io.cleanfeed.core.schema.Removal;
import io.cleanfeed.core.text.WrittenDate;
import io.cleanfeed.core.text.WrittenDate.Slashes;
import io.cleanfeed.enrich.metadata.authors.AuthorNames;
import io.cleanfeed.enrich.metadata.authors.BylineText;
import io.cleanfeed.enrich.metadata.dates.SlashedDates;
import io.cleanfeed.enrich.metadata.jsonld.JsonLdArticle;
import io.cleanfeed.enrich.metadata.jsonld.JsonLdReader;
import io.cleanfeed.enrich.metadata.language.TextLanguage;
import io.cleanfeed.enrich.metadata.urls.CanonicalUrl;
import java.net.URI;
import java.util.ArrayList;
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
import java.util.stream.Collectors;
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
    /** A name joined on as in a list: "... und Max Roe", "..., Eva Lind", but not "..., 2015" nor "Apr 16". */
    private static final Pattern JOINED_NAME = Pattern.compile(
            "(?U)(?:[,;&]|\\b(?:and|und|y|et|e|и)\\b)\\s*(\\p{Lu}\\p{Ll}+)");
    /** A longer {@code <h1>} is a caption or a paragraph set large, not a headline. */
    private static final int MAX_HEADLINE_CHARS = 150;
    /**
     * The meta tags that name an article's author, Dublin Core's creator first, as Readability has it;
     * then those of analytics and sharing plugins, which some themes fill where they leave out the rest.
     */
    private static final List<String> DECLARED_AUTHOR_KEYS = List.of("dc:creator", "dcterms:creator", "dc.creator",
            "dcterms.creator", "author", "article:author", "og:article:author", "parsely-author", "sailthru.author",
            "byl", "article:author_name", "shareaholic:article_author_name");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    /** The word a byline joins its last author with: "Tariq Hussain and Mei Lin Zhou". */
    private static final Pattern JOINING_AND = Pattern.compile("(?iU)\\s(?:and|und|&|y|et|e|en|i|и)\\s");
    private static final Pattern DOMAIN = Pattern.compile("(?i)[\\w-]+(\\.[\\w-]+)*\\.[a-z]{2,6}");
    /** Legal forms of companies and associations, as they end a name: "GmbH", "AG", "Inc.", "e.V.". */
    static final Pattern LEGAL_FORM = Pattern.compile(
            "(?U)\\s(?:GmbH|AG|KG|Inc\\.?|Ltd\\.?|LLC|plc|S\\.A\\.?|SARL|S\\.L\\.?|e\\.\\s?V\\.?)(?=$|[\\s,)])");

    private final JsonLdReader jsonLd = new JsonLdReader();
    private final ArticleDates dates = new ArticleDates();
    private final AuthorNames authorNames = new AuthorNames();
    private final TextLanguage textLanguage = new TextLanguage();

    public ArticleMetadata extract(final CleanedArticle article) {
        final PageFacts page = article.page();
        final JsonLdArticle ld = jsonLd.read(page.jsonLd());
        final String canonical = CanonicalUrl.of(
                firstOf(page.firstLink("canonical"), page.firstMeta("og:url"), ld.url()), article.url());
        final @Nullable String host = host(canonical);
        final @Nullable String publisher = publisherOf(ld, host);
        final @Nullable String siteName = MetaText.clean(firstOf(
                DecoratedSiteName.plain(page.firstMeta("og:site_name"), publisher),
                publisher, page.firstMeta("application-name"), page.firstMeta("dc.publisher"),
                page.firstMeta("dcterms.publisher"),
                TitleSiteName.of(MetaText.clean(page.titleTag()), shownTitles(article), host)));
        final @Nullable String languageTag = declaredLanguageTag(page, ld);
        final @Nullable String lang = language(languageTag, article.text());
        final Slashes slashes = SlashedDates.order(languageTag, lang, host);
        final @Nullable String title = title(article, ld, siteName, host);
        return new ArticleMetadata(
                canonical,
                title,
                authors(article, page, ld, siteName),
                dates.published(article, page, ld, canonical, lang, slashes),
                dates.modified(article, ld, lang, slashes),
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
        return TitleCleaner.startsWithTitle(best, cleaned) || isSpacedOtherwise(best, cleaned) ? cleaned : best;
    }

    /**
     * The titles a page shows and declares, to find the site's name beside in its {@code <title>}: its
     * {@code <h1>}s and {@code og:title}, or on a page with no {@code <h1>}, the article's first lines,
     * where it sets its headline in another element. Beside an {@code <h1>}, a first line is a subtitle
     * or the lead, which agree with more of the title than the headline does.
     */
    private static List<String> shownTitles(final CleanedArticle article) {
        final List<String> headlines = headlines(article.page());
        return Stream.concat(headlines.isEmpty() ? firstLines(article) : headlines.stream(),
                        Stream.ofNullable(article.page().firstMeta("og:title")))
                .toList();
    }

    /**
     * Whether the two are the same but for white space: an {@code <h1>} of two spans that a style sets
     * on lines of their own ("Drought pushes Kansas wheat" + "farmers toward sorghum") reads as one
     * word where they meet, which the declared title writes with its space.
     */
    private static boolean isSpacedOtherwise(final String headline, final String title) {
        return !headline.equals(title) && WHITE_SPACE.matcher(headline).replaceAll("")
                .equals(WHITE_SPACE.matcher(title).replaceAll(""));
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
        final Supplier<List<String>> visibleByline = () -> Stream.concat(visibleLines(article, Removal.DATE_LINE,
                        Removal.ARTICLE_META, Removal.AUTHOR_BOX, Removal.OUTSIDE_ARTICLE, Removal.TRAILING_LINE,
                        Removal.IMAGE_CREDIT), lastLines(article))
                .map(BylineText::find)
                .filter(Objects::nonNull)
                .limit(1)
                .toList();
        // From here on the sources are what the page shows, its bylines first.
        final int shown = sources.size();
        sources.addAll(List.of(
                () -> labelledAuthor(page),
                () -> namesLinkedIn(page.bylines(), page.authorLinks()),
                visibleByline,
                () -> removedUnder(article, Removal.DATE_LINE, Removal.ARTICLE_META)
                        .map(BylineText::besideDate)
                        .filter(Objects::nonNull)
                        .limit(1)
                        .toList(),
                () -> page.authorLinks().isEmpty() ? List.<String>of() : page.authorLinks().get(0)));
        final @Nullable String organisation = ld.publishingOrganisation();
        // A newsroom or agency a source signs with ("Associated Press", "Metro Daily Staff") yields to
        // a person a later source names: the reporter of the byline "By Jane Doe, Associated Press".
        @Nullable List<String> newsroom = null;
        for (int i = 0; i < sources.size(); i++) {
            final List<String> names = namesFrom(sources.get(i), siteName, organisation);
            if (!names.isEmpty() && names.stream().allMatch(AuthorNames::isNewsroom)) {
                if (newsroom != null && i >= shown) {
                    // The page's byline signs with it too ("By The Associated Press"), or it is a person whose
                    // name ends as a newsroom's does ("Robert Service"): a name found later is another's.
                    break;
                }
                newsroom = newsroom == null ? names : newsroom;
                continue;
            }
            if (!names.isEmpty()) {
                if (names.stream().allMatch(name -> name.indexOf(' ') >= 0)) {
                    return sources.get(i) == visibleByline ? names
                            : withCoauthors(names, visibleByline.get(), siteName, organisation);
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
        if (newsroom != null) {
            return newsroom;
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
     * The byline's names where it joins the declared ones and more with "and": metadata may name only the
     * first of two authors ("Tariq Hussain" for "By Tariq Hussain and Mei Lin Zhou"). Not a byline that
     * goes on after a comma, with a role or a desk ("Daniel Kahn Gillmor, Senior Staff Technologist").
     */
    private List<String> withCoauthors(final List<String> declared, final List<String> bylines,
                                       final @Nullable String siteName, final @Nullable String publisher) {
        if (bylines.isEmpty() || !JOINING_AND.matcher(bylines.get(0)).find()) {
            return declared;
        }
        final List<String> byline = namesFrom(() -> bylines, siteName, publisher);
        final Set<String> written = byline.stream().map(name -> name.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        return byline.size() > declared.size()
                && declared.stream().allMatch(name -> written.contains(name.toLowerCase(Locale.ROOT)))
                ? byline : declared;
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
    /**
     * The organisation the JSON-LD names as the publisher, but not the platform that hosts a blog:
     * Blogger's themes name "Blogger" as the publisher of every blog on it.
     */
    private static @Nullable String publisherOf(final JsonLdArticle ld, final @Nullable String host) {
        final @Nullable String organisation = ld.publishingOrganisation();
        return organisation != null && organisation.equalsIgnoreCase("blogger")
                && (host == null || !host.endsWith("blogger.com")) ? null : organisation;
    }

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
    private @Nullable String language(final @Nullable String declaredTag, final String text) {
        final @Nullable String declared = language(declaredTag);
        return declared != null && !textLanguage.contradicts(declared, text) ? declared : textLanguage.detect(text);
    }

    /**
     * The first language tag the page declares, as written ({@code en-US}): in its {@code <html>}, its
     * content-language, JSON-LD or Open Graph. Each is checked before the next is tried: {@code lang=""}
     * or "x-default" says nothing.
     */
    private static @Nullable String declaredLanguageTag(final PageFacts page, final JsonLdArticle ld) {
        return Stream.of(page.htmlLang(), page.firstMeta("content-language"), ld.inLanguage(),
                        page.firstMeta("og:locale"))
                .filter(tag -> language(tag) != null)
                .findFirst()
                .orElse(null);
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
