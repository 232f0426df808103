package paperradar.bot.chat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import javax.net.ssl.SSLException;

/**
 * Why a chat adapter could not start, in one line an operator can act on: the platform cannot be
 * reached (and how), or it refused the token. The message never holds a token.
 */
public final class AdapterStartFailure extends Exception {

  public AdapterStartFailure(String reason, Throwable cause) {
    super(reason, cause);
  }

  public AdapterStartFailure(String reason) {
    super(reason);
  }

  /**
   * {@code cannot reach slack.com (DNS)}: a failed connection, said by its kind rather than its
   * stack.
   */
  public static AdapterStartFailure unreachable(String host, IOException e) {
    return new AdapterStartFailure("cannot reach " + host + " (" + kind(e) + ")", e);
  }

  /** {@code the bot token was refused (invalid_auth)}. */
  public static AdapterStartFailure tokenRefused(String what, String platformSays) {
    return new AdapterStartFailure("the " + what + " was refused (" + platformSays + ")");
  }

  private static String kind(IOException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      // Java's HttpClient reports a name that does not resolve as a ConnectException caused by
      // this.
      if (cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException) {
        return "DNS";
      }
    }
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConnectException) {
        return "connection refused";
      }
      if (cause instanceof HttpTimeoutException || cause instanceof SocketTimeoutException) {
        return "timed out";
      }
      if (cause instanceof SSLException) {
        return "TLS: " + cause.getMessage();
      }
    }
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }
}
