package paperradar.core.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import paperradar.core.model.ArxivId;
import paperradar.core.model.Paper;

/**
 * A deterministic corpus of synthetic papers for benchmarks: the same seed gives the same papers. Words
 * follow a Zipf-like distribution over a fixed vocabulary, as real abstracts do, so that common words
 * match many papers and rare ones few.
 */
public final class CorpusGenerator {

  private static final String[] TOPICS = {"transformer", "attention", "diffusion", "graph", "neural", "network",
      "language", "model", "reinforcement", "learning", "retrieval", "vision", "segmentation", "robustness",
      "adversarial", "privacy", "federated", "quantization", "sparse", "mixture", "experts", "pointer",
      "memory", "recurrent", "convolutional", "causal", "inference", "benchmark", "dataset", "alignment",
      "reasoning", "agent", "planning", "speech", "translation", "summarization", "embedding", "contrastive",
      "generative", "autoencoder", "variational", "bayesian", "kernel", "optimization", "gradient", "stochastic",
      "convergence", "scaling", "distillation", "pruning", "tokenizer", "multimodal", "video", "protein",
      "molecule", "physics", "climate", "medical", "clinical", "theorem", "proof", "symbolic", "program",
      "synthesis", "compiler", "hardware", "energy", "efficient", "long", "context", "state", "space", "mamba",
      "lstm", "routing", "combinatorial", "topos", "category", "equivariant", "geometric", "manifold"};
  private static final String[] FILLER = {"we", "propose", "a", "new", "method", "for", "the", "problem", "of",
      "and", "show", "that", "it", "improves", "on", "prior", "work", "in", "terms", "results", "across",
      "several", "tasks", "our", "approach", "uses", "with", "which", "is", "to", "by", "from"};
  private static final String[] FIRST = {"Ada", "Alan", "Grace", "Yann", "Geoffrey", "Fei-Fei", "Oriol", "Mislav",
      "Sepp", "Jürgen", "Zoë", "Renée", "Chen", "Wei", "Priya", "Olusegun", "Ana", "José", "Björn", "Noor"};
  private static final String[] LAST = {"Lovelace", "Turing", "Hopper", "LeCun", "Hinton", "Li", "Vinyals",
      "Balunović", "Hochreiter", "Schmidhuber", "Krämer", "Dubois", "Wang", "Zhang", "Sharma", "Adeyemi",
      "García", "Núñez", "Öberg", "Haddad"};

  private final long seed;

  public CorpusGenerator(long seed) {
    this.seed = seed;
  }

  /** The technical words titles and abstracts are made of, for topics that match some of the papers. */
  public static List<String> topicWords() {
    return List.of(TOPICS);
  }

  /** Papers {@code 1..count}, the same every time for the same seed. */
  public List<Paper> papers(int count) {
    Random random = new Random(seed);
    List<Paper> papers = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      papers.add(paper(i, random));
    }
    return papers;
  }

  Paper paper(int i, Random random) {
    String title = capitalize(topic(random)) + " " + topic(random) + " for " + topic(random) + " " + topic(random);
    StringBuilder abstractText = new StringBuilder();
    int words = 80 + random.nextInt(120);
    for (int w = 0; w < words; w++) {
      abstractText.append(w == 0 ? "" : " ").append(random.nextInt(3) == 0 ? topic(random) : filler(random));
    }
    List<String> authors = new ArrayList<>();
    for (int a = 0, n = 1 + random.nextInt(6); a < n; a++) {
      authors.add(FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)]);
    }
    LocalDate published = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(4_000));
    // Unique for up to 9 million papers; the first part need not be a real year and month.
    ArxivId id = new ArxivId("%04d.%05d".formatted(1000 + i / 100_000, i % 100_000));
    return new Paper(i, id, title, authors, null, null, abstractText + ".", published, Map.of(), Set.of("bench"),
        Instant.parse("2026-11-01T00:00:00Z"));
  }

  /** A word of the topic vocabulary, Zipf-like: word k is drawn about 1/k as often as the first. */
  static String topicAt(double uniform) {
    int rank = (int) Math.floor(Math.pow(TOPICS.length + 1, uniform)) - 1;
    return TOPICS[Math.min(TOPICS.length - 1, Math.max(0, rank))];
  }

  private static String topic(Random random) {
    return topicAt(random.nextDouble());
  }

  private static String filler(Random random) {
    return FILLER[random.nextInt(FILLER.length)];
  }

  private static String capitalize(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
