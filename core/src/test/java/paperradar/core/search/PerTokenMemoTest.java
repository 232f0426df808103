package paperradar.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Remembering each word's outcome gives exactly the tokens the filters give when they run on every
 * token: the same terms, position increments (stop words' holes included, at the end too), offsets,
 * lengths and types, for each field's analyzer. The reference is the chain as it was before it was
 * remembered.
 */
class PerTokenMemoTest {

  @Property(tries = 500)
  void rememberedAnalysisGivesTheTokensOfThePlainChain(@ForAll("texts") String text) {
    assertSameTokens(PaperAnalyzers.english(), plain(true, false), text);
    assertSameTokens(PaperAnalyzers.names(), plain(false, false), text);
    assertSameTokens(
        PaperAnalyzers.perField(), plain(true, true), PaperFields.PAIRS, text + " " + text);
  }

  @Provide
  Arbitrary<String> texts() {
    return PaperTexts.texts();
  }

  @Example
  void aWordSeenAgainComesOutAsTheFirstTime() {
    String text = "The networks' networks of the Networks and THE networks";
    assertThat(tokens(PaperAnalyzers.english(), "f", text))
        .containsExactly(
            "network 2 [4,12]",
            "network 1 [14,22]",
            "network 3 [30,38]",
            "network 3 [47,55]",
            "end 0 55")
        .isEqualTo(tokens(plain(true, false), "f", text));
  }

  @Example
  void trailingStopWordsMoveTheEndAsTheStopFilterDoes() {
    assertThat(tokens(PaperAnalyzers.english(), "f", "learning of the"))
        .containsExactly("learn 1 [0,8]", "end 2 15");
  }

  @Example
  void moreWordsThanItRemembersStillComeOutRight() {
    // Past its capacity the memory starts again; every word must still be analysed, the first
    // ones once more after it forgot them.
    String text =
        IntStream.range(0, PerTokenMemo.CAPACITY + 1_000)
            .mapToObj(i -> "Running" + i + " the")
            .collect(Collectors.joining(" "));
    Analyzer remembered = PaperAnalyzers.english();
    assertThat(tokens(remembered, "f", text)).isEqualTo(tokens(plain(true, false), "f", text));
    assertThat(tokens(remembered, "f", "Running1 Running2 the"))
        .containsExactly("running1 1 [0,8]", "running2 1 [9,17]", "end 1 21");
  }

  private static void assertSameTokens(Analyzer remembered, Analyzer plain, String text) {
    assertSameTokens(remembered, plain, "f", text);
  }

  private static void assertSameTokens(
      Analyzer remembered, Analyzer plain, String field, String text) {
    // Twice through the same analyzer: the second pass reads what the first remembered.
    List<String> expected = tokens(plain, field, text);
    assertThat(tokens(remembered, field, text)).isEqualTo(expected);
    assertThat(tokens(remembered, field, text)).isEqualTo(expected);
  }

  private static List<String> tokens(Analyzer analyzer, String field, String text) {
    List<String> seen = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      TypeAttribute type = stream.addAttribute(TypeAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        seen.add(
            term
                + " "
                + increment.getPositionIncrement()
                + " ["
                + offset.startOffset()
                + ","
                + offset.endOffset()
                + "]"
                + (length.getPositionLength() == 1 ? "" : " length " + length.getPositionLength())
                + (type.type().equals("<ALPHANUM>") ? "" : " " + type.type()));
      }
      stream.end();
      seen.add("end " + increment.getPositionIncrement() + " " + offset.endOffset());
      return seen;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The chain as it was, every filter on every token. */
  private static Analyzer plain(boolean english, boolean pairs) {
    return new Analyzer() {
      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return new InnerApostrophes(reader);
      }

      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(source));
        if (english) {
          stream = new EnglishPossessiveFilter(stream);
          stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
          stream = new PorterStemFilter(stream);
        }
        if (pairs) {
          stream = PaperAnalyzers.pairs(stream);
        }
        return new TokenStreamComponents(source, stream);
      }
    };
  }
}
