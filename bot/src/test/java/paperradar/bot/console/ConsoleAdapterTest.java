package paperradar.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import paperradar.core.command.Command;
import paperradar.core.command.CommandService;
import paperradar.core.reply.Reply;
import paperradar.core.reply.ReplyPart;

/** The console leaves on {@code quit}, {@code exit} and end of input, and reads nothing after. */
class ConsoleAdapterTest {

  private final List<Command> handled = new ArrayList<>();
  private final CommandService service =
      (context, command) -> {
        handled.add(command);
        return Reply.channel(List.of(new ReplyPart.Text("answered")));
      };

  @ParameterizedTest
  @ValueSource(strings = {"quit", "exit", "QUIT", " exit ", "/quit"})
  void aQuitWordEndsTheSessionBeforeTheNextLine(String word) throws Exception {
    StringWriter out = new StringWriter();

    new ConsoleAdapter(service, "console")
        .run(lines("/papers help", word, "/papers help"), new PrintWriter(out));

    assertThat(handled).hasSize(1);
    assertThat(out.toString()).doesNotContain("unknown");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/papers help"})
  void endOfInputEndsTheSession(String line) throws Exception {
    StringWriter out = new StringWriter();

    new ConsoleAdapter(service, "console").run(lines(line), new PrintWriter(out));

    assertThat(handled).hasSize(1);
    assertThat(out.toString())
        .contains("answered")
        .endsWith(ConsoleAdapter.PROMPT + System.lineSeparator());
  }

  private static BufferedReader lines(String... lines) {
    return new BufferedReader(new StringReader(String.join("\n", lines) + "\n"));
  }
}
