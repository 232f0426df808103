/** The benchmarks' command line ({@code paper-radar-bench}) and its reports. */
@NullMarked
package paperradar.bench;

import org.jspecify.annotations.NullMarked;
