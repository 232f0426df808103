package paperradar.bot.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.status.StatusUtil;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The production logback.xml, configured into a context of its own: the JVM's own logging was set
 * up from logback-test.xml at start, and read the real environment then.
 */
class LogFormatTest {

  /** A context of its own configured from logback.xml, with this log format (none: the default). */
  private static LoggerContext configured(Optional<String> format) throws JoranException {
    LoggerContext context = new LoggerContext();
    context.setMDCAdapter(new LogbackMDCAdapter());
    format.ifPresent(value -> context.putProperty("PAPERRADAR_LOG_FORMAT", value));
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    configurator.doConfigure(LogFormatTest.class.getResource("/logback.xml"));
    return context;
  }

  /** Logs one warning through logback.xml with this log format; what stderr got. */
  private static String logOneWarning(Optional<String> format) throws JoranException {
    PrintStream stderr = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    // The console appender writes to whatever System.err is when it logs, so the swap catches its
    // output.
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    LoggerContext context = null;
    try {
      context = configured(format);
      context.getLogger("paperradar.test").warn("digest for {} skipped", "console");
    } finally {
      System.setErr(stderr);
      if (context != null) {
        context.stop();
      }
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  @Test
  void jsonFormatWritesOneJsonObjectPerLine() throws JoranException, IOException {
    String output = logOneWarning(Optional.of("json"));

    assertThat(output.lines()).hasSize(1);
    JsonNode line = new ObjectMapper().readTree(output);
    assertThat(line.get("level").asText()).isEqualTo("WARN");
    assertThat(line.get("formattedMessage").asText()).isEqualTo("digest for console skipped");
    assertThat(line.get("loggerName").asText()).isEqualTo("paperradar.test");
    assertThat(line.get("timestamp").isNumber()).isTrue();
  }

  @Test
  void textIsTheDefault() throws JoranException {
    String output = logOneWarning(Optional.empty());

    assertThat(output)
        .matches(
            "\\d\\d:\\d\\d:\\d\\d\\.\\d{3} WARN  paperradar.test - digest for console skipped\\R");
  }

  @Test
  void onlyThePickedAppenderIsAttached() throws JoranException {
    LoggerContext context = configured(Optional.of("json"));
    try {
      Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
      assertThat(root.getAppender("STDERR_json")).isNotNull();
      assertThat(root.getAppender("STDERR_text")).isNull();
      // A warning in logback's own status makes it print its whole status report at every start.
      assertThat(new StatusUtil(context).getHighestLevel(0)).isLessThan(Status.WARN);
    } finally {
      context.stop();
    }
  }
}
