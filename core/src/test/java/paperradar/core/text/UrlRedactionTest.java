package paperradar.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlRedactionTest {

  @Test
  void userInfoAndSecretLookingParametersAreMaskedTheRestIsKept() {
    assertThat(UrlRedaction.redact("http://user:PASS@host/feed?api_key=SECRET&q=ok"))
        .isEqualTo("http://***@host/feed?api_key=***&q=ok");
  }

  @Test
  void everyNameThatLooksSecretIsMasked() {
    for (String name :
        new String[] {
          "key",
          "token",
          "secret",
          "password",
          "sig",
          "api_key",
          "apikey",
          "access_token",
          "X-Amz-Signature",
          "client_secret",
          "api-key",
          "auth",
          "passwd",
          "sessionid"
        }) {
      assertThat(UrlRedaction.redact("https://h/p?" + name + "=hush&page=2#top"))
          .as(name)
          .isEqualTo("https://h/p?" + name + "=***&page=2#top");
    }
  }

  @Test
  void ordinaryUrlsAndTextComeBackAsTheyWere() {
    for (String text :
        new String[] {
          "https://export.arxiv.org/api/query?search_query=cat:cs.LG&max_results=100",
          "https://huggingface.co/papers?date=2026-11-22",
          "papers.xml",
          "https://h/p#key=1",
          "https://h/p?author=ada",
          "https://h/p?flag&q=1"
        }) {
      assertThat(UrlRedaction.redact(text)).isEqualTo(text);
    }
  }

  @Test
  void aUserWithoutPasswordIsMaskedToo() {
    assertThat(UrlRedaction.redact("ftp://token@host:21/x")).isEqualTo("ftp://***@host:21/x");
  }
}
