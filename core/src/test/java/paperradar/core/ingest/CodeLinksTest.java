package paperradar.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodeLinksTest {

  @Test
  void theFirstGithubRepositoryOfACommentIsTheCodeLink() {
    assertThat(
            CodeLinks.github(
                "12 pages. Project page: https://ada.example/sheep. Code: https://github.com/ada/sheep-counter."))
        .contains("https://github.com/ada/sheep-counter");
  }

  @Test
  void hfsGithubRepoIsNormalisedWithoutGitSuffixOrWww() {
    assertThat(CodeLinks.github("https://www.github.com/Llama/herd.git"))
        .contains("https://github.com/Llama/herd");
    assertThat(CodeLinks.github("github.com/org/repo/tree/main/src"))
        .contains("https://github.com/org/repo");
  }

  @Test
  void githubsOwnPagesAndOtherHostsAreNoCodeLink() {
    assertThat(CodeLinks.github("see https://github.com/features/copilot")).isEmpty();
    assertThat(CodeLinks.github("code at https://gitlab.com/ada/sheep")).isEmpty();
    assertThat(CodeLinks.github("https://github.com/ada")).isEmpty();
    assertThat(CodeLinks.github("")).isEmpty();
    assertThat(CodeLinks.github(null)).isEmpty();
  }
}
