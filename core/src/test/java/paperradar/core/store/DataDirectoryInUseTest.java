package paperradar.core.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryInUseTest {

  @TempDir Path dataDir;

  @Test
  void aDataDirectoryLockedByAnotherHolderIsRefusedInOneLineNamingTheLock() throws Exception {
    Database.embedded(dataDir).close();
    Path file = dataDir.resolve(Database.H2_FILE);
    // The lock another process's H2 would hold on the file.
    try (FileChannel channel =
            FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock = channel.lock()) {
      assertThatThrownBy(() -> Database.embedded(dataDir).close())
          .isInstanceOf(DataDirectoryInUseException.class)
          .hasMessage(
              "the data directory "
                  + dataDir.toAbsolutePath()
                  + " is in use by another process, which "
                  + "holds the lock on "
                  + file.toAbsolutePath()
                  + "; stop that process, or give this one another "
                  + "data directory");
    }
  }
}
