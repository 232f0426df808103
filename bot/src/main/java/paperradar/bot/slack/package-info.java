/**
 * The Slack adapter through Bolt: socket or HTTP mode, signed requests, Block Kit replies and
 * delivery.
 */
@NullMarked
package paperradar.bot.slack;

import org.jspecify.annotations.NullMarked;
