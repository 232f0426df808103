package paperradar.core.subscribe;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import paperradar.core.model.ChannelRef;

/**
 * Channels' digest settings. A channel without stored settings has the defaults; they are stored
 * the first time anything about the channel is set (a setting, a subscription).
 */
public interface ChannelStore {

  /** The channel's stored settings, or the defaults when nothing was ever set there. */
  ChannelSettings settings(ChannelRef channel);

  /** The channel's stored settings: empty when nobody ever set anything there. */
  Optional<ChannelSettings> stored(ChannelRef channel);

  /** Every channel with stored settings, those not wanting digests included. */
  List<ChannelSettings> all();

  /** Changes a channel's settings and stores them; returns what was stored. */
  ChannelSettings update(ChannelRef channel, UnaryOperator<ChannelSettings> change);
}
