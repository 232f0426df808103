package paperradar.core.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import paperradar.core.model.ArxivId;
import paperradar.core.model.ChannelRef;
import paperradar.core.model.Paper;
import paperradar.core.model.Platform;
import paperradar.core.reply.ReplyCodec;
import paperradar.core.service.RadarFixture;
import paperradar.core.store.TestDatabase;

/**
 * "Since you saw them": a paper shown to a channel comes back once for a new version, once for its
 * momentum, once for a code link, through the real store, trending and ledger.
 */
class FollowUpsTest {

  private static final Instant DAY_0 = Instant.parse("2026-11-22T09:00:00Z");
  private static final ChannelRef LAB = new ChannelRef(Platform.SLACK, "T1", "C-lab");
  private static final ChannelRef OTHER = new ChannelRef(Platform.SLACK, "T1", "C-other");

  @TempDir Path temp;
  private RadarFixture radar;
  private long versioned;
  private long coded;
  private long popular;

  void open(TestDatabase.Kind kind) throws Exception {
    radar = new RadarFixture(kind, temp, new RadarFixture.MutableClock(DAY_0));
    radar.ingest(
        "arxiv.xml",
        atom(
            entry("2611.00001", 1, "Diffusion Models for Sheep", ""),
            entry("2611.00002", 1, "Pointer Networks Revisited", "12 pages, 3 figures")),
        day(0));
    radar.ingest("hf.json", hfJson("2611.00003", "Herding Llamas", 10, null), day(0));
    versioned = id("2611.00001");
    coded = id("2611.00002");
    popular = id("2611.00003");
  }

  @AfterEach
  void tearDown() {
    if (radar != null) {
      radar.close();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void eachKindComesBackOnceAndNeverAgain(TestDatabase.Kind kind) throws Exception {
    open(kind);
    send(LAB, List.of(versioned, coded, popular), Map.of());
    radar.clock.advance(Duration.ofHours(1));
    assertThat(compose(LAB).followUps()).as("nothing happened yet").isEmpty();

    radar.clock.set(DAY_0.plus(Duration.ofDays(1)));
    radar.ingest(
        "arxiv-2.xml",
        atom(
            entry("2611.00001", 2, "Diffusion Models for Sheep", ""),
            entry(
                "2611.00002",
                1,
                "Pointer Networks Revisited",
                "12 pages. Code: https://github.com/ada/pointers.")),
        day(1));
    radar.ingest("hf-2.json", hfJson("2611.00003", "Herding Llamas", 60, null), day(1));

    Digest digest = compose(LAB);

    assertThat(digest.followUps())
        .extracting(item -> item.paper().id(), Digest.Item::why)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(versioned, "new version v2 (you saw v1)"),
            org.assertj.core.groups.Tuple.tuple(
                coded, "code released: https://github.com/ada/pointers"),
            org.assertj.core.groups.Tuple.tuple(
                popular, "momentum ×6 since you saw it (10 → 60 points this week)"));
    assertThat(digest.followUpKinds())
        .isEqualTo(
            Map.of(
                versioned, Set.of(FollowUpKind.VERSION),
                coded, Set.of(FollowUpKind.CODE),
                popular, Set.of(FollowUpKind.MOMENTUM)));
    assertThat(compose(OTHER).followUps()).as("only the channel that saw them").isEmpty();

    send(LAB, digest.papers().stream().map(Paper::id).toList(), digest.followUpKinds());
    radar.clock.set(DAY_0.plus(Duration.ofDays(2)));
    radar.ingest("hf-3.json", hfJson("2611.00003", "Herding Llamas", 900, null), day(2));

    assertThat(compose(LAB).followUps()).as("each kind came back once already").isEmpty();
  }

  @Test
  void aVersionAlreadyKnownWhenShownIsNoFollowUpAndAnHfCodeLinkIsOne() throws Exception {
    open(TestDatabase.Kind.H2);
    radar.ingest(
        "arxiv-2.xml", atom(entry("2611.00001", 2, "Diffusion Models for Sheep", "")), day(0));
    send(LAB, List.of(versioned, popular), Map.of());
    radar.clock.set(DAY_0.plus(Duration.ofDays(1)));
    radar.ingest(
        "hf-2.json",
        hfJson("2611.00003", "Herding Llamas", 10, "https://github.com/llama/herd.git"),
        day(1));

    assertThat(compose(LAB).followUps())
        .extracting(Digest.Item::why)
        .containsExactly("code released: https://github.com/llama/herd");
  }

  @Test
  void digestPreviewShowsSinceYouSawThem() throws Exception {
    open(TestDatabase.Kind.H2);
    send(LAB, List.of(versioned), Map.of());
    radar.clock.set(DAY_0.plus(Duration.ofDays(1)));
    radar.ingest(
        "arxiv-2.xml", atom(entry("2611.00001", 3, "Diffusion Models for Sheep", "")), day(1));

    String preview = radar.ask(LAB, "digest preview").plainText();

    assertThat(preview)
        .contains(
            "== " + DigestReplies.SINCE_YOU_SAW_THEM + " ==",
            "Diffusion Models for Sheep",
            "new version v3 (you saw v1)");
    assertThat(compose(LAB).followUps()).as("a preview records nothing").hasSize(1);
  }

  private Digest compose(ChannelRef channel) {
    return radar.radar.digests().compose(channel, ZoneOffset.UTC);
  }

  /** Writes a digest to the ledger as delivery does: its papers shown, its follow-ups recorded. */
  private void send(
      ChannelRef channel, List<Long> paperIds, Map<Long, Set<FollowUpKind>> followUps) {
    Instant now = radar.clock.instant();
    Digest digest = compose(channel);
    radar.ledger.claim(
        channel,
        LocalDate.ofInstant(now, ZoneOffset.UTC),
        ReplyCodec.toJson(DigestReplies.of(digest)),
        paperIds,
        followUps,
        now,
        now.plus(Duration.ofMinutes(5)));
  }

  private long id(String arxivId) {
    return radar.store.paperByArxivId(ArxivId.parse(arxivId).orElseThrow()).orElseThrow().id();
  }

  private static LocalDate day(int n) {
    return LocalDate.of(2026, 11, 22).plusDays(n);
  }

  private static String entry(String id, int version, String title, String comment) {
    return "<entry><id>http://arxiv.org/abs/"
        + id
        + "v"
        + version
        + "</id><title>"
        + title
        + "</title><summary>About "
        + title
        + ".</summary><published>2026-11-21T00:00:00Z</published><author><name>Ada"
        + " Lovelace</name></author>"
        + (comment.isEmpty() ? "" : "<arxiv:comment>" + comment + "</arxiv:comment>")
        + "</entry>\n";
  }

  private static String atom(String... entries) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">
        <id>https://arxiv.org/api/x</id><title>q</title><updated>2026-11-22T00:00:00Z</updated>
        """
        + String.join("", entries)
        + "</feed>\n";
  }

  private static String hfJson(String id, String title, int upvotes, String githubRepo) {
    return """
        [{"paper":{"id":"%s","authors":[{"name":"Ada Lovelace"}],"publishedAt":"2026-11-21T00:00:00.000Z",
          "title":"%s","summary":"About it.","upvotes":%d%s}}]
        """
        .formatted(
            id, title, upvotes, githubRepo == null ? "" : ",\"githubRepo\":\"" + githubRepo + "\"");
  }
}
