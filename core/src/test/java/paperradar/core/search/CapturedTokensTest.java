package paperradar.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.util.AttributeSource;
import org.junit.jupiter.api.Test;

/**
 * The streams of one document share their attributes ({@link
 * CapturedTokens#attributesOfOneDocument}); what one stream leaves in them must not reach the next,
 * in whatever order the document's fields are read.
 */
class CapturedTokensTest {

  private static final CapturedTokens TITLE =
      CapturedTokens.of(PaperAnalyzers.english(), PaperFields.TITLE, "Sparse Attention Networks");

  @Test
  void aReplayAfterPairsOnSharedAttributesGivesEachTokenOnceWithItsOwnOffsets() throws IOException {
    AttributeSource shared = CapturedTokens.attributesOfOneDocument();

    List<String> pairs = read(TITLE.pairs(2, shared));
    List<String> replay = read(TITLE.replay(shared));

    assertThat(pairs).containsExactly("spars attent ×2 +1 0-0", "attent network ×2 +1 0-0");
    assertThat(replay)
        .containsExactly("spars ×1 +1 0-6", "attent ×1 +1 7-16", "network ×1 +1 17-25");
  }

  @Test
  void pairsAfterAReplayOnSharedAttributesCarryNoOffsetsOfIt() throws IOException {
    AttributeSource shared = CapturedTokens.attributesOfOneDocument();

    read(TITLE.replay(shared));

    assertThat(read(TITLE.pairs(1, shared)))
        .containsExactly("spars attent ×1 +1 0-0", "attent network ×1 +1 0-0");
  }

  /** Each token as "term ×frequency +increment start-end", as the index writer reads it. */
  private static List<String> read(TokenStream stream) throws IOException {
    TermToBytesRefAttribute term = stream.addAttribute(TermToBytesRefAttribute.class);
    TermFrequencyAttribute frequency = stream.addAttribute(TermFrequencyAttribute.class);
    PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
    OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
    List<String> tokens = new ArrayList<>();
    stream.reset();
    while (stream.incrementToken()) {
      tokens.add(
          term.getBytesRef().utf8ToString()
              + " ×"
              + frequency.getTermFrequency()
              + " +"
              + increment.getPositionIncrement()
              + " "
              + offset.startOffset()
              + "-"
              + offset.endOffset());
    }
    stream.end();
    stream.close();
    return tokens;
  }
}
