package paperradar.core.ingest;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UnreadableTitleTest {

  @Test
  void aTitleOfControlCharactersOnlyIsAParseErrorAtItsLine() {
    String text =
        "[{\"paper\":{\"id\":\"2402.17764\",\"authors\":[],\"publishedAt\":\"2024-02-27T18:56:19.000Z\","
            + "\"title\":\"\\u0000\\u0001\",\"summary\":\"An abstract.\",\"upvotes\":4},"
            + "\"publishedAt\":\"2024-02-28T02:14:00.000Z\"}]";
    ListingParser hfJson =
        Parsers.all().stream()
            .filter(parser -> parser.format() == ListingFormat.HF_JSON)
            .findFirst()
            .orElseThrow();

    assertThatThrownBy(
            () -> hfJson.parse(text, new ParseContext("daily.json", LocalDate.of(2026, 12, 3))))
        .isInstanceOf(ListingParseException.class)
        .hasMessageContaining("daily.json")
        .hasMessageContaining("control characters");
  }
}
