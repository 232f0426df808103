package paperradar.core.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefBuilder;
import org.apache.lucene.util.UnicodeUtil;

/**
 * The tokens one analysis of a text gave, kept to be replayed into several fields: the same title
 * goes into the title field, twice into the combined field and twice into the pairs field, and
 * analysing it once instead of five times is most of what indexing a paper saves. A replay gives
 * what the indexer reads of a token (its bytes, position increment and offsets), and at its end the
 * position increment and final offset the analysis ended with (trailing stop words, the text's
 * length), which the indexer adds before the next value of the field.
 *
 * <p>The tokens are kept as the UTF-8 bytes the index stores, and replayed as bytes: the indexer
 * reads a term's bytes, and turning a token's characters into bytes for every field it went into
 * was a tenth of the indexing thread's time. Captured on the threads that build documents, each
 * word is encoded once.
 */
final class CapturedTokens {

  private byte[] bytes = new byte[256];

  /** Per token: where its UTF-8 bytes end in {@link #bytes} (they start where the last ended). */
  private int[] termEnds = new int[32];

  private int[] positionIncrements = new int[32];
  private int[] startOffsets = new int[32];
  private int[] endOffsets = new int[32];
  private int count;
  private int endPositionIncrement;
  private int finalOffset;

  private CapturedTokens() {}

  /** The tokens {@code analyzer} makes of {@code text} in {@code field}. */
  static CapturedTokens of(Analyzer analyzer, String field, String text) {
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      return of(stream);
    } catch (IOException e) {
      throw new UncheckedIOException("analysing text failed", e);
    }
  }

  /** Reads a token stream (not yet reset) through to its end. */
  static CapturedTokens of(TokenStream stream) throws IOException {
    CapturedTokens tokens = new CapturedTokens();
    CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
    PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
    OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
    stream.reset();
    while (stream.incrementToken()) {
      tokens.add(term, increment.getPositionIncrement(), offset);
    }
    stream.end();
    tokens.endPositionIncrement = increment.getPositionIncrement();
    tokens.finalOffset = offset.endOffset();
    return tokens;
  }

  private void add(CharTermAttribute term, int increment, OffsetAttribute offset) {
    if (count == termEnds.length) {
      int grown = count * 2;
      termEnds = Arrays.copyOf(termEnds, grown);
      positionIncrements = Arrays.copyOf(positionIncrements, grown);
      startOffsets = Arrays.copyOf(startOffsets, grown);
      endOffsets = Arrays.copyOf(endOffsets, grown);
    }
    int start = count == 0 ? 0 : termEnds[count - 1];
    int longest = start + UnicodeUtil.maxUTF8Length(term.length());
    if (longest > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(longest, bytes.length * 2));
    }
    // Returns where the bytes it wrote end.
    termEnds[count] = UnicodeUtil.UTF16toUTF8(term, 0, term.length(), bytes, start);
    positionIncrements[count] = increment;
    startOffsets[count] = offset.startOffset();
    endOffsets[count] = offset.endOffset();
    count++;
  }

  /** A new stream of these tokens; each replay is independent of the others. */
  TokenStream replay() {
    return new Replay();
  }

  /**
   * The adjacent pairs of these tokens, as {@link PaperAnalyzers#pairs} makes them of a replay (a
   * {@code ShingleFilter} of two, without the single words: {@code "_"} stands in for each hole the
   * stop words left, the trailing one included), each pair counted {@code frequency} times. The
   * pairs field keeps no positions, so a value added twice (the title) is the same postings and
   * norms as its pairs once with a frequency of two; and pairing the captured words directly skips
   * the shingle filter's copying of every attribute of every token, which cost as much as the whole
   * English analysis of the text. (Lucene Monitor's index of a single paper, a {@code MemoryIndex},
   * ignores the frequency and counts each pair once; a topic matches or not all the same.)
   */
  TokenStream pairs(int frequency) {
    return new Pairs(frequency);
  }

  /** {@code -1} in the sequence of words a pair is drawn from: a hole, written {@code "_"}. */
  private static final int HOLE = -1;

  private int[] wordsWithHoles() {
    int[] words = new int[count * 2 + 1];
    int length = 0;
    for (int i = 0; i < count; i++) {
      if (positionIncrements[i] > 1) {
        words[length++] = HOLE;
      }
      words[length++] = i;
    }
    if (endPositionIncrement > 0) {
      words[length++] = HOLE;
    }
    return Arrays.copyOf(words, length);
  }

  private static final byte[] HOLE_WORD = {'_'};

  private void appendWord(BytesRefBuilder term, int word) {
    byte[] source = word == HOLE ? HOLE_WORD : bytes;
    int start = word == HOLE || word == 0 ? 0 : termEnds[word - 1];
    int length = word == HOLE ? 1 : termEnds[word] - start;
    term.append(source, start, length);
  }

  private final class Pairs extends TokenStream {
    private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
    private final BytesRefBuilder pair = new BytesRefBuilder();
    private final PositionIncrementAttribute increment =
        addAttribute(PositionIncrementAttribute.class);
    private final TermFrequencyAttribute termFrequency = addAttribute(TermFrequencyAttribute.class);
    private final int frequency;
    private final int[] words = wordsWithHoles();
    private int next;

    Pairs(int frequency) {
      this.frequency = frequency;
    }

    // Neither stream clears its attributes per token: each sets every attribute the indexer reads
    // (the rest keep their defaults), and a stream's first clear walks all of its attributes, which
    // for ten new streams a paper was a twentieth of the catch-up thread's time.
    @Override
    public boolean incrementToken() {
      // Two holes never stand side by side (one stands only before a word or after the last),
      // so every neighbouring two is a pair, as the shingle filter gives.
      if (next + 1 >= words.length) {
        return false;
      }
      pair.clear();
      appendWord(pair, words[next]);
      pair.append((byte) ' ');
      appendWord(pair, words[next + 1]);
      term.setBytesRef(pair.get());
      increment.setPositionIncrement(1);
      termFrequency.setTermFrequency(frequency);
      next++;
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }
  }

  private final class Replay extends TokenStream {
    private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
    private final BytesRef word = new BytesRef(bytes);
    private final PositionIncrementAttribute increment =
        addAttribute(PositionIncrementAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private int next;

    @Override
    public boolean incrementToken() {
      if (next == count) {
        return false;
      }
      // As in Pairs, every attribute the indexer reads is set here, so nothing is cleared.
      word.offset = next == 0 ? 0 : termEnds[next - 1];
      word.length = termEnds[next] - word.offset;
      term.setBytesRef(word);
      increment.setPositionIncrement(positionIncrements[next]);
      offset.setOffset(startOffsets[next], endOffsets[next]);
      next++;
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      increment.setPositionIncrement(endPositionIncrement);
      offset.setOffset(finalOffset, finalOffset);
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }
  }
}
