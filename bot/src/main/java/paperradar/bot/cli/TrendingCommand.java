package paperradar.bot.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import paperradar.core.rank.TrendWindow;
import paperradar.core.rank.TrendingEntry;
import paperradar.core.rank.TrendingService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code trending}: the papers whose signals grew fastest in a window, each with its why. */
@Command(name = "trending", description = "Show what is trending, and why.")
final class TrendingCommand implements Callable<Integer> {

  @ParentCommand RootCommand root;

  @Spec CommandSpec spec;

  @Option(
      names = "--window",
      paramLabel = "day|week|month",
      defaultValue = "day",
      description = "How far back growth counts: day, week or month (default: day).")
  TrendWindow window;

  @Option(
      names = "--topic",
      paramLabel = "QUERY",
      description = "Only papers this search query matches.")
  String topic;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "10",
      description = "How many papers (default: 10).")
  int limit;

  @Option(
      names = "--at",
      paramLabel = "INSTANT",
      description = "Rank as of this moment, e.g. 2026-11-22T08:00:00Z (default: now).")
  Instant at;

  @Option(
      names = "--json",
      description = "Print a JSON array with title, arxivId, url, score, why and sparkline.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    if (limit < 1 || limit > 100) {
      spec.commandLine().getErr().println("error: --limit must be between 1 and 100, not " + limit);
      return ExitCodes.REFUSED;
    }
    PrintWriter out = spec.commandLine().getOut();
    try (Services services = Services.open(root)) {
      Clock clock = at == null ? services.clock() : Clock.fixed(at, ZoneOffset.UTC);
      TrendingService trending =
          new TrendingService(
              services.store(), services.index(), services.settings().trending().toConfig(), clock);
      List<TrendingEntry> entries = trending.trending(window, Optional.ofNullable(topic), limit);
      if (json) {
        writeJson(out, entries);
      } else {
        writeText(out, entries);
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  private void writeText(PrintWriter out, List<TrendingEntry> entries) {
    if (entries.isEmpty()) {
      out.println(
          "Nothing was seen in the last "
              + window.label()
              + (topic == null ? "." : " that matches " + topic + "."));
      return;
    }
    int rank = 1;
    for (TrendingEntry entry : entries) {
      String id =
          entry.paper().arxivId() == null ? "" : "  arXiv:" + entry.paper().arxivId().value();
      out.printf("%2d. %s%s%n", rank++, entry.paper().title(), id);
      out.printf("    %s%n", entry.sparkAndWhy());
    }
  }

  private static void writeJson(PrintWriter out, List<TrendingEntry> entries) throws IOException {
    try (JsonGenerator json = Json.prettyGenerator(out)) {
      json.writeStartArray();
      for (TrendingEntry entry : entries) {
        json.writeStartObject();
        json.writeStringField("title", entry.paper().title());
        Json.writeNullableString(json, "arxivId", entry.paper().arxivId());
        json.writeNumberField("score", entry.score());
        json.writeStringField("why", entry.why());
        json.writeStringField("sparkline", entry.sparkline());
        json.writeNumberField("paperId", entry.paper().id());
        json.writeStringField("url", entry.paper().url());
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    out.println();
  }
}
