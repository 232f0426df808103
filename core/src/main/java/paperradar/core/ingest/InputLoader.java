package paperradar.core.ingest;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads an input named on the command line: a local file, or an http(s) URL fetched with {@link
 * FeedFetcher}; either is refused when it is larger than the fetcher's size cap.
 */
public final class InputLoader {

  private final FeedFetcher fetcher;

  public InputLoader(FeedFetcher fetcher) {
    this.fetcher = fetcher;
  }

  /**
   * The bytes of a file or URL; a missing file or a failed fetch is an {@link
   * InputUnavailableException}.
   */
  public byte[] load(String pathOrUrl) throws InputUnavailableException {
    if (isUrl(pathOrUrl)) {
      FeedFetcher.Response response = fetcher.fetch(URI.create(pathOrUrl), Optional.empty());
      return response.body();
    }
    Path path = Path.of(pathOrUrl);
    try {
      if (Files.isDirectory(path)) {
        throw new InputUnavailableException(pathOrUrl, "is a directory, not a listing");
      }
      // The same cap as a fetch: checked before reading, so an oversized file is refused, not an
      // OutOfMemoryError.
      if (Files.size(path) > fetcher.maxBytes()) {
        throw new InputUnavailableException(pathOrUrl, FeedFetcher.tooLarge(fetcher.maxBytes()));
      }
      return Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new InputUnavailableException(pathOrUrl, "no such file");
    } catch (IOException e) {
      throw new InputUnavailableException(pathOrUrl, "cannot be read: " + e.getMessage());
    }
  }

  static boolean isUrl(String input) {
    String lower = input.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }
}
