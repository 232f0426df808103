/** Benchmarks of the chat adapters: command latency and Discord delivery. */
@NullMarked
package paperradar.bench.chat;

import org.jspecify.annotations.NullMarked;
