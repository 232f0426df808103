package paperradar.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FeedDatesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Thu, 28 Nov 2024 00:00:00 -0500|2024-11-28",
        "Thu, 28 Nov 2024 00:00:00 +0000|2024-11-28",
        "Thu, 28 Nov 2024 23:30:00 -05:00|2024-11-28",
        "Thu, 28 Nov 2024 10:00:00 GMT|2024-11-28",
        "Thu, 28 Nov 2024 10:00:00 UT|2024-11-28",
        "Thu, 28 Nov 2024 10:00:00 UTC|2024-11-28",
        "Thu, 28 Nov 2024 10:00:00 Z|2024-11-28",
        "Mon, 02 Dec 2024 22:30:00 EST|2024-12-02",
        "Mon, 02 Dec 2024 22:30:00 EDT|2024-12-02",
        "Mon, 02 Dec 2024 22:30:00 PST|2024-12-02",
        "Mon, 02 Dec 2024 22:30 PDT|2024-12-02",
        "2 Dec 2024 08:00:00 CET|2024-12-02",
        "Mon, 2 Dec 24 08:00:00 GMT|2024-12-02",
        "02 Dec 2024|2024-12-02",
        "2024-11-28T00:00:00-05:00|2024-11-28",
        "2024-11-28T05:00:00Z|2024-11-28",
        "2024-11-28T05:00:00.123Z|2024-11-28",
        "2024-11-28T05:00:00|2024-11-28",
        "2024-11-28 05:00:00|2024-11-28",
        "2024-11-28|2024-11-28",
      })
  void readsRfc822AndIsoForms(String text, LocalDate expected) {
    assertThat(FeedDates.parse(text)).contains(expected);
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(
      strings = {
        "sometime next week",
        "Thu, 31 Feb 2024 10:00:00 GMT",
        "Thu, 28 Foo 2024 10:00:00 GMT",
        "Thu, 28 Nov 2024 10:00:00 XYZ",
        "2024-13-01",
        ""
      })
  void unreadableDatesAreEmpty(String text) {
    assertThat(FeedDates.parse(text)).isEmpty();
  }
}
