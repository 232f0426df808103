package paperradar.bot.schedule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The packaged bot running headless in its own JVM, as an operator runs it. */
public final class BotProcess implements AutoCloseable {

  private final Process process;

  private BotProcess(Process process) {
    this.process = process;
  }

  /**
   * The chat secrets a developer's shell may hold; a test process gets only those the test gives
   * it.
   */
  private static final List<String> SECRETS =
      List.of(
          "SLACK_BOT_TOKEN",
          "SLACK_APP_TOKEN",
          "SLACK_SIGNING_SECRET",
          "DISCORD_TOKEN",
          "PAPERRADAR_SECRETS_FILE");

  public static BotProcess start(Path log, String... args) throws IOException {
    return start(log, java.util.Map.of(), args);
  }

  /**
   * Starts {@code run --headless} with these global options and these environment variables added.
   */
  public static BotProcess start(
      Path log, java.util.Map<String, String> environment, String... args) throws IOException {
    return start(log, environment, true, args);
  }

  /**
   * Starts {@code run} with its console on: what {@link #console()} writes is typed at its prompt,
   * and the console's answers go to the log with everything else. Closing the console is Ctrl-D.
   */
  public static BotProcess startWithConsole(
      Path log, java.util.Map<String, String> environment, String... args) throws IOException {
    return start(log, environment, false, args);
  }

  public java.io.Writer console() {
    return new java.io.OutputStreamWriter(
        process.getOutputStream(), java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Waits for the process to end by itself; its exit code, or -1 when it did not end in time. */
  public int awaitExit(java.time.Duration timeout) throws InterruptedException {
    return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
  }

  private static BotProcess start(
      Path log, java.util.Map<String, String> environment, boolean headless, String... args)
      throws IOException {
    Path jar = Path.of(System.getProperty("paperradar.jar", "target/paper-radar.jar"));
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-jar",
                jar.toString()));
    command.addAll(List.of(args));
    command.add("run");
    if (headless) {
      command.add("--headless");
    }
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    SECRETS.forEach(builder.environment()::remove);
    // The bundled default sources poll the internet; a test's bot polls only what its own config
    // names.
    builder.environment().put("PAPERRADAR_DEFAULT_SOURCES", "off");
    builder.environment().putAll(environment);
    Process process = builder.start();
    return new BotProcess(process);
  }

  /**
   * The last lines of a process log, for a failure message: CI keeps the test's output but not its
   * temporary files, so a log that only names its path is lost with them.
   */
  public static String logTail(Path log, int lines) {
    try {
      List<String> all = Files.readAllLines(log);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(no log at " + log + ": " + e.getMessage() + ")";
    }
  }

  /** kill -9: no shutdown hook runs, nothing is flushed or closed. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** "running" or "dead", for failure messages. */
  public String state() {
    return isAlive() ? "running" : "dead";
  }

  /** A polite stop (SIGTERM): running jobs finish. */
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      kill();
    }
  }
}
