package paperradar.core.embed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import paperradar.core.model.ArxivId;
import paperradar.core.model.Paper;
import paperradar.core.model.TitleKey;

/**
 * What is embedded of one paper: its title and abstract, with the store's id to key the vector by
 * and what tells its other versions apart (the arXiv id without version, and the normalised title).
 *
 * @param id the store's id of the paper
 * @param arxivId the arXiv id, or null when the paper has none
 * @param title the title
 * @param abstractText the abstract, possibly empty
 */
public record PaperText(long id, ArxivId arxivId, String title, String abstractText) {

  /**
   * Words embedded at most: about the 256 word pieces that all-MiniLM-L6-v2 was trained on
   * (sentence- transformers cuts there too). The opening of an abstract says what the paper is
   * about; the rest would cost time (attention is quadratic in length) for little change in the
   * vector.
   */
  static final int MAX_WORDS = 180;

  public PaperText {
    Objects.requireNonNull(title, "title");
    abstractText = abstractText == null ? "" : abstractText;
  }

  public static PaperText of(Paper paper) {
    return new PaperText(paper.id(), paper.arxivId(), paper.title(), paper.abstractText());
  }

  /** The text given to the model: the title, then the abstract, cut to {@link #MAX_WORDS} words. */
  public String text() {
    String whole =
        abstractText.isBlank() ? title.strip() : title.strip() + ". " + abstractText.strip();
    String[] words = whole.split("\\s+");
    return words.length <= MAX_WORDS
        ? String.join(" ", words)
        : String.join(" ", Arrays.copyOf(words, MAX_WORDS));
  }

  /** The normalised title ({@link TitleKey}) that the paper's other versions share. */
  public String titleKey() {
    return TitleKey.of(title);
  }

  /**
   * A fingerprint of {@link #text()}: a vector made from another fingerprint is stale (a fuller
   * abstract arrived since), and is made again.
   */
  public String textHash() {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
