package paperradar.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CleanTextTest {

  @Test
  void aLineLosesControlCharactersAndFoldsBreaksIntoSpaces() {
    assertThat(CleanText.line("a\0b\u0007c\u007Fd\u009Be")).isEqualTo("abcde");
    assertThat(CleanText.line("one\ttwo\nthree\r\nfour\rfive\u2028six"))
        .isEqualTo("one two three four five six");
  }

  @Test
  void paragraphsKeepTheirNewlines() {
    assertThat(CleanText.paragraphs("first\0 para.\r\n\r\nsecond\tpara.\rthird"))
        .isEqualTo("first para.\n\nsecond para.\nthird");
  }

  @Test
  void cleanTextAndNullPassUnchanged() {
    String clean = "Attention Is All You Need — ü 🦙";
    assertThat(CleanText.line(clean)).isSameAs(clean);
    assertThat(CleanText.line(null)).isNull();
    assertThat(CleanText.isCleanLine("x\ny")).isFalse();
  }
}
