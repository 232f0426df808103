package paperradar.bot.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import org.jspecify.annotations.Nullable;

/** JSON output for the command line. */
final class Json {

  private static final JsonFactory FACTORY = new JsonFactory();

  private Json() {}

  /** A pretty-printing generator that leaves the writer open (stdout belongs to the caller). */
  static JsonGenerator prettyGenerator(Writer out) throws IOException {
    JsonGenerator generator = FACTORY.createGenerator(out);
    generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    generator.useDefaultPrettyPrinter();
    return generator;
  }

  static void writeNullableString(JsonGenerator json, String field, @Nullable Object value)
      throws IOException {
    if (value == null) {
      json.writeNullField(field);
    } else {
      json.writeStringField(field, value.toString());
    }
  }
}
