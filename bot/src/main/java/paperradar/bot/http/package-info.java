/** The Jetty listener behind everything the bot serves over HTTP. */
@NullMarked
package paperradar.bot.http;

import org.jspecify.annotations.NullMarked;
