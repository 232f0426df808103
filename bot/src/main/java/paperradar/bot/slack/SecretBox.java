package paperradar.bot.slack;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals secrets for the store with AES-256-GCM: each value gets its own random 12-byte nonce, and
 * the sealed form is base64 of the nonce followed by the ciphertext and its 16-byte tag. The key is
 * 32 bytes, given as base64 in {@code PAPERRADAR_SECRETS_KEY} (create one with {@code openssl rand
 * -base64 32}).
 */
public final class SecretBox {

  /** The secret that holds the key. */
  public static final String KEY_VARIABLE = "PAPERRADAR_SECRETS_KEY";

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKeySpec key;
  private final SecureRandom random = new SecureRandom();

  private SecretBox(byte[] key) {
    this.key = new SecretKeySpec(key, "AES");
  }

  /**
   * @param base64Key base64 of exactly 32 bytes
   * @throws IllegalArgumentException naming the variable, never echoing the value
   */
  public static SecretBox fromBase64(String base64Key) {
    byte[] key;
    try {
      key = Base64.getDecoder().decode(base64Key == null ? "" : base64Key.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          KEY_VARIABLE + " must be base64 (openssl rand -base64 32); it is not");
    }
    if (key.length != 32) {
      throw new IllegalArgumentException(
          KEY_VARIABLE
              + " must be base64 of 32 bytes (openssl rand -base64 32), not of "
              + key.length
              + " bytes");
    }
    return new SecretBox(key);
  }

  public String seal(String secret) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder()
          .encodeToString(
              ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is missing from this JVM", e);
    }
  }

  /**
   * @throws IllegalStateException when the value was sealed with another key or altered
   */
  public String open(String sealed) {
    byte[] bytes = Base64.getDecoder().decode(sealed);
    if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
      throw new IllegalStateException("a sealed secret is too short to be one");
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
      return new String(
          cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "a sealed secret does not open with "
              + KEY_VARIABLE
              + " (another key, or the row was altered)");
    }
  }

  @Override
  public String toString() {
    return "SecretBox[redacted]";
  }
}
