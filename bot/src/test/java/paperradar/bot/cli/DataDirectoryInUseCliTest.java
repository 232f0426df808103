package paperradar.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryInUseCliTest {

  @TempDir Path data;

  @Test
  void aLockedDataDirectoryIsOneLineAndExitTwo() throws Exception {
    assertThat(CliRun.run(data, "export").exitCode()).isZero();
    Path file = data.resolve("paper-radar.mv.db");
    try (FileChannel channel =
            FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock = channel.lock()) {
      CliRun run = CliRun.run(data, "export");

      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err().strip())
          .startsWith("error: the data directory ")
          .contains("paper-radar.mv.db")
          .doesNotContain("\n")
          .doesNotContain("Exception");
    }
  }
}
