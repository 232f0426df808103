/** Polls the configured sources on a schedule and keeps each source's health. */
@NullMarked
package paperradar.core.poll;

import org.jspecify.annotations.NullMarked;
