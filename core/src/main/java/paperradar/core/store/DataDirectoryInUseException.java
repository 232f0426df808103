package paperradar.core.store;

import java.nio.file.Path;

/**
 * The embedded database's data directory is locked by another process: the user's to fix (stop the
 * other process or choose another directory), so it is told in one line, not a stack trace.
 */
public final class DataDirectoryInUseException extends RuntimeException {

  public DataDirectoryInUseException(Path dataDir, Path lockedFile, Throwable cause) {
    super(
        "the data directory "
            + dataDir
            + " is in use by another process, which holds the lock on "
            + lockedFile
            + "; stop that process, or give this one another data directory",
        cause);
  }
}
