package paperradar.bot.chat;

import paperradar.core.deliver.DigestSender;
import paperradar.core.model.Platform;

/**
 * A chat platform the bot is connected to: it answers {@code /papers} there and posts digests
 * there. {@link #start()} returns once the adapter listens; {@link #close()} disconnects.
 */
public interface ChatAdapter extends AutoCloseable {

  /** The platform of the channels it serves. */
  Platform platform();

  void start() throws Exception;

  /** Posts digests to this platform's channels. */
  DigestSender digestSender();

  /** One line for the health endpoint and the start-up log, e.g. {@code on (socket mode)}. */
  String describe();

  @Override
  void close();
}
