package paperradar.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * Sealing tokens for the store: AES-GCM, a fresh nonce each time, a wrong key or an altered value
 * refused.
 */
class SecretBoxTest {

  private static String key(int seed) {
    byte[] key = new byte[32];
    for (int i = 0; i < key.length; i++) {
      key[i] = (byte) (seed + i);
    }
    return Base64.getEncoder().encodeToString(key);
  }

  @Test
  void aSealedTokenOpensAgainAndNeverShowsItselfNorRepeats() {
    SecretBox box = SecretBox.fromBase64(key(1));

    String first = box.seal("xoxb-123-secret");
    String second = box.seal("xoxb-123-secret");

    assertThat(first).isNotEqualTo(second).doesNotContain("xoxb");
    assertThat(Base64.getDecoder().decode(first)).hasSize(12 + "xoxb-123-secret".length() + 16);
    assertThat(box.open(first)).isEqualTo("xoxb-123-secret");
    assertThat(box.open(second)).isEqualTo("xoxb-123-secret");
    assertThat(box.toString()).doesNotContain(key(1));
  }

  @Test
  void anotherKeyOrAnAlteredValueDoesNotOpen() {
    String sealed = SecretBox.fromBase64(key(1)).seal("xoxb-123-secret");
    byte[] altered = Base64.getDecoder().decode(sealed);
    altered[20] ^= 1;

    assertThatThrownBy(() -> SecretBox.fromBase64(key(2)).open(sealed))
        .hasMessageContaining("PAPERRADAR_SECRETS_KEY");
    assertThatThrownBy(
            () -> SecretBox.fromBase64(key(1)).open(Base64.getEncoder().encodeToString(altered)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aKeyThatIsNotBase64Of32BytesIsRefusedByNameWithoutEchoingIt() {
    assertThatThrownBy(() -> SecretBox.fromBase64("not base64 at all!"))
        .hasMessageContaining("PAPERRADAR_SECRETS_KEY")
        .hasMessageNotContaining("not base64 at all");
    assertThatThrownBy(() -> SecretBox.fromBase64(Base64.getEncoder().encodeToString(new byte[16])))
        .hasMessageContaining("32 bytes")
        .hasMessageContaining("16");
  }
}
