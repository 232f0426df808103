package paperradar.core.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * The non-blank lines of a page text, stripped, each with its 1-based line number: page-text
 * formats differ in blank lines and indentation from one capture to the next, never in their
 * content lines.
 */
final class TextLines {

  /** A non-blank line and where it stands in the input. */
  record Line(int number, String text) {}

  private final List<Line> lines;

  private TextLines(List<Line> lines) {
    this.lines = lines;
  }

  static TextLines of(String text) {
    List<Line> lines = new ArrayList<>();
    String[] raw = text.split("\\R", -1);
    for (int i = 0; i < raw.length; i++) {
      String stripped = strip(raw[i]);
      if (!stripped.isEmpty()) {
        lines.add(new Line(i + 1, stripped));
      }
    }
    return new TextLines(lines);
  }

  /**
   * Strips white space including no-break spaces and zero-width characters pasted from browsers.
   */
  static String strip(String line) {
    int start = 0;
    int end = line.length();
    while (start < end && isBlank(line.charAt(start))) {
      start++;
    }
    while (end > start && isBlank(line.charAt(end - 1))) {
      end--;
    }
    return line.substring(start, end);
  }

  private static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
  }

  int size() {
    return lines.size();
  }

  Line get(int index) {
    return lines.get(index);
  }

  String text(int index) {
    return lines.get(index).text();
  }

  int number(int index) {
    return lines.get(index).number();
  }

  /** The line number of the end of the input, for errors about what is missing there. */
  int lastNumber() {
    return lines.isEmpty() ? 1 : lines.get(lines.size() - 1).number();
  }

  /** Index of the first line at or after {@code from} whose text equals {@code text}, or -1. */
  int indexOf(String text, int from) {
    for (int i = Math.max(0, from); i < lines.size(); i++) {
      if (lines.get(i).text().equals(text)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether any line equals {@code text}; reads at most the first {@code limit} lines. */
  boolean contains(String text, int limit) {
    for (int i = 0; i < Math.min(limit, lines.size()); i++) {
      if (lines.get(i).text().equals(text)) {
        return true;
      }
    }
    return false;
  }
}
