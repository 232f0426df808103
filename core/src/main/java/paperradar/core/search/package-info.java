/** The Lucene full-text index of papers and the search queries over it. */
@NullMarked
package paperradar.core.search;

import org.jspecify.annotations.NullMarked;
