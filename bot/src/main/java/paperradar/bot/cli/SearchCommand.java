package paperradar.bot.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import paperradar.core.search.PaperIndex;
import paperradar.core.search.SearchRequest;
import paperradar.core.search.SearchResults;
import paperradar.core.search.SearchSort;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code search}: full-text search over every paper, with highlighted snippets. */
@Command(
    name = "search",
    description =
        "Search the papers: words, \"phrases\", title:, author:, abstract:, "
            + "AND/OR/NOT, prefix*, since:/until:YYYY-MM-DD.")
final class SearchCommand implements Callable<Integer> {

  @ParentCommand RootCommand root;

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "QUERY",
      arity = "1..*",
      description = "The query; several words are joined.")
  String[] words;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "10",
      description = "Results per page (default: 10).")
  int limit;

  @Option(
      names = "--offset",
      paramLabel = "N",
      defaultValue = "0",
      description = "Results to skip (default: 0).")
  int offset;

  @Option(
      names = "--sort",
      paramLabel = "relevance|date",
      defaultValue = "relevance",
      description = "Order by relevance (default) or by date, newest first.")
  SearchSort sort;

  @Option(
      names = "--json",
      description = "Print a JSON array with title, arxivId, url, score and snippet.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    if (limit < 1 || limit > SearchRequest.MAX_LIMIT || offset < 0) {
      spec.commandLine()
          .getErr()
          .println(
              "error: --limit must be between 1 and "
                  + SearchRequest.MAX_LIMIT
                  + " and --offset not negative");
      return ExitCodes.REFUSED;
    }
    PrintWriter out = spec.commandLine().getOut();
    // The hits carry what is printed (title, id, snippet), so the index is all a search opens.
    try (PaperIndex index = Services.openIndexOnly(root)) {
      SearchResults results =
          index.search(new SearchRequest(String.join(" ", words), limit, offset, sort));
      if (json) {
        writeJson(out, results);
      } else {
        writeText(out, results);
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  private void writeText(PrintWriter out, SearchResults results) {
    out.printf(
        "%s %s%n",
        results.totalText(), results.totalHits() == 1 && results.totalExact() ? "paper" : "papers");
    int rank = offset + 1;
    for (SearchResults.Hit hit : results.hits()) {
      String id = hit.arxivId() == null ? "" : "  arXiv:" + hit.arxivId();
      out.printf("%2d. %s%s%n", rank++, hit.title(), id);
      if (!hit.snippet().isBlank()) {
        out.printf("    %s%n", hit.snippet());
      }
    }
    long shown = offset + results.hits().size();
    if (shown < results.totalHits()) {
      out.printf("(more: --offset %d)%n", shown);
    }
  }

  private static void writeJson(PrintWriter out, SearchResults results) throws IOException {
    try (JsonGenerator json = Json.prettyGenerator(out)) {
      json.writeStartArray();
      for (SearchResults.Hit hit : results.hits()) {
        json.writeStartObject();
        json.writeStringField("title", hit.title());
        Json.writeNullableString(json, "arxivId", hit.arxivId());
        json.writeNumberField("score", hit.score());
        json.writeStringField("snippet", hit.snippet());
        Json.writeNullableString(json, "published", hit.published());
        json.writeNumberField("paperId", hit.paperId());
        json.writeStringField("url", hit.url());
        json.writeNumberField("totalHits", results.totalHits());
        json.writeBooleanField("totalHitsExact", results.totalExact());
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    out.println();
  }
}
