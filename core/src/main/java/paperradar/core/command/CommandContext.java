package paperradar.core.command;

import java.util.Objects;
import paperradar.core.model.ChannelRef;

/**
 * Who asked, and where.
 *
 * @param userId the platform's user id (never shown to others, never logged with message text)
 * @param mayChangeChannel whether the asker may change subscriptions and digest settings here
 */
public record CommandContext(ChannelRef channel, String userId, boolean mayChangeChannel) {

  public CommandContext {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(userId, "userId");
  }
}
