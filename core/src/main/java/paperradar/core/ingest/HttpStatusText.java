package paperradar.core.ingest;

/**
 * Reason phrases for the statuses a feed server commonly answers, since HTTP/2 responses carry
 * none.
 */
final class HttpStatusText {

  private HttpStatusText() {}

  static String of(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 410 -> "Gone";
      case 429 -> "Too Many Requests";
      case 500 -> "Internal Server Error";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      case 504 -> "Gateway Timeout";
      default ->
          status >= 500 ? "Server Error" : status >= 400 ? "Client Error" : "Unexpected Status";
    };
  }
}
