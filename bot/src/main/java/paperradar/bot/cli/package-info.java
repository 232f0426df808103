/** The {@code paper-radar} command line (picocli) and the wiring of the running bot. */
@NullMarked
package paperradar.bot.cli;

import org.jspecify.annotations.NullMarked;
