package paperradar.core.text;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * A URL as it may be shown in a log, a metric label or {@code /healthz}: the user info and the
 * values of query parameters whose names look secret ({@code api_key}, {@code token}, {@code sig},
 * …) become {@code ***}, the rest stays as it was, so an operator still sees which feed is meant.
 */
public final class UrlRedaction {

  /** Shown in place of a secret. */
  public static final String MASK = "***";

  /**
   * Parts of a parameter name (lower case, without {@code -} and {@code _}) that mark its value
   * secret.
   */
  private static final Set<String> SECRET_PARTS =
      Set.of("key", "token", "secret", "password", "passwd", "pwd", "sig", "credential", "session");

  /**
   * Whole parameter names that mark their value secret, where a part would catch too much ({@code
   * author}).
   */
  private static final Set<String> SECRET_NAMES = Set.of("auth", "authorization", "pass", "code");

  private UrlRedaction() {}

  public static String redact(URI uri) {
    return uri == null ? "null" : redact(uri.toString());
  }

  /** The URL with its secrets masked; text that is not a URL comes back as it was. */
  public static String redact(String url) {
    if (url == null) {
      return "null";
    }
    int scheme = url.indexOf("://");
    if (scheme < 0) {
      return url;
    }
    int authorityStart = scheme + 3;
    int authorityEnd = firstOf(url, authorityStart, "/?#");
    String authority = url.substring(authorityStart, authorityEnd);
    int at = authority.lastIndexOf('@');
    StringBuilder out = new StringBuilder(url.length()).append(url, 0, authorityStart);
    out.append(at < 0 ? authority : MASK + authority.substring(at));
    int queryStart = url.indexOf('?', authorityEnd);
    int fragment = url.indexOf('#', authorityEnd);
    if (queryStart < 0 || (fragment >= 0 && fragment < queryStart)) {
      return out.append(url, authorityEnd, url.length()).toString();
    }
    int queryEnd = fragment < 0 ? url.length() : fragment;
    out.append(url, authorityEnd, queryStart + 1);
    String[] parameters = url.substring(queryStart + 1, queryEnd).split("&", -1);
    for (int i = 0; i < parameters.length; i++) {
      if (i > 0) {
        out.append('&');
      }
      String parameter = parameters[i];
      int equals = parameter.indexOf('=');
      String name = equals < 0 ? parameter : parameter.substring(0, equals);
      out.append(equals >= 0 && looksSecret(name) ? name + "=" + MASK : parameter);
    }
    return out.append(url, queryEnd, url.length()).toString();
  }

  /** Whether a query parameter of this name holds a secret. */
  public static boolean looksSecret(String parameterName) {
    String name;
    try {
      name = URLDecoder.decode(parameterName, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      name = parameterName;
    }
    name = name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    if (SECRET_NAMES.contains(name)) {
      return true;
    }
    for (String part : SECRET_PARTS) {
      if (name.contains(part)) {
        return true;
      }
    }
    return false;
  }

  private static int firstOf(String text, int from, String characters) {
    for (int i = from; i < text.length(); i++) {
      if (characters.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return text.length();
  }
}
