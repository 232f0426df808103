/** The listing parsers: bytes of a feed, API answer or page in, {@code ListingEntry} values out. */
@NullMarked
package paperradar.core.ingest;

import org.jspecify.annotations.NullMarked;
