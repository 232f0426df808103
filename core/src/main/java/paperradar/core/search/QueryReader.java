package paperradar.core.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import paperradar.core.model.TitleKey;

/**
 * Turns what a user typed into a Lucene query: words, "phrases", {@code title:}, {@code author:},
 * {@code abstract:}, AND/OR/NOT, prefixes*, and {@code since:}/{@code until:} date filters.
 * Anything it cannot read is a {@link QueryException} that says why, never a parser's stack trace.
 */
public final class QueryReader {

  /** The longest query we accept. */
  public static final int MAX_LENGTH = 500;

  private static final Pattern DATE_FILTER =
      Pattern.compile("(?i)(?<![\\w\"])(since|until|before):(\\S*)");
  private static final Pattern FIELD = Pattern.compile("(?<![\\w\\\\])([A-Za-z_][\\w.-]*):");
  private static final Map<String, String> FIELDS =
      Map.of(
          "title",
          PaperFields.TITLE,
          "abstract",
          PaperFields.ABSTRACT,
          "author",
          PaperFields.AUTHORS,
          "authors",
          PaperFields.AUTHORS);
  private static final Pattern PLAIN_WORDS = Pattern.compile("[\\p{L}\\p{N}' -]+");
  private static final Set<String> KNOWN =
      Set.of("title:", "author:", "abstract:", "since:", "until:");

  /** A word led by two or more hyphens, like a command-line flag ({@code --private}). */
  private static final Pattern FLAG_LIKE_WORD =
      Pattern.compile("(?<!\\S)(-{2,})(?=[\\p{L}\\p{N}])");

  private final Analyzer analyzer;

