package paperradar.bot.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One configuration key an environment variable can set: {@code PAPERRADAR_} and the key's path in
 * upper snake case, so {@code trending.weights.hackerNews} is set by {@code
 * PAPERRADAR_TRENDING_WEIGHTS_HACKER_NEWS}.
 */
record EnvironmentOverride(String keyPath, String variable) {

  static final String PREFIX = "PAPERRADAR_";

  /**
   * Variables that already mean something else. A key whose name would fall on one of them gets no
   * override, so that adding, say, a {@code data} key cannot make {@code PAPERRADAR_DATA} change
   * meaning.
   */
  static final Set<String> RESERVED =
      Set.of(
          "PAPERRADAR_CONFIG",
          "PAPERRADAR_LOG_LEVEL",
          "PAPERRADAR_LOG_FORMAT",
          "PAPERRADAR_TEST_POSTGRES_URL",
          "PAPERRADAR_BENCH_POSTGRES_URL",
          "PAPERRADAR_JAVA_OPTS",
          "PAPERRADAR_SECRETS_FILE",
          "PAPERRADAR_DATA",
          "PAPERRADAR_DATABASE_URL",
          "PAPERRADAR_SECRETS_KEY");

  /**
   * The overrides of every scalar key in the tree (the bundled defaults), found by walking it so
   * that a key added to the defaults gets its variable with no more code. Lists ({@code sources})
   * have none: one variable's text cannot say a list of mappings.
   */
  static List<EnvironmentOverride> forKeysOf(JsonNode tree) {
    List<EnvironmentOverride> overrides = new ArrayList<>();
    collect(tree, "", overrides);
    return List.copyOf(overrides);
  }

  private static void collect(JsonNode node, String path, List<EnvironmentOverride> overrides) {
    for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      String keyPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
      JsonNode value = field.getValue();
      if (value.isObject()) {
        collect(value, keyPath, overrides);
      } else if (value.isValueNode() && !RESERVED.contains(variableFor(keyPath))) {
        overrides.add(new EnvironmentOverride(keyPath, variableFor(keyPath)));
      }
    }
  }

  /**
   * {@code scheduler.clusterCheckinMillis} → {@code PAPERRADAR_SCHEDULER_CLUSTER_CHECKIN_MILLIS}.
   */
  static String variableFor(String keyPath) {
    return PREFIX
        + keyPath
            .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
            .replace('.', '_')
            .toUpperCase(Locale.ROOT);
  }

  /**
   * Sets the key to the variable's value when the variable is set. The value goes in as text:
   * binding coerces it to the key's type, and refuses it by the key's name when it cannot.
   *
   * @return whether the variable was set
   */
  boolean applyTo(ObjectNode tree, Map<String, String> environment) {
    String value = environment.get(variable);
    if (value == null) {
      return false;
    }
    String[] names = keyPath.split("\\.");
    JsonNode parent = tree;
    for (int i = 0; i < names.length - 1; i++) {
      parent = parent.path(names[i]);
    }
    if (!(parent instanceof ObjectNode parentObject)) {
      // The operator's file made a mapping of the defaults something else; binding says so by its
      // name.
      return false;
    }
    parentObject.set(names[names.length - 1], TextNode.valueOf(value));
    return true;
  }

  /**
   * Whether a value refused at this path (a key, or a mapping whose record checks its keys
   * together) may be this override's.
   */
  boolean isAtOrUnder(String refusedPath) {
    return keyPath.equals(refusedPath) || keyPath.startsWith(refusedPath + ".");
  }

  /** How a message names it: {@code PAPERRADAR_DIGEST_TIME (digest.time)}. */
  String label() {
    return variable + " (" + keyPath + ")";
  }
}
