package paperradar.core.embed;

import java.util.List;
import java.util.Objects;

/**
 * A topic matched by meaning, not by words: typed with a leading {@code ~}, as in {@code
 * ~"efficient long-context attention"}, it matches the papers whose embedding has a cosine
 * similarity of at least {@link #THRESHOLD} to the embedding of its phrase.
 *
 * <p><b>The threshold, {@value #THRESHOLD}.</b> Calibrated with all-MiniLM-L6-v2 (the topic's
 * phrase alone against a paper's title and abstract) on two corpora written for it, in the tests:
 *
 * <ul>
 *   <li>36 papers in six fields of six ({@code SixTopicCorpus}) against the six fields named as a
 *       channel would ("speech recognition", …): a paper of the named field scores 0.25–0.73 (mean
 *       0.54), a paper of another field −0.01–0.39 (mean 0.15). 0.40 is the lowest threshold at
 *       which no paper of another field matches; 33 of the 36 papers of the named field still do.
 *   <li>twelve topics each with two paraphrases that avoid all of the topic's words, so that a
 *       keyword topic misses them ({@code SemanticTopicCorpus}): 14 of the 24 paraphrases reach
 *       0.40; of the 264 pairs of a topic with another topic's paraphrase, 8 (3%) do, all between
 *       neighbouring subjects (quantization, code generation, long context and retrieval for
 *       language models; protein structure and graph networks). Lower thresholds buy recall with
 *       false matches: at 0.35, 16 of 24 paraphrases and 12 of 264 others; at 0.30, 17 and 26.
 * </ul>
 *
 * A digest is read by people who see a false match at once and miss an absent one rarely, and
 * unrelated papers outnumber relevant ones a hundred to one in a day's feed: the threshold is the
 * strictest that keeps nearly all plainly relevant papers. {@code SemanticTopicCalibrationTest}
 * prints these figures.
 */
public final class SemanticTopic {

  /**
   * The least cosine similarity between a paper's embedding and the topic's at which the topic
   * matches.
   */
  public static final double THRESHOLD = 0.40;

  private final String phrase;
  private final float[] vector;

  private SemanticTopic(String phrase, float[] vector) {
    this.phrase = phrase;
    this.vector = vector;
  }

  /** Whether a typed topic is a semantic one: it starts with {@code ~}. */
  public static boolean isSemantic(String typed) {
    return typed != null && typed.strip().startsWith("~");
  }

  /**
   * The phrase of a semantic topic: {@code ~"efficient long-context attention"} and {@code
   * ~efficient long-context attention} both give {@code efficient long-context attention}. A topic
   * without the {@code ~}, or with nothing after it, is refused with a message that quotes it.
   */
  public static String phraseOf(String typed) {
    if (!isSemantic(typed)) {
      throw new IllegalArgumentException(
          "a semantic topic starts with ~, as in ~\"efficient attention\": " + typed);
    }
    String phrase = typed.strip().substring(1).strip();
    if (phrase.length() >= 2 && phrase.startsWith("\"") && phrase.endsWith("\"")) {
      phrase = phrase.substring(1, phrase.length() - 1).strip();
    } else if (phrase.startsWith("\"") || phrase.endsWith("\"")) {
      throw new IllegalArgumentException("unbalanced quote in the semantic topic " + typed);
    }
    if (phrase.isEmpty()) {
      throw new IllegalArgumentException("the semantic topic " + typed + " has no words after ~");
    }
    return phrase.replaceAll("\\s+", " ");
  }

  /**
   * The topic typed as {@code typed} (with its {@code ~}), with its phrase embedded by {@code
   * embedder}.
   */
  public static SemanticTopic of(String typed, Embedder embedder) {
    String phrase = phraseOf(typed);
    return new SemanticTopic(phrase, embedder.embed(phrase));
  }

  /** A topic whose phrase was embedded before (for example, stored with the subscription). */
  public static SemanticTopic of(String phrase, float[] vector) {
    Objects.requireNonNull(phrase, "phrase");
    return new SemanticTopic(phrase, Vectors.normalised(vector));
  }

  public String phrase() {
    return phrase;
  }

  /** How the topic is shown: its phrase in quotes after {@code ~}. */
  public String typed() {
    return "~\"" + phrase + "\"";
  }

  /** A copy of the topic's unit vector. */
  public float[] vector() {
    return vector.clone();
  }

  /** The cosine similarity of a paper's unit vector to the topic's. */
  public double similarity(float[] paperVector) {
    return Vectors.dot(vector, paperVector);
  }

  public boolean matches(float[] paperVector) {
    return similarity(paperVector) >= THRESHOLD;
  }

  /**
   * The papers of the index the topic matches, best first, at most {@code max}, among those the
   * filter allows (for a digest: the new papers not yet shown).
   */
  public List<Neighbour> matchingPapers(VectorIndex index, NeighbourFilter filter, int max) {
    return index.nearest(vector, max, filter).stream()
        .filter(neighbour -> neighbour.similarity() >= THRESHOLD)
        .toList();
  }

  @Override
  public String toString() {
    return typed();
  }
}
