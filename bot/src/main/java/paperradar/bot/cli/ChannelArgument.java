package paperradar.bot.cli;

import paperradar.core.model.ChannelRef;

/**
 * A channel on the command line: {@code name} for the console, or {@code
 * platform:workspace:channel}.
 */
final class ChannelArgument {

  private ChannelArgument() {}

  static ChannelRef parse(String text) {
    String[] parts = text.split(":", 3);
    if (parts.length == 3 && !parts[0].isBlank() && !parts[2].isBlank()) {
      return new ChannelRef(parts[0], parts[1], parts[2]);
    }
    return ChannelRef.console(text);
  }
}
