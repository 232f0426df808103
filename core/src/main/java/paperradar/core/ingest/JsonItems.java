package paperradar.core.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The items of a JSON listing with the line each starts on: a top-level array, or the array under
 * one field of a top-level object ({@code "data"}, {@code "collection"}). {@code null} items are
 * skipped (a batch answer has them for ids it does not know).
 */
final class JsonItems {

  private static final ObjectMapper JSON =
      new ObjectMapper(
          JsonFactory.builder()
              .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
              .build());

  /** One item and its line. */
  record Item(JsonNode node, int line) {}

  private JsonItems() {}

  /**
   * The items of the array at the top level or under {@code field} (null: top-level array only).
   */
  static List<Item> read(String text, String field, ParseContext context)
      throws ListingParseException {
    List<Item> items = new ArrayList<>();
    try (JsonParser parser = JSON.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == JsonToken.START_OBJECT && field != null) {
        boolean found = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          JsonToken value = parser.nextToken();
          if (name.equals(field) && value == JsonToken.START_ARRAY) {
            readArray(parser, items, context);
            found = true;
          } else {
            parser.skipChildren();
          }
        }
        if (!found) {
          throw context.error(1, "expected a JSON object with a \"" + field + "\" array");
        }
      } else if (first == JsonToken.START_ARRAY) {
        readArray(parser, items, context);
      } else {
        throw context.error(
            line(parser.currentTokenLocation()),
            field == null
                ? "expected a JSON array"
                : "expected a JSON object with a \"" + field + "\" array");
      }
      if (parser.nextToken() != null) {
        throw context.error(
            line(parser.currentTokenLocation()), "unexpected content after the JSON value");
      }
    } catch (IOException e) {
      int line =
          e instanceof JacksonException j && j.getLocation() != null ? line(j.getLocation()) : 1;
      throw context.error(line, "malformed JSON: " + firstLine(e.getMessage()));
    }
    return items;
  }

  private static void readArray(JsonParser parser, List<Item> items, ParseContext context)
      throws IOException, ListingParseException {
    JsonToken token;
    while ((token = parser.nextToken()) == JsonToken.START_OBJECT
        || token == JsonToken.VALUE_NULL) {
      if (token == JsonToken.VALUE_NULL) {
        continue;
      }
      int line = line(parser.currentTokenLocation());
      items.add(new Item(JSON.readTree(parser), line));
    }
    if (token != JsonToken.END_ARRAY) {
      throw context.error(
          line(parser.currentTokenLocation()),
          token == null
              ? "truncated JSON: the array is not closed"
              : "expected an object in the array");
    }
  }

  /** A field's text, when it is a non-blank string. */
  static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isTextual() && !value.asText().isBlank()
        ? Optional.of(value.asText())
        : Optional.empty();
  }

  /** A field's text when it is a string or a number (ids come as either). */
  static Optional<String> scalar(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (value.isNumber()) {
      return Optional.of(value.asText());
    }
    return text(node, field);
  }

  static String head(String text) {
    String stripped = text.stripLeading();
    return stripped.length() > 4_000 ? stripped.substring(0, 4_000) : stripped;
  }

  private static int line(JsonLocation location) {
    return location == null ? 1 : Math.max(1, location.getLineNr());
  }

  private static String firstLine(@Nullable String message) {
    if (message == null) {
      return "unreadable";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
