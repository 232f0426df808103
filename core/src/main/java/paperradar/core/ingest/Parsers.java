package paperradar.core.ingest;

import java.util.List;

/** Every listing parser, in detection order: specific formats before the generic feed. */
public final class Parsers {

  private Parsers() {}

  public static List<ListingParser> all() {
    return List.of(
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
        new FeedParser());
  }

  public static FormatDetector detector() {
    return new FormatDetector(all());
  }
}
