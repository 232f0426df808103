package paperradar.bench.core;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import paperradar.core.model.ArxivId;
import paperradar.core.model.Paper;
import paperradar.core.model.PaperSource;

/**
 * Papers and topics for the topic-matching benchmark, the same for the same seed. Real topics are
 * specific ("state space models", an author), and real papers draw on a vocabulary of thousands of
 * technical terms; a vocabulary of a few dozen words would make every topic match every paper. So
 * terms here are {@value #TERMS} made-up words, drawn Zipf-like into papers, as are {@value #NAMES}
 * author surnames. Topics name terms past the {@value #COMMON} commonest, evenly: nobody subscribes
 * to "model".
 */
public final class TopicCorpus {

  static final int TERMS = 5_000;
  static final int NAMES = 2_000;
  static final int COMMON = 100;
  private static final String[] SYLLABLES = {
    "ka", "lo", "mi", "nu", "pe", "ra", "si", "to", "vu", "xe", "zo", "bri", "cla", "dre", "fro",
    "gli", "pha", "que", "sty", "tho"
  };
  private static final String[] FILLER = {
    "we",
    "propose",
    "a",
    "new",
    "method",
    "for",
    "the",
    "problem",
    "of",
    "and",
    "show",
    "that",
    "it",
    "improves",
    "on",
    "prior",
    "work",
    "results",
    "across",
    "several",
    "tasks"
  };

  private final long seed;

  public TopicCorpus(long seed) {
    this.seed = seed;
  }

  /** Made-up word number {@code k}: distinct for every k, pronounceable, and no English word. */
  static String term(int k) {
    StringBuilder word = new StringBuilder();
    int rest = k + SYLLABLES.length;
    while (rest > 0) {
      word.append(SYLLABLES[rest % SYLLABLES.length]);
      rest /= SYLLABLES.length;
    }
    return word.append("x").toString();
  }

  private static int zipf(Random random, int size) {
    return Math.min(size - 1, (int) Math.floor(Math.pow(size + 1, random.nextDouble())) - 1);
  }

  public List<Paper> papers(int count) {
    Random random = new Random(seed);
    List<Paper> papers = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      StringBuilder title = new StringBuilder();
      for (int w = 0; w < 6; w++) {
        title.append(w == 0 ? "" : " ").append(term(zipf(random, TERMS)));
      }
      StringBuilder abstractText = new StringBuilder();
      for (int w = 0; w < 120; w++) {
        abstractText
            .append(w == 0 ? "" : " ")
            .append(
                random.nextInt(3) == 0
                    ? term(zipf(random, TERMS))
                    : FILLER[random.nextInt(FILLER.length)]);
      }
      List<String> authors = new ArrayList<>();
      for (int a = 0, n = 1 + random.nextInt(5); a < n; a++) {
        authors.add("Ann " + capitalized(term(zipf(random, NAMES) + TERMS)));
      }
      papers.add(
          new Paper(
              i,
              new ArxivId("%04d.%05d".formatted(2611, i)),
              title.toString(),
              authors,
              null,
              null,
              abstractText.toString(),
              LocalDate.of(2026, 11, 20),
              Map.of(),
              Set.of(PaperSource.FEED),
              Instant.parse("2026-11-22T00:00:00Z")));
    }
    return papers;
  }

  private static String topicTerm(Random random) {
    return term(COMMON + random.nextInt(TERMS - COMMON));
  }

  /** Topics: single terms, two- and three-term conjunctions, two-term phrases, and authors. */
  public Map<Long, String> topics(int count) {
    Random random = new Random(seed * 31 + 7);
    Map<Long, String> topics = new LinkedHashMap<>();
    for (long id = 1; id <= count; id++) {
      String topic =
          switch (random.nextInt(10)) {
            case 0, 1 -> topicTerm(random);
            case 2, 3, 4 -> topicTerm(random) + " " + topicTerm(random);
            case 5, 6 -> topicTerm(random) + " " + topicTerm(random) + " " + topicTerm(random);
            case 7, 8 -> "\"" + topicTerm(random) + " " + topicTerm(random) + "\"";
            default -> "author:" + term(random.nextInt(NAMES) + TERMS);
          };
      topics.put(id, topic);
    }
    return topics;
  }

  private static String capitalized(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