  public QueryReader(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** Reads a query; throws {@link QueryException} with a message for the user. */
  public Query read(String typed) {
    return read(typed, true);
  }

  /**
   * Reads a query for matching only, without the title boosts that only change the order: it
   * matches exactly the papers {@link #read} matches, and runs faster, which topic matching needs.
   */
  public Query readForMatching(String typed) {
    return read(typed, false);
  }

  /**
   * The query as it reads over the shown fields (title, abstract, authors), for marking matches in
   * snippets; search itself runs over the combined field.
   */
  public Query readForHighlight(String typed) {
    try {
      String rest =
          renameFields(DATE_FILTER.matcher(typed == null ? "" : typed.strip()).replaceAll(" "));
      return rest.isBlank() ? new MatchAllDocsQuery() : parseAcrossFields(rest);
    } catch (QueryException e) {
      return new MatchAllDocsQuery();
    }
  }

  private Query read(String typed, boolean ranked) {
    String text = typed == null ? "" : typed.strip();
    if (text.length() > MAX_LENGTH) {
      throw new QueryException(
          "the query is longer than " + MAX_LENGTH + " characters (" + text.length() + ")");
    }
    if (countQuotes(text) % 2 != 0) {
      throw new QueryException("unbalanced quotes in the query: every \" needs its closing \"");
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    String rest = extractDateFilters(text, query);
    boolean dateFiltered = !rest.equals(text);
    rest = renameFields(rest);
    if (rest.isBlank()) {
      if (text.isBlank()) {
        throw new QueryException(
            "the query is empty: give words, \"a phrase\", title:, author: or abstract:");
      }
      query.add(new MatchAllDocsQuery(), Occur.MUST);
    } else {
      Query words = parse(rest);
      if (onlyExcludes(words)) {
        if (!dateFiltered) {
          refuseOnlyExclusions(text);
        }
        // With a date filter, "since:2024-01-01 NOT gan" means every paper of those days but the
        // excluded.
        query.add(new MatchAllDocsQuery(), Occur.MUST);
        ((BooleanQuery) words).clauses().forEach(query::add);
      } else {
        query.add(words, Occur.MUST);
      }
      if (ranked) {
        addTitleBoosts(rest, query);
      }
    }
    return query.build();
  }

  /**
   * For plain words (no operators, fields or quotes), a paper whose title is exactly those words
   * ranks first: a researcher who types a title wants that paper. Title words weigh more anyway:
   * the title is indexed twice in the combined field. (Query-time title clauses, a phrase or the
   * words, cost a second scorer on every candidate and tripled the p99 of two-word queries at 1M
   * papers.)
   */
  private void addTitleBoosts(String text, BooleanQuery.Builder query) {
    if (!PLAIN_WORDS.matcher(text.strip()).matches()) {
      return;
    }
    query.add(
        new BoostQuery(new TermQuery(new Term(PaperFields.TITLE_KEY, TitleKey.of(text))), 10f),
        Occur.SHOULD);
  }

  private String extractDateFilters(String text, BooleanQuery.Builder query) {
    Matcher matcher = DATE_FILTER.matcher(text);
    StringBuilder rest = new StringBuilder();
    while (matcher.find()) {
      if (insideQuotes(text, matcher.start())) {
        continue;
      }
      String kind = matcher.group(1).toLowerCase(Locale.ROOT);
      long day = epochDay(matcher.group(2), kind);
      query.add(
          kind.equals("since")
              ? LongPoint.newRangeQuery(PaperFields.DAY, day, Long.MAX_VALUE)
              : LongPoint.newRangeQuery(
                  PaperFields.DAY, Long.MIN_VALUE, kind.equals("until") ? day : day - 1),
          Occur.FILTER);
      matcher.appendReplacement(rest, " ");
    }
    matcher.appendTail(rest);
    return rest.toString();
  }

  private static long epochDay(String value, String kind) {
    try {
      return LocalDate.parse(value).toEpochDay();
    } catch (DateTimeParseException e) {
      throw new QueryException(
          kind + ": needs a date like 2024-01-01, not \"" + shorten(value) + "\"");
    }
  }

  /** Maps the fields users type to the index's fields, refusing unknown ones by name. */
  private static String renameFields(String text) {
    Matcher matcher = FIELD.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      if (insideQuotes(text, matcher.start())) {
        continue;
      }
      String field = FIELDS.get(matcher.group(1).toLowerCase(Locale.ROOT));
      if (field == null) {
        throw new QueryException(
            "unknown field \""
                + shorten(matcher.group(1))
                + ":\"; use "
                + String.join(", ", KNOWN.stream().sorted().toList()));
      }
      matcher.appendReplacement(out, field + ":");
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /**
   * Words search the combined field (one term per word instead of three, which is what lets Lucene
   * skip at a million papers); a two-word phrase there becomes one term of the pairs field.
   */
  private Query parse(String text) {
    text = plainFlagLikeWords(text);
    QueryParser parser = new QueryParser(PaperFields.TEXT, analyzer);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    parser.setAllowLeadingWildcard(false);
    parser.setSplitOnWhitespace(true);
    try {
      Query query = parser.parse(text);
      if (query == null || (query instanceof BooleanQuery bool && bool.clauses().isEmpty())) {
        throw new QueryException(
            "the query has no words to search for (only stop words or symbols)");
      }
      return PhrasePairs.rewrite(query);
    } catch (ParseException | IllegalArgumentException e) {
      throw new QueryException("could not read the query: " + explain(e));
    } catch (IndexSearcher.TooManyClauses e) {
      throw new QueryException("the query matches too many words; make prefixes longer");
    }
  }

  /**
   * Lucene matches nothing for a query that only excludes ({@code NOT transformer}); the user meant
   * "everything but", which at a million papers is no useful answer either, so they get a hint
   * instead of a silent zero.
   */
  private static void refuseOnlyExclusions(String text) {
    throw new QueryException(
        "the query only says what to leave out; add a word to search for, e.g. \"diffusion "
            + shorten(text.strip())
            + "\"");
  }

  private static boolean onlyExcludes(Query query) {
    return query instanceof BooleanQuery bool
        && !bool.clauses().isEmpty()
        && bool.clauses().stream().allMatch(clause -> clause.occur() == Occur.MUST_NOT);
  }

  private Query parseAcrossFields(String text) {
    text = plainFlagLikeWords(text);
    MultiFieldQueryParser parser =
        new MultiFieldQueryParser(
            new String[] {PaperFields.TITLE, PaperFields.ABSTRACT, PaperFields.AUTHORS},
            analyzer,
            Map.of(PaperFields.TITLE, 3f, PaperFields.AUTHORS, 1.5f, PaperFields.ABSTRACT, 1f));
    parser.setDefaultOperator(QueryParser.Operator.AND);
    parser.setAllowLeadingWildcard(false);
    parser.setSplitOnWhitespace(true);
    try {
      Query query = parser.parse(text);
      if (query == null || (query instanceof BooleanQuery bool && bool.clauses().isEmpty())) {
        throw new QueryException(
            "the query has no words to search for (only stop words or symbols)");
      }
      return query;
    } catch (ParseException | IllegalArgumentException e) {
      throw new QueryException("could not read the query: " + explain(e));
    } catch (IndexSearcher.TooManyClauses e) {
      throw new QueryException("the query matches too many words; make prefixes longer");
    }
  }

  /**
   * Reads a word led by two or more hyphens ({@code --private}) as a plain word, not as a NOT of a
   * NOT, which cannot be read: a topic or query is taken as typed (Discord passes it literally),
   * and one that ends like a flag is still a query.
   */
  private static String plainFlagLikeWords(String text) {
    Matcher matcher = FLAG_LIKE_WORD.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String hyphens =
          insideQuotes(text, matcher.start())
              ? matcher.group(1)
              : matcher.group(1).replace("-", "\\-");
      matcher.appendReplacement(out, Matcher.quoteReplacement(hyphens));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private static String explain(Exception e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    if (message.contains("'*' or '?' not allowed as first character")) {
      return "a word cannot start with * or ?";
    }
    if (message.contains("Encountered \"<EOF>\"")) {
      return "it ends too early (a dangling AND, OR, NOT or field?)";
    }
    if (message.contains("Encountered")) {
      return "something is out of place (check AND, OR, NOT, parentheses and fields)";
    }
    return "it is not a query paper-radar can read";
  }

  private static int countQuotes(String text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '"' && (i == 0 || text.charAt(i - 1) != '\\')) {
        count++;
      }
    }
    return count;
  }

  private static boolean insideQuotes(String text, int index) {
    return countQuotes(text.substring(0, index)) % 2 == 1;
  }

  static String shorten(String text) {
    return text.length() <= 30 ? text : text.substring(0, 30) + "…";
  }
}
