package paperradar.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paperradar.core.ingest.Listing;
import paperradar.core.ingest.ListingEntry;
import paperradar.core.ingest.ListingFormat;
import paperradar.core.pipeline.ListingCaptures;

class EmbeddedDatabaseTest {

  @TempDir Path data;

  @Test
  void reopeningTheDataDirectoryKeepsPapersAndMigratesAgainWithoutError() {
    try (Database database = Database.embedded(data)) {
      new JdbcPaperStore(database)
          .ingest(
              ListingCaptures.capture(
                  "x",
                  new Listing(
                      ListingFormat.HF_SEARCH, List.of(ListingEntry.builder(1, 1, "Kept").build())),
                  Instant.EPOCH,
                  "0".repeat(64)));
    }
    try (Database reopened = Database.embedded(data)) {
      assertThat(new JdbcPaperStore(reopened).paperCount()).isEqualTo(1);
    }
  }

  @Test
  void passwordsNeverReachMessages() {
    assertThat(JdbcUrls.redact("jdbc:postgresql://db/x?user=a&password=s3cret&ssl=true"))
        .isEqualTo("jdbc:postgresql://db/x?user=a&password=***&ssl=true");
    assertThat(JdbcUrls.redact("jdbc:postgresql://bob:s3cret@db/x"))
        .isEqualTo("jdbc:postgresql://bob:***@db/x");
  }
}
