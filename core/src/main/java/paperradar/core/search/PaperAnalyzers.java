package paperradar.core.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How paper text becomes terms. Accents and case fold everywhere ({@code Balunovic} finds {@code
 * Balunović}), and so do the stray apostrophes some listings put inside names ({@code Balunovi'c});
 * titles and abstracts are stemmed as English, author names are not.
 */
public final class PaperAnalyzers {

  private PaperAnalyzers() {}

  /** The analyzer for indexing and querying every field. */
  public static Analyzer perField() {
    Analyzer english = english();
    return new PerFieldAnalyzerWrapper(
        english,
        Map.of(
            PaperFields.TITLE, english,
            PaperFields.ABSTRACT, english,
            PaperFields.TEXT, english,
            PaperFields.PAIRS, new FoldingAnalyzer(true, true),
            PaperFields.AUTHORS, names()));
  }

  /** Folded, stop words dropped, stemmed: titles, abstracts and the combined field. */
  static Analyzer english() {
    return new FoldingAnalyzer(true, false);
  }

  /** Folded only: author names. */
  static Analyzer names() {
    return new FoldingAnalyzer(false, false);
  }

  /** The adjacent word pairs of an English token stream: the pairs field's terms. */
  static TokenStream pairs(TokenStream english) {
    ShingleFilter shingles = new ShingleFilter(english, 2, 2);
    shingles.setOutputUnigrams(false);
    return shingles;
  }

  /**
   * Standard tokens, folded and lower-cased; with {@code english}, also stop words and Porter
   * stems.
   */
  static final class FoldingAnalyzer extends Analyzer {
    /**
     * Keeps a phrase from matching across two values of one field (the title's end, the abstract's
     * start).
     */
    private static final int VALUE_GAP = 100;

    private final boolean english;
    private final boolean pairs;

    FoldingAnalyzer(boolean english, boolean pairs) {
      this.english = english;
      this.pairs = pairs;
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
      return VALUE_GAP;
    }

    @Override
    protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
      return new InnerApostrophes(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream stream = new PerTokenMemo(source, this::perTokenFilters);
      if (pairs) {
        stream = pairs(stream);
      }
      return new TokenStreamComponents(source, stream);
    }

    /** What each token goes through after the tokenizer, one token at a time. */
    private TokenStream perTokenFilters(TokenStream token) {
      TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(token));
      if (english) {
        stream = new EnglishPossessiveFilter(stream);
        stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        stream = new PorterStemFilter(stream);
      }
      return stream;
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
  }
}
