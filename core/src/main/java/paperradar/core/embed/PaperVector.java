package paperradar.core.embed;

import java.util.Objects;

/** A paper's text and the embedding made from it, ready for {@link VectorIndex#put}. */
public record PaperVector(PaperText paper, float[] vector) {

  public PaperVector {
    Objects.requireNonNull(paper, "paper");
    Objects.requireNonNull(vector, "vector");
  }
}
