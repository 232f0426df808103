package paperradar.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever bytes arrive, a parser returns a listing or throws {@link ListingParseException}: never
 * a runtime exception from an index, a number, a date or an XML/JSON library.
 */
class ParsersNeverThrowUnexpectedlyTest {

  private static final List<String> FIXTURES =
      List.of(
          "aimodels.txt",
          "hf-daily.txt",
          "hf-search.txt",
          "summary-page.txt",
          "arxiv-atom.xml",
          "arxiv-atom-legacy.xml",
          "arxiv-rss.xml",
          "hf-daily-papers.json",
          "generic-rss.xml",
          "generic-atom.xml",
          "arxiv_rss_day.xml",
          "arxiv_rdf_legacy.xml",
          "hf_daily_2024.json",
          "biorxiv_details.json",
          "feed_zone_dates.xml",
          "s2_search.json",
          "pubmed_efetch.xml");

  private static final ParseContext CONTEXT = new ParseContext("fuzz", LocalDate.of(2026, 11, 22));

  private static byte[] fixtureBytes(String name) {
    try (InputStream in =
        ParsersNeverThrowUnexpectedlyTest.class.getResourceAsStream("/listings/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs the text through every parser and detection, as ingest would. */
  private static void parseEverywhere(byte[] bytes) {
    String text;
    try {
      text = ListingText.decode(bytes, "fuzz");
    } catch (ListingParseException refused) {
      text = new String(bytes, StandardCharsets.UTF_8);
    }
    for (ListingParser parser : Parsers.all()) {
      parser.recognizes(text);
      try {
        Listing listing = parser.parse(text, CONTEXT);
        assertThat(listing.format()).isEqualTo(parser.format());
      } catch (ListingParseException expected) {
        assertThat(expected.line()).isPositive();
      }
    }
  }

  @Property(tries = 300)
  void arbitraryTextNeverBreaksAParser(@ForAll("listingLikeText") String text) {
    parseEverywhere(text.getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 400)
  void truncatedFixturesNeverBreakAParser(@ForAll("truncations") byte[] bytes) {
    parseEverywhere(bytes);
  }

  @Property(tries = 400)
  void mutatedFixturesNeverBreakAParser(@ForAll("mutations") byte[] bytes) {
    parseEverywhere(bytes);
  }

  @Provide
  Arbitrary<String> listingLikeText() {
    Arbitrary<String> pieces =
        Arbitraries.of(
            "YC",
            "Reddit",
            "Read more",
            "·",
            "  • 3 authors",
            "Dec 8",
            "Jul 17 3",
            "Feb 30, 2024 1",
            "5/8/2024",
            "13/45/2026",
            "Page 1 of 2",
            "AI Papers",
            "Daily Papers",
            "byAK and the research community",
            "Key Insights Distilled From",
            "https://arxiv.org/abs/2403.18415v2",
            "by X... at arxiv.org 99-99-2024",
            "Get trending papers in your email inbox!",
            "SubscribeA title",
            "<rss version=\"2.0\"><channel><item>",
            "</item>",
            "<feed xmlns=\"http://www.w3.org/2005/Atom\">",
            "<entry><id>http://arxiv.org/api/errors#x</id>",
            "<title>",
            "</title>",
            "[{\"paper\":{",
            "\"title\":",
            "\"upvotes\":\"many\"",
            "}]",
            "1.2k",
            "999999999999999999999",
            "",
            "\u0000",
            "\uFEFF",
            "😀");
    Arbitrary<String> any = Arbitraries.strings().ofMaxLength(40);
    return Arbitraries.oneOf(pieces, pieces, any)
        .list()
        .ofMaxSize(60)
        .map(lines -> String.join("\n", lines));
  }

  @Provide
  Arbitrary<byte[]> truncations() {
    return Arbitraries.of(FIXTURES)
        .flatMap(
            name -> {
              byte[] bytes = fixtureBytes(name);
              return Arbitraries.integers()
                  .between(0, bytes.length)
                  .map(end -> java.util.Arrays.copyOf(bytes, end));
            });
  }

  @Provide
  Arbitrary<byte[]> mutations() {
    return Arbitraries.of(FIXTURES)
        .flatMap(
            name -> {
              byte[] original = fixtureBytes(name);
              Arbitrary<Integer> position = Arbitraries.integers().between(0, original.length - 1);
              Arbitrary<Byte> value = Arbitraries.bytes();
              return Combinators.combine(
                      position.list().ofMinSize(1).ofMaxSize(8), value.list().ofSize(8))
                  .as(
                      (positions, values) -> {
                        byte[] bytes = original.clone();
                        for (int i = 0; i < positions.size(); i++) {
                          bytes[positions.get(i)] = values.get(i);
                        }
                        return bytes;
                      });
            });
  }
}
