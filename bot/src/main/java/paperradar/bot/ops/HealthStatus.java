package paperradar.bot.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The verdict of {@code /healthz}, from the parts it reports: {@code failing} (503) when the store,
 * the index or the scheduler does not answer; {@code degraded} (still 200: restarting would not
 * help) when a source's last fetch failed or no chat adapter is on, with the reasons; {@code ok}
 * otherwise.
 */
public final class HealthStatus {

  private HealthStatus() {}

  /**
   * Adds {@code status} and {@code reasons} to a /healthz body that already holds {@code adapters}
   * (name to "on" or "off (why)") and {@code sources} (each with {@code url}, {@code
   * consecutiveFailures} and {@code lastError}).
   *
   * @param essentialsAnswer whether the store, the index and the scheduler answered
   */
  public static void write(ObjectNode body, boolean essentialsAnswer) {
    List<String> reasons = reasons(body);
    body.put("status", !essentialsAnswer ? "failing" : reasons.isEmpty() ? "ok" : "degraded");
    ArrayNode list = body.putArray("reasons");
    reasons.forEach(list::add);
  }

  static List<String> reasons(JsonNode body) {
    List<String> reasons = new ArrayList<>();
    boolean anyAdapterOn = false;
    for (JsonNode state : body.path("adapters")) {
      anyAdapterOn |= state.asText().equals("on") || state.asText().startsWith("on ");
    }
    if (!anyAdapterOn) {
      // Headless with no Slack, Discord or webhook: digests are composed for nobody.
      reasons.add("no chat adapter is on");
    }
    for (JsonNode source : body.path("sources")) {
      if (source.path("consecutiveFailures").asInt() > 0) {
        String error =
            source.path("lastError").isTextual() ? ": " + source.path("lastError").asText() : "";
        reasons.add(
            "source "
                + source.path("url").asText()
                + " is failing ("
                + source.path("consecutiveFailures").asInt()
                + " fetches in a row)"
                + error);
      }
    }
    return reasons;
  }
}
