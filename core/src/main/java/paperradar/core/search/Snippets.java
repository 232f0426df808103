package paperradar.core.search;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.jspecify.annotations.Nullable;

/** Highlighted passages of the abstract, with matches marked {@code **like this**}. */
final class Snippets {

  static final int OPENING_LENGTH = 240;

  private final Analyzer analyzer;

  Snippets(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** One passage per hit; null where the abstract does not match (the title did). */
  @Nullable String[] of(IndexSearcher searcher, Query query, ScoreDoc[] page) throws IOException {
    UnifiedHighlighter highlighter =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(new DefaultPassageFormatter("**", "**", " … ", false))
            .withMaxLength(20_000)
            .build();
    TopDocs docs = new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page);
    @Nullable String[] passages = highlighter.highlight(PaperFields.ABSTRACT, query, docs, 1);
    for (int i = 0; i < passages.length; i++) {
      if (passages[i] != null && !passages[i].contains("**")) {
        passages[i] = null;
      }
    }
    return passages;
  }

  /** The abstract's opening words, for a hit whose abstract has no match. */
  static String opening(String abstractText) {
    if (abstractText == null || abstractText.length() <= OPENING_LENGTH) {
      return abstractText == null ? "" : abstractText;
    }
    int space = abstractText.lastIndexOf(' ', OPENING_LENGTH);
    return abstractText.substring(0, space > 0 ? space : OPENING_LENGTH) + " …";
  }
}
