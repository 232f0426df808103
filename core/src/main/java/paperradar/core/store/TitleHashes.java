package paperradar.core.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The 64-bit hash by which the store finds papers by title: the first eight bytes, big-endian, of
 * the SHA-256 of the title key as UTF-8. Migration 97 computes the same in SQL for the rows stored
 * before it, so it can never change. Two keys may share a hash; a lookup compares the keys of the
 * rows it finds.
 */
final class TitleHashes {

  private TitleHashes() {}

  static long of(String titleKey) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(titleKey.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(digest).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
