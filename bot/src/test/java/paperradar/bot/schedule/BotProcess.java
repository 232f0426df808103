package paperradar.bot.schedule;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The packaged bot running headless in its own JVM, as an operator runs it. */
final class BotProcess implements AutoCloseable {

  private final Process process;

  private BotProcess(Process process) {
    this.process = process;
  }

  static BotProcess start(Path log, String... args) throws IOException {
    Path jar = Path.of(System.getProperty("paperradar.jar", "target/paper-radar.jar"));
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-jar", jar.toString()));
    command.addAll(List.of(args));
    command.add("run");
    command.add("--headless");
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    return new BotProcess(process);
  }

  /** kill -9: no shutdown hook runs, nothing is flushed or closed. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  long pid() {
    return process.pid();
  }

  boolean isAlive() {
    return process.isAlive();
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
