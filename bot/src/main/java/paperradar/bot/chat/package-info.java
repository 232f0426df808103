/** What the chat adapters share: the adapter contract, mention guarding and secret handling. */
@NullMarked
package paperradar.bot.chat;

import org.jspecify.annotations.NullMarked;
