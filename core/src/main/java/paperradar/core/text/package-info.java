/** Small text helpers every layer may use, such as redacting secrets from URLs. */
@NullMarked
package paperradar.core.text;

import org.jspecify.annotations.NullMarked;
