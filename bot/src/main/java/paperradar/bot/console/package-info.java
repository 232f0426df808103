/** The console adapter: commands typed on standard input, replies printed as text. */
@NullMarked
package paperradar.bot.console;

import org.jspecify.annotations.NullMarked;
