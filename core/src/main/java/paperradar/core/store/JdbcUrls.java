package paperradar.core.store;

/** Keeps passwords in JDBC URLs out of messages and logs. */
public final class JdbcUrls {

  private JdbcUrls() {}

  /** The URL with any password parameter or user-info password replaced by {@code ***}. */
  public static String redact(String jdbcUrl) {
    return jdbcUrl
        .replaceAll("(?i)(password=)[^&;]*", "$1***")
        .replaceAll("(//[^:/@]+:)[^@/]*@", "$1***@");
  }
}
