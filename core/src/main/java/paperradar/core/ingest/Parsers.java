package paperradar.core.ingest;

import java.util.List;
import java.util.stream.Stream;

/** Every listing parser, in detection order: specific formats before the generic feed. */
public final class Parsers {

  private Parsers() {}

  public static List<ListingParser> all() {
    return Stream.<ListingParser>of(
            new ArxivAtomParser(),
            new ArxivRssParser(),
            new ArxivRdfParser(),
            new PubmedParser(),
            new SemanticScholarParser(),
            new BiorxivParser(),
            new HfDailyJsonParser(),
            new SummaryPageParser(),
            new HfDailyPageParser(),
            new HfSearchPageParser(),
            new AimodelsParser(),
            new FeedParser())
        .map(Parsers::refusingUnreadableTitles)
        .toList();
  }

  /**
   * The parser, with an entry whose title cleaning leaves blank refused as a parse error at its
   * line (the parser contract: nothing but {@link ListingParseException} for any text).
   */
  private static ListingParser refusingUnreadableTitles(ListingParser parser) {
    return new ListingParser() {
      @Override
      public ListingFormat format() {
        return parser.format();
      }

      @Override
      public boolean recognizes(String text) {
        return parser.recognizes(text);
      }

      @Override
      public Listing parse(String text, ParseContext context) throws ListingParseException {
        try {
          return parser.parse(text, context);
        } catch (UnreadableTitleException e) {
          throw context.error(Math.max(1, e.line()), e.getMessage());
        }
      }
    };
  }

  public static FormatDetector detector() {
    return new FormatDetector(all());
  }
}
