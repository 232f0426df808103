/** The operations endpoint: health checks and Prometheus metrics. */
@NullMarked
package paperradar.bot.ops;

import org.jspecify.annotations.NullMarked;
