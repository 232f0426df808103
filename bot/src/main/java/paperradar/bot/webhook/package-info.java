/** Delivers digests to a generic HTTP webhook as JSON. */
@NullMarked
package paperradar.bot.webhook;

import org.jspecify.annotations.NullMarked;
