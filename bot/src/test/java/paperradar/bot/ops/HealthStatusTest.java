package paperradar.bot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** /healthz is ok, degraded with its reasons, or failing. */
class HealthStatusTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static ObjectNode body(String adapters, String sources) throws Exception {
    return (ObjectNode)
        JSON.readTree("{\"adapters\":" + adapters + ",\"sources\":" + sources + "}");
  }

  private static final String HEALTHY_SOURCE =
      "[{\"url\":\"https://a.example/feed\",\"consecutiveFailures\":0,\"lastError\":null}]";

  @Test
  void anAdapterOnAndEverySourceFetchingIsOk() throws Exception {
    ObjectNode body = body("{\"slack\":\"on\",\"console\":\"off (--headless)\"}", HEALTHY_SOURCE);

    HealthStatus.write(body, true);

    assertThat(body.get("status").asText()).isEqualTo("ok");
    assertThat(body.get("reasons")).isEmpty();
  }

  @Test
  void headlessWithNoChatAdapterIsDegraded() throws Exception {
    ObjectNode body =
        body(
            "{\"slack\":\"off (no SLACK_BOT_TOKEN)\",\"discord\":\"off (no DISCORD_TOKEN)\","
                + "\"console\":\"off (--headless)\",\"webhook\":\"off (no webhook.url)\"}",
            HEALTHY_SOURCE);

    HealthStatus.write(body, true);

    assertThat(body.get("status").asText()).isEqualTo("degraded");
    assertThat(body.get("reasons").toString()).isEqualTo("[\"no chat adapter is on\"]");
  }

  @Test
  void aFailingSourceIsDegradedWithItsError() throws Exception {
    ObjectNode body =
        body(
            "{\"webhook\":\"on\"}",
            "[{\"url\":\"https://b.example/rss\",\"consecutiveFailures\":3,\"lastError\":\"HTTP 503\"}]");

    HealthStatus.write(body, true);

    assertThat(body.get("status").asText()).isEqualTo("degraded");
    assertThat(body.get("reasons").get(0).asText())
        .isEqualTo("source https://b.example/rss is failing (3 fetches in a row): HTTP 503");
  }

  @Test
  void essentialsNotAnsweringIsFailingWhateverElse() throws Exception {
    ObjectNode body = body("{\"slack\":\"on\"}", HEALTHY_SOURCE);

    HealthStatus.write(body, false);

    assertThat(body.get("status").asText()).isEqualTo("failing");
  }
}
