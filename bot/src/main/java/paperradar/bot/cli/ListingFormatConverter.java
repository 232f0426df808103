package paperradar.bot.cli;

import java.util.Arrays;
import java.util.Iterator;
import paperradar.core.ingest.ListingFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --format NAME} by the formats' command-line names. */
final class ListingFormatConverter implements ITypeConverter<ListingFormat> {

  @Override
  public ListingFormat convert(String value) {
    return ListingFormat.fromCliName(value)
        .orElseThrow(
            () ->
                new TypeConversionException(
                    "unknown format '" + value + "' (formats: " + ListingFormat.cliNames() + ")"));
  }

  /** The names, for the help text. */
  static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(ListingFormat.values()).map(ListingFormat::cliName).iterator();
    }
  }
}
