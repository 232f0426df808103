package paperradar.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * The text of a listing read as a stream: strict UTF-8 with a byte-order mark dropped, refusing
 * what {@link ListingText#decode} refuses (bytes that are not UTF-8, binary control characters) at
 * the exact line, without holding more than a buffer of it.
 */
final class ListingTextReader extends Reader {

  /** Text that is not a listing, found while a parser reads: the parser's error names the line. */
  static final class UnreadableText extends IOException {
    private final int line;
    private final String reason;

    UnreadableText(int line, String reason) {
      super(reason, null);
      this.line = line;
      this.reason = reason;
    }

    int line() {
      return line;
    }

    String reason() {
      return reason;
    }
  }

  private static final int BUFFER = 64 * 1024;

  private final InputStream in;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
  private final CharBuffer chars = CharBuffer.allocate(BUFFER).flip();
  private int line = 1;
  private boolean endOfBytes;
  private boolean flushed;
  private boolean atStart = true;

  ListingTextReader(InputStream in) {
    this.in = in;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (flushed) {
        return -1;
      }
      fill();
    }
    int count = Math.min(length, chars.remaining());
    chars.get(buffer, offset, count);
    return count;
  }

  private void fill() throws IOException {
    chars.clear();
    while (chars.position() == 0 && !flushed) {
      CoderResult result = decoder.decode(bytes, chars, endOfBytes);
      if (result.isError()) {
        check(0, chars.position());
        throw new UnreadableText(line, "binary data or not UTF-8 text");
      }
      if (result.isUnderflow()) {
        if (endOfBytes) {
          decoder.flush(chars);
          flushed = true;
        } else {
          readBytes();
        }
      } else {
        break;
      }
    }
    chars.flip();
    if (atStart && chars.hasRemaining()) {
      atStart = false;
      if (chars.get(0) == '\uFEFF') {
        chars.get();
      }
    }
    check(chars.position(), chars.limit());
  }

  private void readBytes() throws IOException {
    bytes.compact();
    int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (read < 0) {
      endOfBytes = true;
    } else {
      bytes.position(bytes.position() + read);
    }
    bytes.flip();
  }

  /** Counts the lines of the characters just decoded and refuses a binary control character. */
  private void check(int from, int end) throws UnreadableText {
    for (int i = from; i < end; i++) {
      char c = chars.get(i);
      if (c == '\n') {
        line++;
      } else if (c < 0x20 && c != '\r' && c != '\t' && c != '\f') {
        throw new UnreadableText(line, "binary data, not a listing");
      }
    }
  }

  /** The text error behind an exception a parser threw, if the text is what it stumbled on. */
  static @Nullable UnreadableText causeOf(@Nullable Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof UnreadableText unreadable) {
        return unreadable;
      }
      if (t instanceof javax.xml.stream.XMLStreamException xml
          && xml.getNestedException() instanceof UnreadableText unreadable) {
        return unreadable;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
