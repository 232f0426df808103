package paperradar.bot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Out of the box paper-radar polls Hugging Face and arXiv; a file or one variable turns that off.
 */
class DefaultSourcesTest {

  @TempDir Path temp;

  @Test
  void theDefaultsPollHuggingFaceHourlyAndArxivsFourCategoriesDaily() {
    Settings settings = ConfigLoader.load(Optional.empty(), Map.of());

    assertThat(settings.sources())
        .extracting(
            Settings.SourceSetting::url,
            Settings.SourceSetting::format,
            Settings.SourceSetting::intervalMinutes)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "https://huggingface.co/api/daily_papers", "hf-json", 60),
            org.assertj.core.groups.Tuple.tuple(
                "https://rss.arxiv.org/rss/cs.AI+cs.CL+cs.CV+cs.LG", "arxiv-rss", 1440));
    assertThat(settings.arxiv().apiUrl()).isEqualTo("https://export.arxiv.org/api/query");
  }

  @Test
  void anEmptyListInTheFileTurnsThemOff() throws Exception {
    Path file = Files.writeString(temp.resolve("radar.yaml"), "sources: []\n");

    assertThat(ConfigLoader.load(Optional.of(file), Map.of()).sources()).isEmpty();
  }

  @Test
  void theVariableTurnsOffTheDefaultsButKeepsTheFilesSources() throws Exception {
    Path file =
        Files.writeString(
            temp.resolve("radar.yaml"), "sources:\n  - url: http://127.0.0.1:9/feed.xml\n");

    assertThat(
            ConfigLoader.load(Optional.empty(), Map.of("PAPERRADAR_DEFAULT_SOURCES", "off"))
                .sources())
        .isEmpty();
    assertThat(
            ConfigLoader.load(Optional.of(file), Map.of("PAPERRADAR_DEFAULT_SOURCES", "off"))
                .sources())
        .extracting(Settings.SourceSetting::url)
        .containsExactly("http://127.0.0.1:9/feed.xml");
  }

  @Test
  void aValueOtherThanOnOrOffIsRefusedByName() {
    assertThatThrownBy(
            () -> ConfigLoader.load(Optional.empty(), Map.of("PAPERRADAR_DEFAULT_SOURCES", "no")))
        .isInstanceOf(ConfigException.class)
        .hasMessage("PAPERRADAR_DEFAULT_SOURCES: must be on or off, not \"no\"");
  }

  @Test
  void theArxivApiUrlIsSetByItsVariable() {
    Settings settings =
        ConfigLoader.load(
            Optional.empty(), Map.of("PAPERRADAR_ARXIV_API_URL", "http://127.0.0.1:8/q"));

    assertThat(settings.arxiv().apiUrl()).isEqualTo("http://127.0.0.1:8/q");
  }

  @Test
  void theBaseUrlVariableMovesTheDefaultsToAnotherHostKeepingTheirPaths() throws Exception {
    Settings settings =
        ConfigLoader.load(
            Optional.empty(),
            Map.of("PAPERRADAR_DEFAULT_SOURCES_BASE_URL", "http://127.0.0.1:8099"));

    assertThat(settings.sources())
        .extracting(Settings.SourceSetting::url, Settings.SourceSetting::intervalMinutes)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("http://127.0.0.1:8099/api/daily_papers", 60),
            org.assertj.core.groups.Tuple.tuple(
                "http://127.0.0.1:8099/rss/cs.AI+cs.CL+cs.CV+cs.LG", 1440));
    Path file =
        Files.writeString(
            temp.resolve("radar.yaml"), "sources:\n  - url: https://example.org/feed.xml\n");
    assertThat(
            ConfigLoader.load(
                    Optional.of(file),
                    Map.of("PAPERRADAR_DEFAULT_SOURCES_BASE_URL", "http://127.0.0.1:8099"))
                .sources())
        .extracting(Settings.SourceSetting::url)
        .as("a file's own sources are not moved")
        .containsExactly("https://example.org/feed.xml");
    assertThat(
            ConfigLoader.load(
                    Optional.empty(),
                    Map.of(
                        "PAPERRADAR_DEFAULT_SOURCES_BASE_URL", "http://127.0.0.1:8099",
                        "PAPERRADAR_DEFAULT_SOURCES", "off"))
                .sources())
        .as("off wins: there is nothing to move")
        .isEmpty();
  }

  @Test
  void aBaseUrlWithAPathIsRefusedByName() {
    assertThatThrownBy(
            () ->
                ConfigLoader.load(
                    Optional.empty(),
                    Map.of("PAPERRADAR_DEFAULT_SOURCES_BASE_URL", "http://127.0.0.1:8099/mirror")))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "PAPERRADAR_DEFAULT_SOURCES_BASE_URL: must be http(s)://host[:port] with no path, not"
                + " \"http://127.0.0.1:8099/mirror\"");
  }
}
