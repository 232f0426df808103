package paperradar.bot.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import paperradar.core.model.Paper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code export}: every paper as one JSON array, with the fields of the export contract. */
@Command(name = "export", description = "Print every paper as one JSON array.")
final class ExportCommand implements Callable<Integer> {

  @ParentCommand RootCommand root;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    try (Services services = Services.open(root);
        JsonGenerator json = Json.prettyGenerator(out)) {
      json.writeStartArray();
      for (Paper paper : services.store().papers()) {
        PaperJson.write(json, paper);
      }
      json.writeEndArray();
    }
    out.println();
    out.flush();
    return ExitCodes.OK;
  }
}
