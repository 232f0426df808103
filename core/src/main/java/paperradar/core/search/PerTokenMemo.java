package paperradar.core.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Runs a chain of per-token filters once per distinct token text instead of once per token, and
 * replays the remembered outcome for every later token of the same text.
 *
 * <p>Folding, lower-casing, the possessive, the stop words and the Porter stem are each a function
 * of one token's characters alone: the same word always comes out the same, or is always dropped.
 * Paper text is mostly the same few thousand words, and running the chain for each of them cost
 * about two thirds of analysing a paper (the tokenizer the rest), about a fifth of indexing one.
 *
 * <p>The chain must map a token to at most one token and change only its characters (none of these
 * filters touches offsets or types). A dropped token's position is added to the next token's
 * increment, or to the end's, as Lucene's filtering filters do. The memory is per stream, and an
 * analyzer keeps one stream per thread, so it needs no lock; it forgets everything when full.
 */
final class PerTokenMemo extends TokenFilter {

  /** Distinct token texts remembered: a few megabytes, far more words than papers use. */
  static final int CAPACITY = 50_000;

  /** The outcome of a token the chain drops, told apart from any word by identity. */
  private static final char[] DROPPED = new char[0];

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute increment =
      addAttribute(PositionIncrementAttribute.class);
  private final CharArrayMap<char[]> outcomes = new CharArrayMap<>(1024, false);
  private final OneToken oneToken = new OneToken();
  private final TokenStream chain;
  private final CharTermAttribute chainTerm;
  private int skippedPositions;

  /**
   * @param perTokenFilters wraps the stream it is given in the filters to remember
   */
  PerTokenMemo(TokenStream input, UnaryOperator<TokenStream> perTokenFilters) {
    super(input);
    this.chain = perTokenFilters.apply(oneToken);
    this.chainTerm = chain.addAttribute(CharTermAttribute.class);
  }

  @Override
  public boolean incrementToken() throws IOException {
    skippedPositions = 0;
    while (input.incrementToken()) {
      char[] outcome = outcomes.get(term.buffer(), 0, term.length());
      if (outcome == null) {
        char[] word = Arrays.copyOf(term.buffer(), term.length());
        outcome = runChain(word);
        if (outcomes.size() >= CAPACITY) {
          outcomes.clear();
        }
        outcomes.put(word, outcome);
      }
      if (outcome == DROPPED) {
        skippedPositions += increment.getPositionIncrement();
        continue;
      }
      term.copyBuffer(outcome, 0, outcome.length);
      if (skippedPositions != 0) {
        increment.setPositionIncrement(increment.getPositionIncrement() + skippedPositions);
      }
      return true;
    }
    return false;
  }

  private char[] runChain(char[] word) throws IOException {
    oneToken.set(word);
    chain.reset();
    char[] outcome =
        chain.incrementToken() ? Arrays.copyOf(chainTerm.buffer(), chainTerm.length()) : DROPPED;
    chain.end();
    return outcome;
  }

  @Override
  public void end() throws IOException {
    super.end();
    increment.setPositionIncrement(increment.getPositionIncrement() + skippedPositions);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    skippedPositions = 0;
  }

  /** A stream of the one token being looked up: what the remembered chain reads from. */
  private static final class OneToken extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment =
        addAttribute(PositionIncrementAttribute.class);
    private char[] word = new char[0];
    private boolean taken;

    /** The word to hand out next; it is only read. */
    void set(char[] word) {
      this.word = word;
    }

    @Override
    public boolean incrementToken() {
      if (taken) {
        return false;
      }
      clearAttributes();
      term.copyBuffer(word, 0, word.length);
      increment.setPositionIncrement(1);
      taken = true;
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      taken = false;
    }
  }
}
