/** The bottom layer: papers, their ids and sightings, and the channels the bot answers in. */
@NullMarked
package paperradar.core.model;

import org.jspecify.annotations.NullMarked;
