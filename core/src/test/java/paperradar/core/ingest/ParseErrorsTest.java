package paperradar.core.ingest;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Bad input gets an error that names the input and the line. */
class ParseErrorsTest {

  private static void parse(String name, String text, ListingFormat format)
      throws ListingParseException {
    Parsers.detector()
        .parse(
            text, new ParseContext(name, LocalDate.of(2026, 1, 10)), Optional.ofNullable(format));
  }

  @Test
  void truncatedAimodelsEntryNamesItsLine() {
    String text = "AI Papers\n\nA Title\n\nAn Author\n\nYC\n\n12\n";
    assertThatThrownBy(() -> parse("cut.txt", text, null))
        .isInstanceOf(ListingParseException.class)
        .hasMessageStartingWith("cut.txt:3: truncated entry");
  }

  @Test
  void unreadableAimodelsDate() {
    String text =
        "AI Papers\n\nA Title\n\nAn Author\n\nYC\n\n1\n\nReddit\n\n2\n\nText\n\nRead more\n\n2/30/2024\n";
    assertThatThrownBy(() -> parse("date.txt", text, null))
        .hasMessage("date.txt:19: not a real date: 2/30/2024");
  }

  @Test
  void nonNumericPoints() {
    String text = "AI Papers\n\nA Title\n\nAn Author\n\nYC\n\nlots\n\nRead more\n\n2/3/2024\n";
    assertThatThrownBy(() -> parse("points.txt", text, null))
        .hasMessage("points.txt:9: expected YC points, found \"lots\"");
  }

  @Test
  void hfDailyEntryWithoutDateIsTruncated() {
    String text =
        "Daily Papers\nbyAK and the research community\nDec 8\nA Title\nAn abstract.\n  • 3 authors\n";
    assertThatThrownBy(() -> parse("daily.txt", text, null))
        .hasMessageStartingWith("daily.txt:4: truncated entry");
  }

  @Test
  void hfDailyUnreadableEntryDate() {
    String text =
        "Daily Papers\nbyAK and the research community\nDec 8\nA Title\nAn abstract.\n·\nSmarch 40\n";
    assertThatThrownBy(() -> parse("daily.txt", text, null))
        .hasMessageStartingWith("daily.txt:7: expected a date");
  }

  @Test
  void hfSearchTitleWithoutAbstract() {
    String text =
        "Get trending papers in your email inbox!\nSubscribeA Title\nIts abstract.\nA Lonely Title\n";
    assertThatThrownBy(() -> parse("search.txt", text, null))
        .hasMessageStartingWith("search.txt:4: truncated entry");
  }

  @Test
  void htmlPageIsNoListing() {
    assertThatThrownBy(() -> parse("page.html", "<html><body><p>Hello</p></body></html>", null))
        .hasMessageStartingWith("page.html:1: not a listing paper-radar knows");
  }

  @Test
  void malformedXmlNamesTheLine() {
    String text =
        "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>\n<item><title>A</title>\n</channel></rss>";
    assertThatThrownBy(() -> parse("feed.xml", text, null))
        .hasMessageStartingWith("feed.xml:4: malformed XML");
  }

  @Test
  void feedItemWithoutTitle() {
    String text =
        "<rss version=\"2.0\"><channel>\n<item>\n<link>https://x.example/1</link></item></channel></rss>";
    assertThatThrownBy(() -> parse("feed.xml", text, null))
        .hasMessage("feed.xml:2: <item> has no title");
  }

  @Test
  void truncatedJson() {
    String text = "[{\"paper\":{\"id\":\"2611.01234\",\"title\":\"A\"}},\n{\"paper\":{\"id\":\"26";
    assertThatThrownBy(() -> parse("daily.json", text, null))
        .hasMessageStartingWith("daily.json:2: malformed JSON");
  }

  @Test
  void jsonEntryWithoutTitle() {
    String text = "[\n{\"paper\":{\"id\":\"2611.01234\"}}\n]";
    assertThatThrownBy(() -> parse("daily.json", text, null))
        .hasMessage("daily.json:2: daily paper 1 has no paper.title");
  }

  @Test
  void entitiesAndDoctypesAreRefused() {
    String text =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
            + "<rss version=\"2.0\"><channel><item><title>&x;</title></item></channel></rss>";
    assertThatThrownBy(() -> parse("evil.xml", text, ListingFormat.FEED))
        .isInstanceOf(ListingParseException.class);
  }
}
