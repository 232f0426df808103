/**
 * Composes a channel's digest of new papers for its topics and renders it through the reply model.
 */
@NullMarked
package paperradar.core.digest;

import org.jspecify.annotations.NullMarked;
