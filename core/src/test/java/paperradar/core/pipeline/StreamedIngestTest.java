package paperradar.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paperradar.core.fixtures.CorpusGenerator;
import paperradar.core.fixtures.ListingWriter;
import paperradar.core.ingest.ListingFormat;
import paperradar.core.ingest.ListingInput;
import paperradar.core.ingest.ListingParseException;
import paperradar.core.ingest.Parsers;
import paperradar.core.model.Paper;
import paperradar.core.store.JdbcPaperStore;
import paperradar.core.store.TestDatabase;
import paperradar.core.store.TestDatabase.Kind;

/**
 * Listings parsed while they are stored (the path of every large input): the same papers as a
 * listing held whole, nothing stored when the end of the listing is broken, and errors at their
 * lines. The threshold is 0 here, so small listings take the streamed path.
 */
class StreamedIngestTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 22);
  private static final Instant AT = DAY.atStartOfDay(ZoneOffset.UTC).toInstant();

  @TempDir Path temp;

  @Test
  void aStreamedListingStoresTheSamePapersAsTheListingHeldWhole() throws Exception {
    String listing = ListingWriter.arxivAtom(new CorpusGenerator(11).papers(700));
    List<String> held;
    try (TestDatabase db = TestDatabase.open(Kind.H2, temp.resolve("held"))) {
      JdbcPaperStore store = new JdbcPaperStore(db.database());
      new Ingestor(Parsers.detector(), store, Long.MAX_VALUE)
          .ingest("dump.xml", bytes(listing), DAY, Optional.empty());
      held = describe(store.papers());
    }
    try (TestDatabase db = TestDatabase.open(Kind.H2, temp.resolve("streamed"))) {
      JdbcPaperStore store = new JdbcPaperStore(db.database());
      Ingestor ingestor = new Ingestor(Parsers.detector(), store, 0);

      IngestOutcome outcome = ingest(ingestor, file("dump.xml", listing), IngestProgress.NONE);

      assertThat(outcome.format()).isEqualTo(ListingFormat.ARXIV_ATOM);
      assertThat(outcome.report().read()).isEqualTo(700);
      assertThat(outcome.report().newPapers()).isEqualTo(700);
      assertThat(describe(store.papers())).hasSize(700).isEqualTo(held);

      IngestOutcome again = ingest(ingestor, file("dump.xml", listing), IngestProgress.NONE);
      assertThat(again.report().alreadyStored()).as("the same bytes: the same capture").isTrue();
      assertThat(store.paperCount()).isEqualTo(700);
    }
  }

  @Test
  void aBrokenEndLeavesNothingOfTheListingStoredAndNamesItsLine() throws Exception {
    String listing = ListingWriter.arxivAtom(new CorpusGenerator(12).papers(600));
    // The last entry loses its closing tag: the feed is malformed only at its very end.
    String broken = listing.substring(0, listing.lastIndexOf("  </entry>")) + "</feed>\n";
    int brokenLine = (int) broken.lines().count();
    try (TestDatabase db = TestDatabase.open(Kind.H2, temp)) {
      JdbcPaperStore store = new JdbcPaperStore(db.database());
      Ingestor ingestor = new Ingestor(Parsers.detector(), store, 0);

      assertThatThrownBy(() -> ingest(ingestor, file("broken.xml", broken), IngestProgress.NONE))
          .isInstanceOf(ListingParseException.class)
          .hasMessageStartingWith(
              temp.resolve("broken.xml") + ":" + brokenLine + ": malformed XML");

      assertThat(store.paperCount()).as("nothing half-stored").isZero();
      // The same listing, whole, is then stored as usual: no capture of the failed one is in the
      // way.
      assertThat(ingest(ingestor, file("fixed.xml", listing), IngestProgress.NONE).report().read())
          .isEqualTo(600);
    }
  }

  @Test
  void aByteThatIsNotUtf8IsReportedAtItsLine() throws Exception {
    String listing = ListingWriter.arxivAtom(new CorpusGenerator(13).papers(50));
    byte[] bytes = bytes(listing);
    int at = bytes.length / 2;
    bytes[at] = (byte) 0xC3;
    bytes[at + 1] = (byte) 0x28;
    int line = 1;
    for (int i = 0; i < at; i++) {
      line += bytes[i] == '\n' ? 1 : 0;
    }
    try (TestDatabase db = TestDatabase.open(Kind.H2, temp)) {
      JdbcPaperStore store = new JdbcPaperStore(db.database());
      Ingestor ingestor = new Ingestor(Parsers.detector(), store, 0);
      Path file = temp.resolve("bad.xml");
      Files.write(file, bytes);

      assertThatThrownBy(
              () -> ingest(ingestor, ListingInput.ofFile("bad.xml", file, Long.MAX_VALUE), null))
          .hasMessage("bad.xml:" + line + ": binary data or not UTF-8 text");
      assertThat(store.paperCount()).isZero();
    }
  }

  @Test
  void anEntryTooLargeForAnyPaperIsRefusedAtItsLineBeforeItFillsTheHeap() throws Exception {
    String listing = ListingWriter.arxivAtom(new CorpusGenerator(14).papers(20));
    int at = listing.indexOf("  <entry>", listing.length() / 2);
    int line = (int) listing.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    String huge =
        listing.substring(0, at)
            + "  <entry>\n    <id>http://arxiv.org/abs/2611.00001v1</id>\n    <summary>"
            + "x".repeat(9 * 1024 * 1024)
            + "</summary>\n  </entry>\n"
            + listing.substring(at);
    try (TestDatabase db = TestDatabase.open(Kind.H2, temp)) {
      JdbcPaperStore store = new JdbcPaperStore(db.database());
      Ingestor ingestor = new Ingestor(Parsers.detector(), store, 0);

      assertThatThrownBy(() -> ingest(ingestor, file("huge.xml", huge), IngestProgress.NONE))
          .hasMessageContaining("huge.xml:" + line + ": <entry> holds more than 8 MB of text");
      assertThat(store.paperCount()).isZero();
    }
  }

  @Test
  void aStreamedHuggingFaceJsonListingIsStoredAndItsBrokenEndRefused() throws Exception {
    StringBuilder json = new StringBuilder("[\n");
    for (int i = 1; i <= 300; i++) {
      json.append(i > 1 ? ",\n" : "")
          .append("{\"paper\":{\"id\":\"2611.%05d\",\"title\":\"Paper %d\",".formatted(i, i))
          .append("\"summary\":\"About %d.\",\"upvotes\":%d},\"numComments\":2}".formatted(i, i));
    }
    try (TestDatabase db = TestDatabase.open(Kind.H2, temp)) {
      JdbcPaperStore store = new JdbcPaperStore(db.database());
      Ingestor ingestor = new Ingestor(Parsers.detector(), store, 0);

      assertThatThrownBy(() -> ingest(ingestor, file("cut.json", json.toString()), null))
          .hasMessageContaining("cut.json:301: malformed JSON");
      assertThat(store.paperCount()).isZero();

      IngestOutcome outcome = ingest(ingestor, file("daily.json", json + "\n]\n"), null);
      assertThat(outcome.format()).isEqualTo(ListingFormat.HF_JSON);
      assertThat(store.paperCount()).isEqualTo(300);
    }
  }

  @Test
  void progressCarriesAnEstimateThatNeverReachesTheEndBeforeTheLastEntry() throws Exception {
    String listing = ListingWriter.arxivAtom(new CorpusGenerator(15).papers(2_000));
    try (TestDatabase db = TestDatabase.open(Kind.H2, temp)) {
      Ingestor ingestor = new Ingestor(Parsers.detector(), new JdbcPaperStore(db.database()), 0);
      List<String> phases = new ArrayList<>();
      List<long[]> updates = new ArrayList<>();
      IngestProgress progress =
          new IngestProgress() {
            @Override
            public void update(long done, long total) {
              updates.add(new long[] {done, total});
            }

            @Override
            public void phase(Phase phase, long total) {
              phases.add(phase + " " + total);
            }
          };

      ingest(ingestor, file("dump.xml", listing), progress);

      assertThat(phases).containsExactly("PARSING 0", "STORING -1", "INDEXING 2000");
      assertThat(updates.getLast()).containsExactly(2_000, 2_000);
      List<long[]> before = updates.subList(0, updates.size() - 1);
      assertThat(before).isNotEmpty();
      // Estimated from the bytes read (the parser reads ahead, so it starts low on a small
      // listing):
      // near the real count, and always short of the end.
      assertThat(before)
          .allSatisfy(u -> assertThat(u[1]).isGreaterThan(u[0]).isBetween(1_000L, 2_600L));
      assertThat(before.stream().map(u -> u[0]).toList()).isSorted();
    }
  }

  private IngestOutcome ingest(Ingestor ingestor, ListingInput input, IngestProgress progress)
      throws Exception {
    try (input) {
      return ingestor.ingest(
          input, DAY, AT, Optional.empty(), progress == null ? IngestProgress.NONE : progress);
    }
  }

  private ListingInput file(String name, String text) throws Exception {
    Path file = temp.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return ListingInput.ofFile(file.toString(), file, Long.MAX_VALUE);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> describe(List<Paper> papers) {
    return papers.stream()
        .map(p -> p.arxivId() + " " + p.title() + " " + p.authors() + " " + p.published())
        .sorted()
        .toList();
  }
}
