/**
 * The typed commands the core answers, their text grammar and usage, and the entry point that
 * handles them.
 */
@NullMarked
package paperradar.core.command;

import org.jspecify.annotations.NullMarked;
