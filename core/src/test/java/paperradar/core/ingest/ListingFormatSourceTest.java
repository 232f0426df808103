package paperradar.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import paperradar.core.model.PaperSource;

/** Each listing format records its papers under the source of the same name, one to one. */
class ListingFormatSourceTest {

  @ParameterizedTest
  @EnumSource(ListingFormat.class)
  void aFormatsSourceHasTheFormatsCommandLineName(ListingFormat format) {
    assertThat(format.source().id()).isEqualTo(format.cliName());
    assertThat(PaperSource.fromId(format.cliName())).isSameAs(format.source());
  }

  @Test
  void everySourceIsTheSourceOfExactlyOneFormat() {
    assertThat(Arrays.stream(ListingFormat.values()).map(ListingFormat::source))
        .containsExactlyInAnyOrder(PaperSource.values());
  }

  @Test
  void anUnknownSourceIdIsRefusedByName() {
    assertThatThrownBy(() -> PaperSource.fromId("myspace"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unknown paper source \"myspace\" (known: aimodels, hf-daily,");
  }
}
