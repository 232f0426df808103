package paperradar.core.pipeline;

import paperradar.core.ingest.ListingFormat;
import paperradar.core.store.IngestReport;

/** The result of ingesting one input: its detected format and what the store did. */
public record IngestOutcome(String input, ListingFormat format, IngestReport report) {

  /** One line for the command line: the format found, papers read, how many were new and merged. */
  public String summaryLine() {
    String line =
        "%s: %s, %d read, %d new, %d merged"
            .formatted(input, format.cliName(), report.read(), report.newPapers(), report.merged());
    return report.alreadyStored() ? line + " (already ingested: nothing changed)" : line;
  }
}
