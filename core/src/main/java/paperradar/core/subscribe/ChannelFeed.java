package paperradar.core.subscribe;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import paperradar.core.model.ChannelRef;

/**
 * A feed a channel added itself ({@code /papers feed add}).
 *
 * @param format the name of the format to read it as (a {@code --format} name), or empty to detect
 *     it from the content
 * @param addedBy the platform's id of who added it
 */
public record ChannelFeed(
    long id,
    ChannelRef channel,
    String url,
    Optional<String> format,
    String addedBy,
    Instant addedAt) {

  public ChannelFeed {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(addedBy, "addedBy");
    Objects.requireNonNull(addedAt, "addedAt");
  }
}
