package paperradar.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleKeyTest {

  @Test
  void caseAndPunctuationAndSpacingFold() {
    assertThat(TitleKey.of("Pointer  Networks.")).isEqualTo(TitleKey.of("pointer networks"));
    assertThat(TitleKey.of("xLSTM: Extended Long Short-Term Memory"))
        .isEqualTo("xlstm extended long short term memory");
  }

  @Test
  void unicodeCompositionFolds() {
    assertThat(TitleKey.of("Balunovi\u0107")).isEqualTo(TitleKey.of("Balunovic\u0301"));
    assertThat(TitleKey.of("ﬁne-tuning")).isEqualTo("fine tuning");
  }
}
