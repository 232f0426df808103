package paperradar.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ListingTextTest {

  @Test
  void emptyInputIsAnErrorAtLineOne() {
    assertThatThrownBy(() -> ListingText.decode(new byte[0], "empty.txt"))
        .isInstanceOf(ListingParseException.class)
        .hasMessage("empty.txt:1: empty input");
  }

  @Test
  void whiteSpaceOnlyIsEmpty() {
    assertThatThrownBy(
            () -> ListingText.decode(" \n\n\t\n".getBytes(StandardCharsets.UTF_8), "blank.txt"))
        .hasMessage("blank.txt:1: empty input");
  }

  @Test
  void binaryDataIsRefusedWithItsLine() {
    byte[] bytes = "line one\nline two\n\u0000\u0001\u0002".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ListingText.decode(bytes, "blob.bin"))
        .hasMessage("blob.bin:3: binary data, not a listing");
  }

  @Test
  void invalidUtf8IsRefused() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', (byte) 0xff, (byte) 0xfe};
    assertThatThrownBy(() -> ListingText.decode(png, "image.png"))
        .isInstanceOf(ListingParseException.class)
        .hasMessageStartingWith("image.png:1: binary data");
  }

  @Test
  void aBadByteIsReportedOnItsOwnLineEvenAfterValidMultiByteText() {
    StringBuilder text = new StringBuilder();
    for (int line = 1; line <= 12; line++) {
      text.append("Zoë and Jürgen, line ").append(line).append('\n');
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    int lineSeven =
        text.substring(0, text.indexOf("line 7")).getBytes(StandardCharsets.UTF_8).length;
    bytes[lineSeven] = (byte) 0xFF;
    assertThatThrownBy(() -> ListingText.decode(bytes, "bad.txt"))
        .hasMessage("bad.txt:7: binary data or not UTF-8 text");
  }

  @Test
  void byteOrderMarkIsDropped() throws ListingParseException {
    byte[] bytes = "\uFEFFDaily Papers".getBytes(StandardCharsets.UTF_8);
    assertThat(ListingText.decode(bytes, "bom.txt")).isEqualTo("Daily Papers");
  }
}
