package paperradar.core.search;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Texts as listings give them, for properties of analysis: stop words, possessives, accents,
 * apostrophes inside and around words, numbers, symbols, scripts without spaces, and noise.
 */
final class PaperTexts {

  private PaperTexts() {}

  static Arbitrary<String> texts() {
    Arbitrary<String> words =
        Arbitraries.of(
            "the",
            "of",
            "and",
            "a",
            "An",
            "is",
            "Learning",
            "networks",
            "network's",
            "models'",
            "Balunović",
            "Balunovi'c",
            "Tram`er",
            "O’Neil",
            "naïve",
            "Ærø",
            "straße",
            "x'",
            "'quoted'",
            "don't",
            "GPT-4",
            "3.14",
            "ℝ^n",
            "日本語",
            "—",
            "...",
            "!?",
            "(",
            ")",
            ",",
            "'",
            "´",
            "running",
            "ran",
            "e-mail",
            "C++");
    Arbitrary<String> separators = Arbitraries.of(" ", " ", " ", "", ", ", "\n", "  ", "-", "'");
    Arbitrary<String> phrase =
        Arbitraries.lazy(
            () ->
                net.jqwik.api.Combinators.combine(words, separators)
                    .as((word, separator) -> word + separator)
                    .list()
                    .ofMaxSize(25)
                    .map(parts -> String.join("", parts)));
    return Arbitraries.oneOf(
        phrase,
        phrase,
        Arbitraries.strings().ofMaxLength(60),
        Arbitraries.strings().withChars(".,;:!?'`´’ -()").ofMaxLength(20),
        Arbitraries.just(""));
  }
}
