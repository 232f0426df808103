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
import org.apache.lucene.util.AttributeSource;
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

  private byte[] bytes;

  /** Per token: where its UTF-8 bytes end in {@link #bytes} (they start where the last ended). */
  private int[] termEnds;

  private int[] positionIncrements;
  private int[] startOffsets;
  private int[] endOffsets;
  private int count;
  private int endPositionIncrement;
  private int finalOffset;

  /**
   * Room for the tokens of a text of {@code length} characters, so that an abstract's arrays are
   * not grown and copied several times (which was a twentieth of building a document): a word and
   * the space after it are rarely under six characters, and a word's bytes fit in its characters
   * unless it has accents.
   */
  private CapturedTokens(int length) {
    int tokens = Math.max(8, length / 6);
    bytes = new byte[Math.max(32, length)];
    termEnds = new int[tokens];
    positionIncrements = new int[tokens];
    startOffsets = new int[tokens];
    endOffsets = new int[tokens];
  }

  /** The tokens {@code analyzer} makes of {@code text} in {@code field}. */
  static CapturedTokens of(Analyzer analyzer, String field, String text) {
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      return of(stream, text.length());
    } catch (IOException e) {
      throw new UncheckedIOException("analysing text failed", e);
    }
  }

  /** Reads a token stream (not yet reset) through to its end. */
  static CapturedTokens of(TokenStream stream) throws IOException {
    return of(stream, 0);
  }

  private static CapturedTokens of(TokenStream stream, int textLength) throws IOException {
    CapturedTokens tokens = new CapturedTokens(textLength);
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

  /**
   * The attributes that the streams of one document share ({@link #replay}, {@link #pairs}): the
   * indexer reads one field's stream to its end before it asks for the next, and creating each
   * stream's own attributes was a sixth of building a document. Never share them between documents:
   * two documents may be read at once.
   */
  static AttributeSource attributesOfOneDocument() {
    return new AttributeSource();
  }

  /** A new stream of these tokens, on attributes it may share with the document's other streams. */
  TokenStream replay(AttributeSource attributes) {
    return new Replay(attributes);
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
  TokenStream pairs(int frequency, AttributeSource attributes) {
    return new Pairs(frequency, attributes);
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

  /**
   * Neither stream clears its attributes per token: each sets every attribute the indexer reads
   * that differs from its default, and a stream's first clear walks all of its attributes, which
   * for ten new streams a paper was a twentieth of the catch-up thread's time. What the document's
   * previous stream left in the shared attributes must not reach this one: its end resets the
   * frequency to 1, but a replay's end leaves the text's final offset, so the pairs set their
   * offsets too.
   */
  private abstract class SharedAttributesStream extends TokenStream {
    final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
    final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

    SharedAttributesStream(AttributeSource attributes) {
      super(attributes);
    }
  }

  private final class Pairs extends SharedAttributesStream {
    private final TermFrequencyAttribute termFrequency = addAttribute(TermFrequencyAttribute.class);

    /** Room for most pairs of words, grown for a longer one. */
    private final BytesRefBuilder pair = new BytesRefBuilder();

    private final int frequency;
    private final int[] words = wordsWithHoles();
    private int next;

    Pairs(int frequency, AttributeSource attributes) {
      super(attributes);
      this.frequency = frequency;
      pair.grow(64);
    }

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
      // The pairs field keeps no offsets; the writer still checks that they never go backwards.
      offset.setOffset(0, 0);
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

  private final class Replay extends SharedAttributesStream {
    private final BytesRef word = new BytesRef(bytes);
    private int next;

    Replay(AttributeSource attributes) {
      super(attributes);
    }

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
