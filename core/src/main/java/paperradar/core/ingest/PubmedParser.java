package paperradar.core.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a PubMed E-utilities {@code efetch} answer ({@code <PubmedArticleSet>}): per article the
 * PMID, the DOI, the title and abstract (inline markup read as text, labelled sections joined), the
 * authors as {@code ForeName LastName} (or a collective name), and a date: the electronic {@code
 * <ArticleDate>} when there is one, else the journal issue's {@code <PubDate>}, whose missing month
 * or day count as the first (PubMed dates many articles by their issue only).
 */
public final class PubmedParser implements ListingParser {

  private static final Pattern MEDLINE_DATE = Pattern.compile("^(\\d{4})(?:\\s+([A-Za-z]{3}))?");

  @Override
  public ListingFormat format() {
    return ListingFormat.PUBMED_XML;
  }

  @Override
  public boolean recognizes(String text) {
    String head = text.length() > 4_000 ? text.substring(0, 4_000) : text;
    return head.contains("<PubmedArticleSet");
  }

  @Override
  public Listing parse(String text, ParseContext context) throws ListingParseException {
    XmlNode root = XmlNode.parse(text, context);
    if (!root.name().equals("PubmedArticleSet")) {
      throw context.error(
          root.line(), "not a PubMed efetch answer: the root element is <" + root.name() + ">");
    }
    List<ListingEntry> entries = new ArrayList<>();
    for (XmlNode article : root.children("PubmedArticle")) {
      entries.add(entry(article, entries.size() + 1, context));
    }
    return new Listing(ListingFormat.PUBMED_XML, entries);
  }

  private static ListingEntry entry(XmlNode pubmedArticle, int position, ParseContext context)
      throws ListingParseException {
    XmlNode citation =
        pubmedArticle
            .child("MedlineCitation")
            .orElseThrow(
                () ->
                    context.error(
                        pubmedArticle.line(), "<PubmedArticle> has no <MedlineCitation>"));
    XmlNode article =
        citation
            .child("Article")
            .orElseThrow(
                () -> context.error(citation.line(), "<MedlineCitation> has no <Article>"));
    String title = HtmlText.fold(article.child("ArticleTitle").map(XmlNode::deepText).orElse(""));
    if (title.isEmpty()) {
      title = HtmlText.fold(article.child("VernacularTitle").map(XmlNode::deepText).orElse(""));
    }
    if (title.isEmpty()) {
      throw context.error(article.line(), "article has no <ArticleTitle>");
    }
    String pmid = citation.childText("PMID");
    ListingEntry.Builder builder =
        ListingEntry.builder(position, pubmedArticle.line(), title)
            .pmid(pmid.isEmpty() ? null : pmid)
            .doi(doi(pubmedArticle, article).orElse(null))
            .url(pmid.isEmpty() ? null : "https://pubmed.ncbi.nlm.nih.gov/" + pmid + "/")
            .authors(authors(article))
            .abstractText(abstractText(article), true)
            .published(date(article, context));
    return builder.build();
  }

  private static Optional<String> doi(XmlNode pubmedArticle, XmlNode article) {
    Optional<String> listed =
        pubmedArticle
            .child("PubmedData")
            .flatMap(data -> data.child("ArticleIdList"))
            .flatMap(
                ids ->
                    ids.children("ArticleId").stream()
                        .filter(id -> "doi".equalsIgnoreCase(id.attribute("IdType")))
                        .map(XmlNode::text)
                        .findFirst());
    return listed
        .or(
            () ->
                article.children("ELocationID").stream()
                    .filter(id -> "doi".equalsIgnoreCase(id.attribute("EIdType")))
                    .map(XmlNode::text)
                    .findFirst())
        .filter(doi -> !doi.isBlank())
        .map(doi -> doi.strip().toLowerCase(Locale.ROOT));
  }

  private static List<String> authors(XmlNode article) {
    List<String> names = new ArrayList<>();
    article
        .child("AuthorList")
        .ifPresent(
            list -> {
              for (XmlNode author : list.children("Author")) {
                String collective = author.childText("CollectiveName");
                String name =
                    (author.childText("ForeName") + " " + author.childText("LastName")).strip();
                String chosen = HtmlText.fold(name.isEmpty() ? collective : name);
                if (!chosen.isEmpty()) {
                  names.add(chosen);
                }
              }
            });
    return names;
  }

  private static String abstractText(XmlNode article) {
    List<String> sections = new ArrayList<>();
    article
        .child("Abstract")
        .ifPresent(
            abstractNode -> {
              for (XmlNode section : abstractNode.children("AbstractText")) {
                String label = section.attribute("Label");
                String text = section.deepText();
                sections.add(label == null || label.isBlank() ? text : label + ": " + text);
              }
            });
    return HtmlText.fold(String.join(" ", sections));
  }

  private static @Nullable LocalDate date(XmlNode article, ParseContext context) {
    Optional<LocalDate> electronic =
        article.children("ArticleDate").stream()
            .map(PubmedParser::ymd)
            .flatMap(Optional::stream)
            .findFirst();
    if (electronic.isPresent()) {
      return electronic.get();
    }
    Optional<XmlNode> pubDate =
        article
            .child("Journal")
            .flatMap(j -> j.child("JournalIssue"))
            .flatMap(issue -> issue.child("PubDate"));
    if (pubDate.isEmpty()) {
      return null;
    }
    Optional<LocalDate> date =
        ymd(pubDate.get()).or(() -> medlineDate(pubDate.get().childText("MedlineDate")));
    if (date.isEmpty()) {
      context.warn(pubDate.get().line(), "unreadable <PubDate>; the paper is kept without a date");
    }
    return date.orElse(null);
  }

  /**
   * {@code <Year>1976</Year><Month>Sep</Month><Day>28</Day>}; the month may be a number or a name.
   */
  private static Optional<LocalDate> ymd(XmlNode node) {
    String year = node.childText("Year");
    if (!year.matches("\\d{4}")) {
      return Optional.empty();
    }
    int month = month(node.childText("Month")).orElse(1);
    String day = node.childText("Day");
    try {
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(year), month, day.matches("\\d{1,2}") ? Integer.parseInt(day) : 1));
    } catch (DateTimeException invalid) {
      return Optional.empty();
    }
  }

  /** {@code "1998 Dec-1999 Jan"}, {@code "2000 Spring"}: the first year, and month when named. */
  private static Optional<LocalDate> medlineDate(String text) {
    Matcher m = MEDLINE_DATE.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    int month = m.group(2) == null ? 1 : month(m.group(2)).orElse(1);
    return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), month, 1));
  }

  private static Optional<Integer> month(String text) {
    if (text.matches("\\d{1,2}")) {
      int value = Integer.parseInt(text);
      return value >= 1 && value <= 12 ? Optional.of(value) : Optional.empty();
    }
    return text.length() >= 3
        ? Optional.ofNullable(
            MonthDayDates.MONTHS.get(text.substring(0, 3).toLowerCase(Locale.ROOT)))
        : Optional.empty();
  }
}
