package paperradar.core.ingest;

import java.text.Normalizer;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the TeX accents and escapes that arXiv (and the pages copying it) leave in names and titles
 * into Unicode: {@code D\'enes} → Dénes, {@code Przemys{\l}aw} → Przemysław, {@code \c{c}} → ç,
 * with and without braces. One utility, applied by every parser, so one author has one spelling
 * whatever the source.
 */
public final class TexText {

  /** Accents written with a symbol: {@code \'e}, {@code \'{e}}, {@code {\'e}}, {@code \' e}. */
  private static final Pattern SYMBOL_ACCENT =
      Pattern.compile(
          "\\\\([`'^\"~=.])\\s*(?:\\{\\s*(\\\\[ij](?![A-Za-z])|[A-Za-z])\\s*}"
              + "|(\\\\[ij](?![A-Za-z])|[A-Za-z]))");

  /**
   * Accents written with a letter: {@code \c{c}}, {@code \v{s}}, {@code \v s}; never a longer
   * command.
   */
  private static final Pattern LETTER_ACCENT =
      Pattern.compile(
          "\\\\([uvHckrdb])(?:\\s*\\{\\s*(\\\\[ij](?![A-Za-z])|[A-Za-z])\\s*}|\\s+([A-Za-z]))");

  /**
   * Letters that are commands of their own: {@code {\l}}, {@code \o}, {@code \ss}; a space after
   * one ends it.
   */
  private static final Pattern LETTER_COMMAND =
      Pattern.compile(
          "\\\\(ss|ae|AE|oe|OE|aa|AA|l|L|o|O|i|j)(?![A-Za-z])(?:\\{}|[ \\t]+(?=[A-Za-z]))?");

  private static final Pattern ESCAPE = Pattern.compile("\\\\([&%$#_{}])");

  private static final Pattern UNESCAPED_BRACE = Pattern.compile("(?<!\\\\)[{}]");

  /**
   * A backslash lost in copying: {@code Balunovi'c}, {@code J'er'emy}. An apostrophe between a
   * letter and a lowercase letter that can carry an acute; never before a capital ({@code O'Brien},
   * {@code D'Angelo}) and never a possessive {@code 's} at the end of a word.
   */
  private static final Pattern LOST_BACKSLASH_ACUTE =
      Pattern.compile("(?<=\\p{L})'([aeiouyzcn]|s(?=\\p{L}))");

  private static final Map<String, String> COMBINING =
      Map.ofEntries(
          Map.entry("'", "\u0301"),
          Map.entry("`", "\u0300"),
          Map.entry("^", "\u0302"),
          Map.entry("\"", "\u0308"),
          Map.entry("~", "\u0303"),
          Map.entry("=", "\u0304"),
          Map.entry(".", "\u0307"),
          Map.entry("u", "\u0306"),
          Map.entry("v", "\u030C"),
          Map.entry("H", "\u030B"),
          Map.entry("c", "\u0327"),
          Map.entry("k", "\u0328"),
          Map.entry("r", "\u030A"),
          Map.entry("d", "\u0323"),
          Map.entry("b", "\u0331"));

  private static final Map<String, String> LETTERS =
      Map.ofEntries(
          Map.entry("ss", "ß"),
          Map.entry("ae", "æ"),
          Map.entry("AE", "Æ"),
          Map.entry("oe", "œ"),
          Map.entry("OE", "Œ"),
          Map.entry("aa", "å"),
          Map.entry("AA", "Å"),
          Map.entry("l", "ł"),
          Map.entry("L", "Ł"),
          Map.entry("o", "ø"),
          Map.entry("O", "Ø"),
          Map.entry("i", "ı"),
          Map.entry("j", "ȷ"));

  private TexText() {}

  /**
   * The text with TeX accents, letter commands and escapes as Unicode and grouping braces dropped.
   * Math between {@code $…$} is left as written: {@code $\\mathcal{O}(n)$} is not an accent.
   */
  public static String toUnicode(String text) {
    if (text == null
        || (text.indexOf('\\') < 0 && text.indexOf('{') < 0 && text.indexOf('}') < 0)) {
      return text;
    }
    String[] parts = text.split("(?<!\\\\)\\$", -1);
    if (parts.length < 3) {
      return outsideMath(text);
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      boolean math = i % 2 == 1 && i < parts.length - 1;
      if (i > 0) {
        out.append('$');
      }
      out.append(math ? parts[i] : outsideMath(parts[i]));
    }
    return out.toString();
  }

  private static String outsideMath(String text) {
    String result =
        replace(SYMBOL_ACCENT, text, m -> accented(m.group(1), base(m.group(2), m.group(3))));
    result =
        replace(LETTER_ACCENT, result, m -> accented(m.group(1), base(m.group(2), m.group(3))));
    result =
        replace(
            LETTER_COMMAND,
            result,
            m ->
                Objects.requireNonNull(
                    LETTERS.get(m.group(1)), "LETTER_COMMAND matches LETTERS' keys only"));
    result = UNESCAPED_BRACE.matcher(result).replaceAll("");
    result = replace(ESCAPE, result, m -> m.group(1));
    return Normalizer.normalize(result, Normalizer.Form.NFC);
  }

  /**
   * For page text that lost TeX's backslashes ({@code Balunovi'c} → Balunović, {@code J'er'emy} →
   * Jérémy): only for author names, where an apostrophe before a lowercase accentable letter is the
   * TeX acute.
   */
  public static String repairLostAcutes(String name) {
    if (name == null || name.indexOf('\'') < 0) {
      return name;
    }
    String result = replace(LOST_BACKSLASH_ACUTE, name, m -> m.group(1) + "\u0301");
    return Normalizer.normalize(result, Normalizer.Form.NFC);
  }

  private static String base(String braced, String bare) {
    String letter = braced != null ? braced : bare;
    return switch (letter) {
      case "\\i" -> "i";
      case "\\j" -> "j";
      default -> letter;
    };
  }

  private static String accented(String accent, String letter) {
    return Normalizer.normalize(letter + COMBINING.get(accent), Normalizer.Form.NFC);
  }

  private static String replace(
      Pattern pattern, String text, java.util.function.Function<Matcher, String> with) {
    Matcher matcher = pattern.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(out, Matcher.quoteReplacement(with.apply(matcher)));
    }
    matcher.appendTail(out);
    return out.toString();
  }
}
