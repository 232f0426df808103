package paperradar.core.ingest;

import java.io.Reader;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

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
    if (parser instanceof StreamingListingParser streaming) {
      return refusingUnreadableTitles(streaming);
    }
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

  /** As above, for a parser that reads a stream: each entry read is checked as it comes. */
  private static StreamingListingParser refusingUnreadableTitles(StreamingListingParser parser) {
    return new StreamingListingParser() {
      @Override
      public ListingFormat format() {
        return parser.format();
      }

      @Override
      public boolean recognizes(String text) {
        return parser.recognizes(text);
      }

      @Override
      public EntryReader entries(Reader text, ParseContext context) throws ListingParseException {
        EntryReader entries = parser.entries(text, context);
        return new EntryReader() {
          @Override
          public @Nullable ListingEntry next() throws ListingParseException {
            try {
              return entries.next();
            } catch (UnreadableTitleException e) {
              throw context.error(Math.max(1, e.line()), e.getMessage());
            }
          }

          @Override
          public void close() {
            entries.close();
          }
        };
      }
    };
  }

  public static FormatDetector detector() {
    return new FormatDetector(all());
  }
}
