package paperradar.bot.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads the configuration: the defaults bundled in the jar (the same file as {@code
 * config/paper-radar.yaml}), then the operator's file over them, then {@code PAPERRADAR_*}
 * environment variables over both (see {@link EnvironmentOverride}). Unknown keys and unusable
 * values are refused by name.
 */
public final class ConfigLoader {

  static final String DEFAULTS = "/paperradar/paper-radar.yaml";

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          // 1.5 for a whole-number key is a mistake to name, not a value to truncate.
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

  private ConfigLoader() {}

  public static Settings defaults() {
    return load(Optional.empty());
  }

  /** The configuration with this process's environment. */
  public static Settings load(Optional<Path> file) {
    return load(file, System.getenv());
  }

  public static Settings load(Optional<Path> file, Map<String, String> environment) {
    ObjectNode merged = readDefaults();
    withoutDefaultSources(merged, environment);
    moveDefaultSources(merged, environment);
    List<EnvironmentOverride> overridable = EnvironmentOverride.forKeysOf(merged);
    String name = "the bundled defaults";
    if (file.isPresent()) {
      name = file.get().toString();
      merge(merged, readFile(file.get()));
    }
    List<EnvironmentOverride> applied =
        overridable.stream().filter(override -> override.applyTo(merged, environment)).toList();
    try {
      return YAML.treeToValue(merged, Settings.class);
    } catch (UnrecognizedPropertyException e) {
      throw new ConfigException(
          name
              + ": unknown key "
              + keyPath(e)
              + " (known here: "
              + e.getKnownPropertyIds().stream()
                  .map(String::valueOf)
                  .sorted()
                  .collect(Collectors.joining(", "))
              + ")",
          e);
    } catch (JsonMappingException e) {
      String reason =
          e.getCause() instanceof IllegalArgumentException invalid
              ? firstLine(invalid.getMessage())
              : ValueTypes.reason(e, merged);
      List<String> variables =
          applied.stream()
              .filter(override -> override.isAtOrUnder(keyPath(e)))
              .map(EnvironmentOverride::label)
              .toList();
      if (!variables.isEmpty()) {
        // A record such as digest checks its keys together: every variable set under it may be the
        // one.
        throw new ConfigException(String.join(", ", variables) + ": " + reason, e);
      }
      throw new ConfigException(name + ": " + keyPath(e) + ": " + reason, e);
    } catch (JsonProcessingException e) {
      throw new ConfigException(name + ": " + firstLine(e.getOriginalMessage()), e);
    }
  }

  private static ObjectNode readDefaults() {
    try (InputStream in = ConfigLoader.class.getResourceAsStream(DEFAULTS)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks its default configuration " + DEFAULTS);
      }
      return (ObjectNode) YAML.readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException("the jar's default configuration cannot be read", e);
    }
  }

  private static JsonNode readFile(Path file) {
    try {
      JsonNode tree = YAML.readTree(Files.readString(file));
      if (tree == null || tree.isMissingNode() || tree.isNull()) {
        return YAML.createObjectNode();
      }
      if (!tree.isObject()) {
        throw new ConfigException(file + ": the configuration must be a mapping of keys to values");
      }
      return tree;
    } catch (NoSuchFileException e) {
      throw new ConfigException(file + ": no such configuration file", e);
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      String line = where == null ? "" : ":" + where.getLineNr();
      throw new ConfigException(file + line + ": " + firstLine(e.getOriginalMessage()), e);
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  /** Lays {@code over} onto {@code base}: mappings merge key by key, anything else replaces. */
  /**
   * The variable that turns the bundled default sources off; a configuration file's sources still
   * count.
   */
  static final String DEFAULT_SOURCES_VARIABLE = "PAPERRADAR_DEFAULT_SOURCES";

  /**
   * {@code PAPERRADAR_DEFAULT_SOURCES=off} empties the bundled {@code sources} (tests and offline
   * installations set it, so that nothing polls the internet unless a configuration file asks).
   */
  private static void withoutDefaultSources(ObjectNode defaults, Map<String, String> environment) {
    String value = environment.get(DEFAULT_SOURCES_VARIABLE);
    if (value == null || value.isBlank() || value.strip().equals("on")) {
      return;
    }
    if (!value.strip().equals("off")) {
      throw new ConfigException(
          DEFAULT_SOURCES_VARIABLE + ": must be on or off, not \"" + value + "\"");
    }
    defaults.set("sources", defaults.arrayNode());
  }

  /**
   * The variable that points the bundled default sources at another host: a mirror, or a test's
   * local server. Each default URL keeps its path and query; only scheme, host and port change.
   */
  static final String DEFAULT_SOURCES_BASE_VARIABLE = "PAPERRADAR_DEFAULT_SOURCES_BASE_URL";

  /**
   * {@code PAPERRADAR_DEFAULT_SOURCES_BASE_URL=http://127.0.0.1:8080} turns {@code
   * https://huggingface.co/api/daily_papers} into {@code http://127.0.0.1:8080/api/daily_papers},
   * so the defaults themselves (their paths, formats and intervals) can be exercised offline.
   */
  private static void moveDefaultSources(ObjectNode defaults, Map<String, String> environment) {
    String value = environment.get(DEFAULT_SOURCES_BASE_VARIABLE);
    if (value == null || value.isBlank()) {
      return;
    }
    URI base;
    try {
      base = new URI(value.strip());
    } catch (URISyntaxException e) {
      throw new ConfigException(
          DEFAULT_SOURCES_BASE_VARIABLE + ": not a URL: \"" + value + "\"", e);
    }
    if (base.getScheme() == null
        || !(base.getScheme().equals("http") || base.getScheme().equals("https"))
        || base.getRawAuthority() == null
        || !(base.getRawPath() == null
            || base.getRawPath().isEmpty()
            || base.getRawPath().equals("/"))) {
      throw new ConfigException(
          DEFAULT_SOURCES_BASE_VARIABLE
              + ": must be http(s)://host[:port] with no path, not \""
              + value
              + "\"");
    }
    if (!(defaults.get("sources")
        instanceof com.fasterxml.jackson.databind.node.ArrayNode sources)) {
      return;
    }
    for (JsonNode source : sources) {
      if (source instanceof ObjectNode entry && entry.get("url") != null) {
        URI url = URI.create(entry.get("url").asText());
        String pathAndQuery =
            url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        entry.put("url", base.getScheme() + "://" + base.getRawAuthority() + pathAndQuery);
      }
    }
  }

  static void merge(ObjectNode base, JsonNode over) {
    for (Iterator<Map.Entry<String, JsonNode>> fields = over.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode existing = base.get(field.getKey());
      if (existing instanceof ObjectNode existingObject && field.getValue().isObject()) {
        merge(existingObject, field.getValue());
      } else {
        base.set(field.getKey(), field.getValue());
      }
    }
  }

  private static String keyPath(JsonMappingException e) {
    return e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }

  private static String firstLine(@Nullable String message) {
    if (message == null) {
      return "null";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
