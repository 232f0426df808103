package paperradar.bot.config;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Says in the operator's words why a value has the wrong type ({@code must be a whole number, not
 * "abc"}), so that Jackson's own ("Cannot deserialize value of type `int`…") never reaches anyone.
 */
final class ValueTypes {

  private ValueTypes() {}

  /** Why binding refused the value at the exception's path of {@code tree}. */
  static String reason(JsonMappingException e, JsonNode tree) {
    JsonNode value = at(tree, e);
    @Nullable Class<?> type =
        e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
    String expected = expected(type);
    if (value == null || value.isMissingNode() || value.isNull()) {
      return "must be given a value" + (expected == null ? "" : " (" + expected + ")");
    }
    if (expected == null) {
      return "this value cannot be used here: " + shown(value);
    }
    return "must be " + expected + ", not " + shown(value);
  }

  private static @Nullable String expected(@Nullable Class<?> type) {
    if (type == null) {
      return null;
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "a whole number";
    }
    if (type == double.class
        || type == Double.class
        || type == float.class
        || type == Float.class) {
      return "a number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "text";
    }
    if (List.class.isAssignableFrom(type)) {
      return "a list";
    }
    if (type.isRecord()) {
      return "a mapping of keys to values";
    }
    return null;
  }

  private static String shown(JsonNode value) {
    if (value.isObject()) {
      return "a mapping";
    }
    if (value.isArray()) {
      return "a list";
    }
    return "\"" + value.asText() + "\"";
  }

  private static @Nullable JsonNode at(JsonNode tree, JsonMappingException e) {
    JsonNode node = tree;
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (node == null) {
        return null;
      }
      node = ref.getFieldName() != null ? node.get(ref.getFieldName()) : node.get(ref.getIndex());
    }
    return node;
  }
}
