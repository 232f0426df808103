package paperradar.bot.cli;

import paperradar.core.model.ChannelRef;
import paperradar.core.model.Platform;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --channel ID}: {@code name} for the console, or {@code platform:workspace:channel}
 * with one of the {@link Platform} ids. An unknown platform is a usage error (exit 2) that names
 * the value and the known platforms.
 */
final class ChannelArgument implements ITypeConverter<ChannelRef> {

  @Override
  public ChannelRef convert(String text) {
    String[] parts = text.split(":", 3);
    if (parts.length == 3 && !parts[0].isBlank() && !parts[2].isBlank()) {
      try {
        return new ChannelRef(Platform.fromId(parts[0]), parts[1], parts[2]);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
    return ChannelRef.console(text);
  }
}
