package paperradar.core.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The bytes of one input, which can be read again from their start: held in memory (a small input,
 * a poll's answer) or in a file (a listing named on the command line, or a download spooled to a
 * temporary file). Their size and SHA-256 are known before any parsing, so a listing can be parsed
 * while it is stored and still be recognised as a capture stored before.
 */
public abstract sealed class ListingInput implements AutoCloseable {

  private final String name;
  private final long size;
  private final String sha256;

  private ListingInput(String name, long size, String sha256) {
    this.name = Objects.requireNonNull(name, "name");
    this.size = size;
    this.sha256 = sha256;
  }

  /** An input already in memory. */
  public static ListingInput of(String name, byte[] bytes) {
    return new InMemory(name, bytes);
  }

  /**
   * A regular file, read once here to count and hash its bytes, refused (naming the input and the
   * limit) when it holds more than {@code maxBytes}: counted while reading, so a file that grows
   * meanwhile is refused too.
   */
  public static ListingInput ofFile(String name, Path file, long maxBytes)
      throws InputUnavailableException {
    return ofFile(name, file, maxBytes, false);
  }

  /**
   * A file this process wrote for the input (a download): deleted when the input is closed. Counted
   * and hashed as {@link #ofFile}.
   */
  static ListingInput ofTemporaryFile(String name, Path file, long maxBytes)
      throws InputUnavailableException {
    return ofFile(name, file, maxBytes, true);
  }

  private static ListingInput ofFile(String name, Path file, long maxBytes, boolean temporary)
      throws InputUnavailableException {
    MessageDigest digest = sha256Digest();
    long size = 0;
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      int read;
      while ((read = in.read(buffer)) >= 0) {
        size += read;
        if (size > maxBytes) {
          throw new InputUnavailableException(name, FeedFetcher.tooLarge(maxBytes));
        }
      }
    } catch (IOException e) {
      throw new InputUnavailableException(name, "cannot be read: " + e.getMessage());
    }
    return new InFile(name, file, size, HexFormat.of().formatHex(digest.digest()), temporary);
  }

  /** The file or URL, as error messages and the capture name it. */
  public final String name() {
    return name;
  }

  /** How many bytes the input holds. */
  public final long size() {
    return size;
  }

  /** The hex SHA-256 of the input's bytes: the capture's identity. */
  public final String sha256() {
    return sha256;
  }

  /** A new stream over the input's bytes, from the first. */
  public abstract InputStream open() throws IOException;

  /** The whole input in memory: for the parsers that read a listing whole. */
  public abstract byte[] readAll() throws IOException;

  /** Deletes a temporary file; nothing for other inputs. */
  @Override
  public void close() {}

  static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(sha256Digest().digest(bytes));
  }

  private static MessageDigest sha256Digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static final class InMemory extends ListingInput {
    private final byte[] bytes;

    InMemory(String name, byte[] bytes) {
      super(name, bytes.length, sha256(bytes));
      this.bytes = bytes;
    }

    @Override
    public InputStream open() {
      return new ByteArrayInputStream(bytes);
    }

    @Override
    public byte[] readAll() {
      return bytes;
    }
  }

  private static final class InFile extends ListingInput {
    private final Path file;
    private final boolean temporary;

    InFile(String name, Path file, long size, String sha256, boolean temporary) {
      super(name, size, sha256);
      this.file = file;
      this.temporary = temporary;
    }

    @Override
    public InputStream open() throws IOException {
      return Files.newInputStream(file);
    }

    @Override
    public byte[] readAll() throws IOException {
      return Files.readAllBytes(file);
    }

    @Override
    public void close() {
      if (temporary) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException e) {
          // A temporary file left behind costs disk until the system cleans its temp directory.
          file.toFile().deleteOnExit();
        }
      }
    }
  }
}
