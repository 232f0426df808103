package paperradar.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import paperradar.core.rank.TrendWindow;

/** Words that read as a time window map to the closest window trending takes; topics do not. */
class WindowWordsTest {

  @ParameterizedTest
  @CsvSource({
    "year, MONTH",
    "today, DAY",
    "24h, DAY",
    "7d, WEEK",
    "weekly, WEEK",
    "Monthly, MONTH",
    "2w, WEEK",
    "48h, DAY",
    "90d, MONTH",
    "1y, MONTH",
    "hourly, DAY"
  })
  void aWindowLikeWordMapsToTheClosestWindow(String word, TrendWindow expected) {
    assertThat(WindowWords.closest(word)).hasValue(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"llm", "diffusion", "transformers", "\"year\"", "7b", "gpt4"})
  void aTopicIsNoWindow(String word) {
    assertThat(WindowWords.closest(word)).isEmpty();
  }
}
