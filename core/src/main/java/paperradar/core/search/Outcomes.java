package paperradar.core.search;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for work another thread of the index did, and getting its failure as thrown there. */
final class Outcomes {

  private Outcomes() {}

  /**
   * The task's result. Its failure is thrown as the task threw it (an I/O error, an unchecked
   * exception or an error), so the caller reports the document's own error, not a wrapper.
   */
  static <T> T await(Future<T> task, String what) throws IOException {
    try {
      return task.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(what + " failed", cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while " + what);
    }
  }
}
