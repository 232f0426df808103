/** Matches papers against channels' topics and records the matches. */
@NullMarked
package paperradar.core.topics;

import org.jspecify.annotations.NullMarked;
