package paperradar.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuthorNamesTest {

  @Test
  void commasInsideParenthesesDoNotSplitNames() {
    AuthorNames.Split split =
        AuthorNames.split(
            "Tianliang Yan (University of Birmingham, School of Physics, Astronomy, United Kingdom), Ada Lovelace");

    assertThat(split.names()).containsExactly("Tianliang Yan", "Ada Lovelace");
    assertThat(split.affiliations())
        .containsExactly("University of Birmingham, School of Physics, Astronomy, United Kingdom");
  }

  @Test
  void andSplitsOnlyAsAWord() {
    assertThat(AuthorNames.names("Alexander Anderson, Sandra Band and Rand Andrews"))
        .containsExactly("Alexander Anderson", "Sandra Band", "Rand Andrews");
  }

  @Test
  void andInsideAnAffiliationStays() {
    AuthorNames.Split split =
        AuthorNames.split("A. One (Dept. of Physics and Astronomy, X) and B. Two");

    assertThat(split.names()).containsExactly("A. One", "B. Two");
    assertThat(split.affiliations()).containsExactly("Dept. of Physics and Astronomy, X");
  }

  @Test
  void nestedParenthesesAndRepeatedAffiliations() {
    AuthorNames.Split split = AuthorNames.split("A (IAS (Princeton), USA), B (MIT), C (MIT)");

    assertThat(split.names()).containsExactly("A", "B", "C");
    assertThat(split.affiliations()).containsExactly("IAS (Princeton), USA", "MIT");
  }

  @Test
  void texNamesAreConvertedBeforeSplitting() {
    assertThat(AuthorNames.names("B\\'alint Zar\\'and, D\\'enes Kov\\'acs"))
        .containsExactly("Bálint Zaránd", "Dénes Kovács");
  }

  @Test
  void anUnclosedParenthesisKeepsTheName() {
    assertThat(AuthorNames.names("Tianliang Yan (University of Birmingham"))
        .containsExactly("Tianliang Yan");
  }

  @Test
  void emptyLineIsNoNames() {
    assertThat(AuthorNames.names("  ")).isEmpty();
  }
}
