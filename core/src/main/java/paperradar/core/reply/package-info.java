/** What an answer says, independent of any chat platform: replies, paper cards and their parts. */
@NullMarked
package paperradar.core.reply;

import org.jspecify.annotations.NullMarked;
