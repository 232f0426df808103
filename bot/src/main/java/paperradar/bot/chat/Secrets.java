package paperradar.bot.chat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import paperradar.bot.config.ConfigException;

/**
 * The chat tokens: from the environment, else from a secrets file of {@code NAME=value} lines (the
 * format of Docker's env files and of a Kubernetes secret mounted as a file). Never from the YAML
 * configuration, which is meant to be committed. {@link #toString()} names the secrets present,
 * never their values, so a secret cannot reach a log by accident.
 */
public final class Secrets {

  public static final String SLACK_BOT_TOKEN = "SLACK_BOT_TOKEN";
  public static final String SLACK_APP_TOKEN = "SLACK_APP_TOKEN";
  public static final String SLACK_SIGNING_SECRET = "SLACK_SIGNING_SECRET";
  public static final String DISCORD_TOKEN = "DISCORD_TOKEN";

  /** The Slack app's client secret, for installs in many workspaces (OAuth). */
  public static final String SLACK_CLIENT_SECRET = "SLACK_CLIENT_SECRET";

  /** Base64 of the 32-byte key that seals the installed workspaces' bot tokens in the store. */
  public static final String SECRETS_KEY = "PAPERRADAR_SECRETS_KEY";

  /** The environment variable naming the secrets file. */
  public static final String SECRETS_FILE = "PAPERRADAR_SECRETS_FILE";

  private static final List<String> NAMES =
      List.of(
          SLACK_BOT_TOKEN,
          SLACK_APP_TOKEN,
          SLACK_SIGNING_SECRET,
          DISCORD_TOKEN,
          SLACK_CLIENT_SECRET,
          SECRETS_KEY);

  private final Map<String, String> values;

  private Secrets(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  public static Secrets none() {
    return new Secrets(Map.of());
  }

  /**
   * Reads the secrets file named by {@code PAPERRADAR_SECRETS_FILE}, if any, then the environment
   * over it.
   */
  public static Secrets load(Map<String, String> environment) {
    Map<String, String> values = new HashMap<>();
    Optional.ofNullable(environment.get(SECRETS_FILE))
        .filter(name -> !name.isBlank())
        .ifPresent(file -> values.putAll(readFile(Path.of(file))));
    for (String name : NAMES) {
      String value = environment.get(name);
      if (value != null && !value.isBlank()) {
        values.put(name, value.strip());
      }
    }
    return new Secrets(values);
  }

  public Optional<String> get(String name) {
    return Optional.ofNullable(values.get(name));
  }

  public boolean has(String name) {
    return values.containsKey(name);
  }

  private static Map<String, String> readFile(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      throw new ConfigException(
          file + " (" + SECRETS_FILE + "): cannot be read (" + e.getClass().getSimpleName() + ")",
          e);
    }
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int equals = line.indexOf('=');
      String name = equals < 0 ? line : line.substring(0, equals).strip();
      if (equals < 0 || !NAMES.contains(name)) {
        // The line may hold a secret: name the line, never echo it.
        throw new ConfigException(
            file
                + ":"
                + (i + 1)
                + ": expected one of "
                + String.join(", ", NAMES)
                + " followed by =value");
      }
      values.put(name, unquote(line.substring(equals + 1).strip()));
    }
    return values;
  }

  private static String unquote(String value) {
    boolean quoted =
        value.length() >= 2
            && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"));
    return quoted ? value.substring(1, value.length() - 1) : value;
  }

  @Override
  public String toString() {
    return "Secrets" + values.keySet().stream().sorted().toList();
  }
}
