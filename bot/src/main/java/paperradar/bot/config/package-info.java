/**
 * Reads and validates {@code paper-radar.yaml} and its environment overrides into {@code Settings}.
 */
@NullMarked
package paperradar.bot.config;

import org.jspecify.annotations.NullMarked;
