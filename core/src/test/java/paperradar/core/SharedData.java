package paperradar.core;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the real captures in {@code ../shared} (beside the repository) for acceptance tests. When
 * they are absent the test is skipped and says why.
 */
public final class SharedData {

  private SharedData() {}

  /**
   * The repository root, as Maven passes it, or the working directory's nearest parent with mvnw.
   */
  public static Path repoRoot() {
    String fromMaven = System.getProperty("paperradar.repoRoot");
    if (fromMaven != null && !fromMaven.isBlank()) {
      return Path.of(fromMaven).toAbsolutePath().normalize();
    }
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
      dir = dir.getParent();
    }
    return dir == null ? Path.of("").toAbsolutePath() : dir;
  }

  /** {@code ../shared/<relative>}; skips the calling test, with the reason, when it is missing. */
  public static Path require(String relative) {
    Path path = repoRoot().resolveSibling("shared").resolve(relative);
    boolean present = Files.exists(path);
    if (!present) {
      System.out.println(
          "SKIPPED: " + path + " is not present (acceptance data lives in ../shared)");
    }
    assumeTrue(present, () -> "acceptance data not present: " + path);
    return path;
  }
}
