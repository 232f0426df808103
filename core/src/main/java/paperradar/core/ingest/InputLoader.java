package paperradar.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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

  /**
   * The input ready to be read as a stream, and again from its start: a regular file where it is; a
   * URL (or a pipe, which cannot be read twice) copied to a temporary file that closing the input
   * deletes. The size cap holds while the bytes are read, whatever a header or the file system
   * said, and the bytes are hashed on the way.
   */
  public ListingInput open(String pathOrUrl) throws InputUnavailableException {
    if (isUrl(pathOrUrl)) {
      Path download = temporaryFile(pathOrUrl);
      try {
        fetcher.fetchTo(URI.create(pathOrUrl), download);
        return ListingInput.ofTemporaryFile(pathOrUrl, download, fetcher.maxBytes());
      } catch (InputUnavailableException | RuntimeException e) {
        deleteQuietly(download);
        throw e;
      }
    }
    Path path = Path.of(pathOrUrl);
    try {
      if (Files.isDirectory(path)) {
        throw new InputUnavailableException(pathOrUrl, "is a directory, not a listing");
      }
      if (Files.isRegularFile(path)) {
        if (Files.size(path) > fetcher.maxBytes()) {
          throw new InputUnavailableException(pathOrUrl, FeedFetcher.tooLarge(fetcher.maxBytes()));
        }
        return ListingInput.ofFile(pathOrUrl, path, fetcher.maxBytes());
      }
      return spooled(pathOrUrl, path);
    } catch (NoSuchFileException e) {
      throw new InputUnavailableException(pathOrUrl, "no such file");
    } catch (IOException e) {
      throw new InputUnavailableException(pathOrUrl, "cannot be read: " + e.getMessage());
    }
  }

  /** A pipe or device copied to a temporary file, up to the cap. */
  private ListingInput spooled(String name, Path path)
      throws IOException, InputUnavailableException {
    Path copy = temporaryFile(name);
    try {
      try (InputStream in = Files.newInputStream(path);
          OutputStream out = Files.newOutputStream(copy)) {
        byte[] buffer = new byte[64 * 1024];
        long copied = 0;
        int read;
        while ((read = in.read(buffer)) >= 0) {
          copied += read;
          if (copied > fetcher.maxBytes()) {
            throw new InputUnavailableException(name, FeedFetcher.tooLarge(fetcher.maxBytes()));
          }
          out.write(buffer, 0, read);
        }
      }
      return ListingInput.ofTemporaryFile(name, copy, fetcher.maxBytes());
    } catch (IOException | InputUnavailableException | RuntimeException e) {
      deleteQuietly(copy);
      throw e;
    }
  }

  private static Path temporaryFile(String name) throws InputUnavailableException {
    try {
      return Files.createTempFile("paper-radar-input-", ".tmp");
    } catch (IOException e) {
      throw new InputUnavailableException(name, "no room for a temporary copy: " + e.getMessage());
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      file.toFile().deleteOnExit();
    }
  }

  static boolean isUrl(String input) {
    String lower = input.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }
}
