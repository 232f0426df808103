/**
 * The paper store: papers, captures and sightings in SQL (H2 or PostgreSQL), behind {@code
 * PaperStore}.
 */
@NullMarked
package paperradar.core.store;

import org.jspecify.annotations.NullMarked;
