/**
 * Retrying after failures: exponential backoff with full jitter, shared by delivery and polling.
 */
@NullMarked
package paperradar.core.retry;

import org.jspecify.annotations.NullMarked;
