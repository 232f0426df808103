/** Benchmarks of the core: ingest, search, topic matching and digest composition. */
@NullMarked
package paperradar.bench.core;

import org.jspecify.annotations.NullMarked;
