package paperradar.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The SSRF rule with the real policy (public addresses only) and a resolver of our own, so that no
 * test asks a DNS server anything.
 */
class UrlGuardTest {

  private static final Map<String, String> NAMES =
      Map.of(
          "papers.example.org", "93.184.216.34",
          "sneaky.example.org", "127.0.0.1",
          "intranet.example.org", "10.1.2.3",
          "metadata.example.org", "169.254.169.254",
          "v6-private.example.org", "fd12:3456::1");

  private final UrlGuard guard =
      new UrlGuard(
          host -> {
            String address = NAMES.getOrDefault(host, host);
            if (!address.matches("[0-9a-fA-F.:]+")) {
              throw new UnknownHostException(host);
            }
            return new InetAddress[] {InetAddress.getByName(address)};
          },
          UrlGuard.PUBLIC_ONLY);

  @Test
  void aPublicAddressIsAccepted() throws Exception {
    assertThat(guard.check("https://papers.example.org/feed.xml").getHost())
        .isEqualTo("papers.example.org");
    assertThat(guard.check("http://93.184.216.34:8080/rss").getPort()).isEqualTo(8080);
  }

  @ParameterizedTest
  @CsvSource({
    "http://127.0.0.1/feed, a loopback address",
    "http://127.9.9.9:8080/feed, a loopback address",
    "http://[::1]/feed, a loopback address",
    "http://10.0.0.7/feed, a private address",
    "http://172.16.5.4/feed, a private address",
    "http://192.168.1.1/feed, a private address",
    "http://[fd12:3456::1]/feed, a private address",
    "http://169.254.169.254/latest/meta-data/, a cloud metadata address",
    "http://[fd00:ec2::254]/latest/meta-data/, a cloud metadata address",
    "http://169.254.10.10/feed, a link-local address",
    "http://[fe80::1]/feed, a link-local address",
    "http://0.0.0.0/feed, the unspecified address",
    "http://224.0.0.1/feed, a multicast address",
    "http://[::ffff:10.0.0.1]/feed, a private address",
  })
  void addressesOfTheBotsOwnNetworkAreRefusedWithTheirReason(String url, String reason) {
    assertThatThrownBy(() -> guard.check(url))
        .isInstanceOf(UrlGuard.RefusedUrlException.class)
        .hasMessageContaining(reason)
        .hasMessageContaining("feeds may only reach public addresses")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void aNameThatResolvesToLoopbackIsRefusedByWhatItResolvesTo() {
    assertThatThrownBy(() -> guard.check("https://sneaky.example.org/feed.xml"))
        .hasMessage(
            "https://sneaky.example.org/feed.xml is refused: sneaky.example.org resolves to"
                + " 127.0.0.1, a loopback address (feeds may only reach public addresses)");
    assertThatThrownBy(() -> guard.check("https://intranet.example.org/rss"))
        .hasMessageContaining("resolves to 10.1.2.3, a private address");
    assertThatThrownBy(() -> guard.check("http://metadata.example.org/"))
        .hasMessageContaining("a cloud metadata address");
  }

  @Test
  void onlyHttpAndHttpsWithAHostThatResolves() {
    assertThatThrownBy(() -> guard.check("file:///etc/passwd"))
        .hasMessage("file:///etc/passwd is refused: only http and https feeds can be added");
    assertThatThrownBy(() -> guard.check("ftp://papers.example.org/feed"))
        .hasMessageContaining("only http and https");
    assertThatThrownBy(() -> guard.check("https:///feed")).hasMessageContaining("it names no host");
    assertThatThrownBy(() -> guard.check("https://nowhere.invalid/feed"))
        .hasMessageContaining("its host nowhere.invalid does not resolve");
    assertThatThrownBy(() -> guard.check("http://exa mple.org/"))
        .hasMessageContaining("is not a URL");
  }

  @Test
  void aSecretInTheUrlIsNotRepeated() {
    assertThatThrownBy(() -> guard.check("http://10.0.0.1/feed?token=hunter2"))
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
  }

  @Test
  void aTestPolicyAllowsOnlyTheAddressesItNames() throws Exception {
    InetAddress loopback = InetAddress.getByName("127.0.0.1");
    UrlGuard forTests =
        new UrlGuard(UrlGuard.Resolver.SYSTEM, UrlGuard.publicOr(java.util.Set.of(loopback)));
    forTests.check("http://127.0.0.1:8080/feed.xml");
    assertThatThrownBy(() -> forTests.check("http://10.0.0.1/feed.xml"))
        .hasMessageContaining("a private address");
  }
}
