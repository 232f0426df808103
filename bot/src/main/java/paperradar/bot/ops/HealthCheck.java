package paperradar.bot.ops;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The container's HEALTHCHECK: exit 0 when /healthz answers 200. The image has a JRE and no curl.
 */
public final class HealthCheck {

  private HealthCheck() {}

  public static void main(String[] args) {
    String url = args.length > 0 ? args[0] : "http://127.0.0.1:8080/healthz";
    try {
      HttpResponse<Void> response =
          HttpClient.newBuilder()
              .connectTimeout(Duration.ofSeconds(3))
              .build()
              .send(
                  HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                  HttpResponse.BodyHandlers.discarding());
      System.exit(response.statusCode() == 200 ? 0 : 1);
    } catch (Exception e) {
      System.exit(1);
    }
  }
}
