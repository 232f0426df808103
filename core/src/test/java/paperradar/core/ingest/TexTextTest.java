package paperradar.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One case per TeX form arXiv (and pages copying it) writes in names and titles. */
class TexTextTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        // acute, grave, circumflex, diaeresis, tilde: bare, braced argument, braced group, both
        "D\\'enes|Dénes",
        "D\\'{e}nes|Dénes",
        "D{\\'e}nes|Dénes",
        "D{\\'{e}}nes|Dénes",
        "Tram\\`er|Tramèr",
        "Tram\\`{e}r|Tramèr",
        "C\\^ot\\'e|Côté",
        "M\\\"uller|Müller",
        "M\\\"{u}ller|Müller",
        "M{\\\"u}ller|Müller",
        "Nu\\~nez|Nuñez",
        "Nu\\~{n}ez|Nuñez",
        // letter accents: cedilla, caron (with braces and with a space), breve, double acute, ring,
        // ogonek
        "Fran\\c{c}ois|François",
        "Fran\\c cois|François",
        "\\v{S}ediv\\'y|Šedivý",
        "\\v S|Š",
        "Erd\\H{o}s|Erdős",
        "\\r{A}ngstr\\\"om|Ångström",
        "Ko\\k{e}|Koę",
        "Dumitru Ro\\u{a}|Dumitru Roă",
        // dot above and macron, as in the real feed of 2024-11-28 (fixtures/real)
        "Jaros{\\l}aw \\.Zygierewicz|Jarosław Żygierewicz",
        "\\=Ota|Ōta",
        "Kad{\\i}o\\u{g}lu|Kadıoğlu",
        "\\\"Ozen\\c{c} G\\\"ung\\\"or|Özenç Güngör",
        // letters that are commands: with braces, with {} and bare before a space
        "Przemys{\\l}aw|Przemysław",
        "Przemys\\l{}aw|Przemysław",
        "{\\L}ukasz|Łukasz",
        "Bj{\\o}rn|Bjørn",
        "Bj\\o rn|Bjørn",
        "{\\O}stergaard|Østergaard",
        "Gau{\\ss}|Gauß",
        "{\\AA}se|Åse",
        "{\\ae}ther|æther",
        "J\\'{\\i}ra|Jíra",
        // escapes and grouping braces
        "Smith \\& Wesson|Smith & Wesson",
        "100\\% recall|100% recall",
        "{BERT} for {G}erman|BERT for German",
        // names are never cut short
        "B\\'alint Zar\\'and|Bálint Zaránd",
      })
  void texFormBecomesUnicode(String tex, String unicode) {
    assertThat(TexText.toUnicode(tex)).isEqualTo(unicode);
  }

  @Test
  void mathIsLeftAsWritten() {
    assertThat(TexText.toUnicode("Sorting in $\\mathcal{O}(n \\log n)$ for G{\\\"o}del"))
        .isEqualTo("Sorting in $\\mathcal{O}(n \\log n)$ for Gödel");
  }

  @Test
  void textWithoutTexIsUntouched() {
    assertThat(TexText.toUnicode("Plain Title: A Study")).isEqualTo("Plain Title: A Study");
    assertThat(TexText.toUnicode("\\cite and \\url stay")).isEqualTo("\\cite and \\url stay");
  }

  @Test
  void lostBackslashesInPageNamesBecomeAcutes() {
    assertThat(TexText.repairLostAcutes("Mislav Balunovi'c")).isEqualTo("Mislav Balunović");
    assertThat(TexText.repairLostAcutes("J'er'emy Scheurer")).isEqualTo("Jérémy Scheurer");
    assertThat(TexText.repairLostAcutes("Zar'and")).isEqualTo("Zaránd");
  }

  @Test
  void realApostrophesInNamesStay() {
    assertThat(TexText.repairLostAcutes("Conan O'Brien")).isEqualTo("Conan O'Brien");
    assertThat(TexText.repairLostAcutes("Gabriele D'Angelo")).isEqualTo("Gabriele D'Angelo");
    assertThat(TexText.repairLostAcutes("Hinton's")).isEqualTo("Hinton's");
  }
}
