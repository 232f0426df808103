/**
 * Channels' topics and settings, stored in SQL behind {@code TopicStore} and {@code ChannelStore}.
 */
@NullMarked
package paperradar.core.subscribe;

import org.jspecify.annotations.NullMarked;
