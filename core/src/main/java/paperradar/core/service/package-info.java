/** The handlers that answer each command, over the core's stores, index and jobs. */
@NullMarked
package paperradar.core.service;

import org.jspecify.annotations.NullMarked;
