/** Ingest end to end: parsed listings into the store, the search index and the topic matcher. */
@NullMarked
package paperradar.core.pipeline;

import org.jspecify.annotations.NullMarked;
