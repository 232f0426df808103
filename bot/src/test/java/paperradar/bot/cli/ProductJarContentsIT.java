package paperradar.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * The product's jar holds the product: the benchmarks live in the bench module's own jar, and the
 * fakes of the chat platforms and the corpus generators in the tests' jars. A dependency or a class
 * moved back into the main sources would put them in front of every operator, and only the packaged
 * jar shows it.
 */
class ProductJarContentsIT {

  private static List<String> paperRadarEntries() throws IOException {
    Path jar = Path.of(System.getProperty("paperradar.jar", "target/paper-radar.jar"));
    assertThat(jar).exists();
    try (JarFile file = new JarFile(jar.toFile())) {
      return file.stream()
          .map(ZipEntry::getName)
          .filter(name -> name.startsWith("paperradar/"))
          .toList();
    }
  }

  @Test
  void theProductJarHoldsNoBenchmarkNoFakeAndNoTestFixture() throws IOException {
    List<String> entries = paperRadarEntries();

    assertThat(entries)
        .as("the product's own classes are in the jar")
        .contains("paperradar/bot/cli/Main.class");
    assertThat(entries)
        .noneMatch(name -> name.startsWith("paperradar/bench/"))
        .noneMatch(
            name ->
                name.startsWith("paperradar/core/bench/")
                    || name.startsWith("paperradar/bot/bench/"))
        .noneMatch(name -> name.startsWith("paperradar/core/fixtures/"))
        .noneMatch(name -> name.matches("(.*/)?Fake[^/]*\\.class"))
        .noneMatch(name -> name.matches(".*(Test|IT)(\\$[^/]*)?\\.class"));
  }
}
