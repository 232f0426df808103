/**
 * Sends composed digests to channels exactly once, with retries and a ledger of what was delivered.
 */
@NullMarked
package paperradar.core.deliver;

import org.jspecify.annotations.NullMarked;
