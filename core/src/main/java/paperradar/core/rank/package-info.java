/** Ranks papers for trending from their sightings and signals. */
@NullMarked
package paperradar.core.rank;

import org.jspecify.annotations.NullMarked;
