package paperradar.bot.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import paperradar.core.ingest.ListingParseException;

/**
 * A small sample of listings in the jar, two days of Hugging Face daily papers, loaded into an
 * empty store at {@code run}, so that a newcomer's first {@code /papers trending} already has an
 * answer.
 */
final class SampleListings {

  private static final String FOLDER = "/paperradar/sample/";

  private SampleListings() {}

  /** Loads the sample when the store holds no paper; returns how many papers it holds then. */
  static long loadIntoEmptyStore(Services services) {
    if (services.store().paperCount() > 0) {
      return 0;
    }
    LocalDate today = LocalDate.now(services.clock().withZone(ZoneOffset.UTC));
    ingest(services, "daily-papers-yesterday.json", today.minusDays(1));
    ingest(services, "daily-papers-today.json", today);
    return services.store().paperCount();
  }

  private static void ingest(Services services, String name, LocalDate asOf) {
    try (InputStream in = SampleListings.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks its sample listing " + name);
      }
      services.ingestor().ingest("sample:" + name, in.readAllBytes(), asOf, Optional.empty());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ListingParseException e) {
      throw new IllegalStateException(
          "the jar's sample listing " + name + " is broken: " + e.getMessage(), e);
    }
  }
}
