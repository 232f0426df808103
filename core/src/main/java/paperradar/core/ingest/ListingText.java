package paperradar.core.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns an input's bytes into listing text, refusing what is empty or not text at all. */
public final class ListingText {

  private ListingText() {}

  /**
   * Decodes UTF-8 (dropping a byte-order mark). Binary data, an empty input and one that is only
   * white space are errors: no listing format can be empty.
   */
  public static String decode(byte[] bytes, String inputName) throws ListingParseException {
    if (bytes.length == 0) {
      throw new ListingParseException(inputName, 1, "empty input");
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new ListingParseException(
          inputName, lineOfFirstBadByte(bytes), "binary data or not UTF-8 text");
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    int control = firstBinaryControl(text);
    if (control >= 0) {
      throw new ListingParseException(
          inputName, lineAt(text, control), "binary data, not a listing");
    }
    if (text.isBlank()) {
      throw new ListingParseException(inputName, 1, "empty input");
    }
    return text;
  }

  private static int firstBinaryControl(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        return i;
      }
    }
    return -1;
  }

  private static int lineAt(String text, int index) {
    int line = 1;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /**
   * The line of the first byte UTF-8 cannot read: the decoder stops at it, so the newlines before
   * its position give the line exactly (a guess from byte patterns counted lines past it).
   */
  static int lineOfFirstBadByte(byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(8192);
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError() || result.isUnderflow()) {
        break;
      }
      out.clear();
    }
    int line = 1;
    for (int i = 0; i < in.position(); i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }
}
