package paperradar.bot.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import paperradar.core.command.Command;
import paperradar.core.command.CommandContext;
import paperradar.core.command.CommandService;
import paperradar.core.deliver.DeliveryException;
import paperradar.core.deliver.DigestSender;
import paperradar.core.model.ChannelRef;
import paperradar.core.model.Platform;
import paperradar.core.poll.Source;
import paperradar.core.rank.TrendWindow;
import paperradar.core.reply.Reply;
import paperradar.core.reply.ReplyPart;

class MetricsTest {

  private final Metrics metrics = new Metrics();
  private final CommandContext asker = new CommandContext(ChannelRef.slack("T1", "C1"), "U1", true);

  @Test
  void commandsAreCountedByNameAndOutcomeWithLatencyBuckets() {
    CommandService answering =
        (context, command) ->
            command instanceof Command.Search
                ? Reply.refusal("no", "usage")
                : Reply.channel(List.of(new ReplyPart.Text("ok")));
    CommandService metered = metrics.metered(answering);

    metered.handle(asker, new Command.Trending(TrendWindow.WEEK, "fly me to the moon"));
    metered.handle(asker, new Command.Trending(TrendWindow.DAY, ""));
    metered.handle(asker, new Command.Search("bad query", 1));
    metered.handle(asker, new Command.DigestEnabled(false));

    String scraped = metrics.scrape();
    assertThat(scraped)
        .contains(
            "paperradar_commands_seconds_count{command=\"trending\",outcome=\"ok\",platform=\"slack\"} 2",
            "paperradar_commands_seconds_count{command=\"search\",outcome=\"refused\",platform=\"slack\"} 1",
            "paperradar_commands_seconds_count{command=\"digest\",outcome=\"ok\",platform=\"slack\"} 1",
            "paperradar_commands_seconds_bucket{command=\"trending\",outcome=\"ok\",platform=\"slack\",le=");
    // The tag is the command's name: nothing the user typed becomes a label.
    assertThat(scraped).doesNotContain("moon", "bad query");
  }

  @Test
  void digestsSentAndFailedAreCountedByPlatform() {
    DigestSender sender =
        new DigestSender() {
          int calls;

          @Override
          public Platform platform() {
            return Platform.DISCORD;
          }

          @Override
          public void send(ChannelRef channel, Reply reply, String deliveryKey) {
            if (++calls == 2) {
              throw new DeliveryException.Transient("429", Duration.ofSeconds(1), null);
            }
          }
        };
    DigestSender metered = metrics.metered(sender);
    ChannelRef channel = ChannelRef.discord("G1", "C1");
    Reply digest = Reply.channel(List.of());

    metered.send(channel, digest, "k1");
    assertThatThrownBy(() -> metered.send(channel, digest, "k2"))
        .isInstanceOf(DeliveryException.Transient.class);
    metered.send(channel, digest, "k3");

    assertThat(metrics.scrape())
        .contains(
            "paperradar_digests_sent_total{platform=\"discord\"} 2",
            "paperradar_digests_failed_total{kind=\"transient\",platform=\"discord\"} 1");
  }

  @Test
  void ingestsAndSourceErrorsAreCounted() {
    metrics.ingestCounter().papersChanged(List.of(), List.of());
    metrics
        .sourceFailures()
        .failed(
            new Source(
                "https://export.arxiv.org/api/query", Optional.empty(), Duration.ofHours(1)));

    assertThat(metrics.scrape())
        .contains(
            "paperradar_papers_ingested_total 0",
            "paperradar_source_fetch_errors_total{source=\"https://export.arxiv.org/api/query\"} 1");
  }

  @Test
  void everySeriesIsRegisteredAtZeroFromTheStart() {
    metrics.registerAtZero(
        List.of(Platform.SLACK, Platform.CONSOLE), List.of("https://a.example/feed"));

    assertThat(metrics.scrape())
        .contains(
            "paperradar_commands_seconds_count{command=\"paper\",outcome=\"error\",platform=\"console\"} 0",
            "paperradar_commands_seconds_count{command=\"help\",outcome=\"ok\",platform=\"slack\"} 0",
            "paperradar_digests_sent_total{platform=\"slack\"} 0.0",
            "paperradar_digests_failed_total{kind=\"permanent\",platform=\"console\"} 0.0",
            "paperradar_source_fetch_errors_total{source=\"https://a.example/feed\"} 0.0",
            "paperradar_papers_ingested_total 0.0");
  }

  @Test
  void theCommandNamesRegisteredAreTheNamesEveryCommandGives() throws Exception {
    java.util.Set<String> names = new java.util.TreeSet<>();
    for (Class<?> kind : Command.class.getPermittedSubclasses()) {
      var components = kind.getRecordComponents();
      Class<?>[] types = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
      }
      // A command whose name depends on an enum (like/dislike) is made once per constant.
      int variants = 1;
      for (Class<?> type : types) {
        if (type.isEnum() && type != TrendWindow.class) {
          variants = Math.max(variants, type.getEnumConstants().length);
        }
      }
      for (int variant = 0; variant < variants; variant++) {
        Object[] args = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
          args[i] =
              types[i].isEnum() && types[i] != TrendWindow.class
                  ? types[i].getEnumConstants()[variant]
                  : sample(types[i]);
        }
        names.add(((Command) kind.getDeclaredConstructor(types).newInstance(args)).name());
      }
    }
    assertThat(names).containsExactlyInAnyOrderElementsOf(Metrics.COMMAND_NAMES);
  }

  private static Object sample(Class<?> type) {
    if (type == String.class) {
      return "x";
    }
    if (type == int.class) {
      return 1;
    }
    if (type == boolean.class) {
      return false;
    }
    if (type == TrendWindow.class) {
      return TrendWindow.DAY;
    }
    if (type == java.time.LocalTime.class) {
      return java.time.LocalTime.NOON;
    }
    if (type == Optional.class) {
      return Optional.empty();
    }
    throw new AssertionError("no sample for " + type);
  }
}
