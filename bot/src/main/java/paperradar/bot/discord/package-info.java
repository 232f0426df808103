/**
 * The Discord adapter through JDA: the {@code /papers} slash command, embeds and digest delivery.
 */
@NullMarked
package paperradar.bot.discord;

import org.jspecify.annotations.NullMarked;
