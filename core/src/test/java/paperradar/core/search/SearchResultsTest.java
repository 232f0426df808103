package paperradar.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchResultsTest {

  @Test
  void aCountThatStoppedShowsTheThresholdNeverLucenesLowerBound() {
    assertThat(new SearchResults(10_001, false, List.of()).totalText()).isEqualTo("10,000+");
    assertThat(new SearchResults(77_933, false, List.of()).totalText()).isEqualTo("10,000+");
  }

  @Test
  void anExactCountShowsItself() {
    assertThat(new SearchResults(42, true, List.of()).totalText()).isEqualTo("42");
    assertThat(new SearchResults(12_345, true, List.of()).totalText()).isEqualTo("12,345");
  }
}
