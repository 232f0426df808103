package paperradar.core.ingest;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import paperradar.core.text.UrlRedaction;

/**
 * Keeps the feeds a channel adds from reaching into the bot's own network (SSRF): a URL must be
 * http or https, and every address its host resolves to must be public: not loopback, private
 * (10/8, 172.16/12, 192.168/16, fc00::/7), link-local (169.254/16, fe80::/10), unspecified,
 * multicast, or a cloud metadata address (169.254.169.254, fd00:ec2::254). It is checked when a
 * feed is added and again before every request of a fetch, redirects included, since what a name
 * resolves to can change.
 */
public final class UrlGuard {

  /** Resolves a host name to its addresses; tests inject one. */
  @FunctionalInterface
  public interface Resolver {
    Resolver SYSTEM = InetAddress::getAllByName;

    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  /** Which addresses a fetch may reach: empty when allowed, else why not ("a loopback address"). */
  @FunctionalInterface
  public interface AddressPolicy {
    Optional<String> refusal(InetAddress address);
  }

  /** Only public addresses: the policy of every running bot. */
  public static final AddressPolicy PUBLIC_ONLY = UrlGuard::nonPublic;

  /** A URL the guard refused, with a one-line reason. */
  public static final class RefusedUrlException extends Exception {
    private final String reason;

    public RefusedUrlException(String reason) {
      super(reason);
      this.reason = reason;
    }

    /** The one line that says why. */
    public String reason() {
      return reason;
    }
  }

  private static final Set<String> METADATA = Set.of("169.254.169.254", "fd00:ec2:0:0:0:0:0:254");

  private final Resolver resolver;
  private final AddressPolicy policy;

  public UrlGuard(Resolver resolver, AddressPolicy policy) {
    this.resolver = resolver;
    this.policy = policy;
  }

  /** The real rule: the system's resolver, public addresses only. */
  public static UrlGuard publicOnly() {
    return new UrlGuard(Resolver.SYSTEM, PUBLIC_ONLY);
  }

  /**
   * Public addresses, and these too: for tests whose feed server listens on loopback (never for a
   * running bot).
   */
  public static AddressPolicy publicOr(Set<InetAddress> allowed) {
    return address -> allowed.contains(address) ? Optional.empty() : nonPublic(address);
  }

  /**
   * Checks a URL as given by a user: the scheme, the host, and every address the host resolves to.
   *
   * @return the URL, parsed
   * @throws RefusedUrlException with a one-line reason naming the URL (its secrets masked)
   */
  public URI check(String url) throws RefusedUrlException {
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (java.net.URISyntaxException e) {
      throw new RefusedUrlException(
          "\"" + shorten(UrlRedaction.redact(url)) + "\" is not a URL: " + e.getReason());
    }
    check(uri);
    return uri;
  }

  /** Checks a URL about to be requested. */
  public void check(URI uri) throws RefusedUrlException {
    String shown = shorten(UrlRedaction.redact(uri));
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new RefusedUrlException(shown + " is refused: only http and https feeds can be added");
    }
    String host = uri.getHost();
    if (host == null || host.isBlank()) {
      throw new RefusedUrlException(shown + " is refused: it names no host");
    }
    String bare =
        host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    List<InetAddress> addresses;
    try {
      addresses = List.of(resolver.resolve(bare));
    } catch (UnknownHostException e) {
      throw new RefusedUrlException(shown + " is refused: its host " + host + " does not resolve");
    }
    if (addresses.isEmpty()) {
      throw new RefusedUrlException(shown + " is refused: its host " + host + " does not resolve");
    }
    for (InetAddress address : addresses) {
      Optional<String> refusal = policy.refusal(address);
      if (refusal.isPresent()) {
        throw new RefusedUrlException(
            shown
                + " is refused: "
                + host
                + " resolves to "
                + address.getHostAddress()
                + ", "
                + refusal.get()
                + " (feeds may only reach public addresses)");
      }
    }
  }

  /** Why an address is not public, or empty when it is. */
  static Optional<String> nonPublic(InetAddress address) {
    if (METADATA.contains(address.getHostAddress())) {
      return Optional.of("a cloud metadata address");
    }
    if (address.isLoopbackAddress()) {
      return Optional.of("a loopback address");
    }
    if (address.isAnyLocalAddress() || isZeroNetwork(address)) {
      return Optional.of("the unspecified address");
    }
    if (address.isMulticastAddress()) {
      return Optional.of("a multicast address");
    }
    if (address.isLinkLocalAddress()) {
      return Optional.of("a link-local address");
    }
    if (address.isSiteLocalAddress() || isUniqueLocal(address)) {
      return Optional.of("a private address");
    }
    if (address instanceof Inet6Address v6 && embeddedIpv4(v6).isPresent()) {
      // ::ffff:10.0.0.1 and the like reach the IPv4 address inside: judge that one.
      return nonPublic(embeddedIpv4(v6).get());
    }
    return Optional.empty();
  }

  /** 0.0.0.0/8: "this network", which connects to the host itself on most systems. */
  private static boolean isZeroNetwork(InetAddress address) {
    return address instanceof Inet4Address && address.getAddress()[0] == 0;
  }

  /** fc00::/7, IPv6's private range. */
  private static boolean isUniqueLocal(InetAddress address) {
    return address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
  }

  /** The IPv4 address of an IPv4-mapped (::ffff:a.b.c.d) or IPv4-compatible (::a.b.c.d) address. */
  private static Optional<InetAddress> embeddedIpv4(Inet6Address address) {
    byte[] bytes = address.getAddress();
    for (int i = 0; i < 10; i++) {
      if (bytes[i] != 0) {
        return Optional.empty();
      }
    }
    boolean mapped = bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
    boolean compatible = bytes[10] == 0 && bytes[11] == 0;
    if (!mapped && !compatible) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          InetAddress.getByAddress(new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]}));
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  private static String shorten(String text) {
    return text.length() <= 120 ? text : text.substring(0, 120) + "…";
  }
}
