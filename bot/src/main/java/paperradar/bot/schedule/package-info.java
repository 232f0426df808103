/** The Quartz jobs that poll sources and compose and deliver digests on schedule. */
@NullMarked
package paperradar.bot.schedule;

import org.jspecify.annotations.NullMarked;
