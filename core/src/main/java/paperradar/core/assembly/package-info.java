/**
 * Builds the whole core (the {@code RadarCore}) from a data source, an index directory, a clock and
 * the settings.
 */
@NullMarked
package paperradar.core.assembly;

import org.jspecify.annotations.NullMarked;
