package paperradar.core.embed;

/** The real all-MiniLM-L6-v2, loaded once for all the tests of a run (loading takes seconds). */
final class RealModel {

  private static MiniLmEmbedder shared;

  private RealModel() {}

  static synchronized Embedder get() {
    if (shared == null) {
      shared = MiniLmEmbedder.load();
    }
    return shared;
  }
}
