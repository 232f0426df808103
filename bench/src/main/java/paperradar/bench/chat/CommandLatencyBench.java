package paperradar.bench.chat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import paperradar.bench.core.BenchRadar;
import paperradar.bench.core.Percentiles;
import paperradar.bot.config.Settings;
import paperradar.bot.discord.DiscordAdapter;
import paperradar.bot.discord.FakeDiscord;
import paperradar.core.command.Command;
import paperradar.core.command.CommandContext;
import paperradar.core.fixtures.CorpusGenerator;
import paperradar.core.model.ChannelRef;
import paperradar.core.rank.TrendWindow;

/**
 * Command latency under load, as a user sees it: a fake Discord gateway sends {@code /papers}
 * interactions (trending, search, paper, topics) at a steady rate, open loop, and each latency is
 * from the interaction leaving the gateway to its answer reaching the fake's REST endpoint. The
 * store holds a generated corpus; JDA and the Discord adapter run as in production.
 */
public final class CommandLatencyBench {

  private static final String GUILD = Long.toString(7_000L << 22);
  private static final String CHANNEL = Long.toString((7_001L << 22) + 1);
  private static final List<String> WINDOWS = List.of("day", "week", "month");

  /**
   * @param missing interactions with no answer by the end (counted as failures, not latencies)
   * @param failed answers that said the command failed (a store timeout, say): answered, but not
   *     served
   */
  public record Result(
      int papers,
      int perSecond,
      int commands,
      Percentiles latency,
      double maxMillis,
      int missing,
      int failed) {}

  /** What the command service answers when a command threw. */
  private static final String FAILURE = "failed unexpectedly";

  private CommandLatencyBench() {}

  public static Result run(int papers, int perSecond, int seconds) throws Exception {
    Clock clock = Clock.systemUTC();
    try (BenchRadar bench = new BenchRadar(clock);
        FakeDiscord discord = new FakeDiscord(1)) {
      bench.ingest(
          new CorpusGenerator(9).papers(papers), LocalDate.now(clock.withZone(ZoneOffset.UTC)));
      discord.addGuild(GUILD, CHANNEL);
      Settings.Discord settings = new Settings.Discord("", "", 1, 50, discord.apiUrl());
      try (DiscordAdapter adapter =
          new DiscordAdapter(settings, "bench-token", bench.commands, bench.topics::topics)) {
        adapter.start();
        List<String> words = CorpusGenerator.topicWords();
        // Warm-up before the clock starts. A running bot has ranked each window already; an
        // interaction answer may be only Discord's "thinking…", so the windows are ranked here,
        // through the same service.
        CommandContext warmUp =
            new CommandContext(ChannelRef.discord(GUILD, CHANNEL), "bench", false);
        WINDOWS.forEach(
            window ->
                bench.commands.handle(
                    warmUp, new Command.Trending(TrendWindow.parse(window).orElseThrow(), "")));
        List<String> warmUpIds = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
          warmUpIds.add(send(discord, i, words));
        }
        waitForAnswers(discord, warmUpIds);
        int total = perSecond * seconds;
        List<String> ids = new ArrayList<>(total);
        long[] sentAt = new long[total];
        long interval = 1_000_000_000L / perSecond;
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
          long due = start + i * interval;
          while (System.nanoTime() < due) {
            LockSupport.parkNanos(due - System.nanoTime());
          }
          sentAt[i] = System.nanoTime();
          ids.add(send(discord, i, words));
        }
        waitForAnswers(discord, ids);
        List<Long> latencies = new ArrayList<>();
        int missing = 0;
        int failed = 0;
        for (int i = 0; i < total; i++) {
          List<FakeDiscord.Call> answers = discord.answersTo(ids.get(i));
          if (answers.isEmpty()) {
            missing++;
          } else {
            latencies.add(answers.getFirst().receivedNanos() - sentAt[i]);
            failed +=
                answers.stream().anyMatch(answer -> answer.body().toString().contains(FAILURE))
                    ? 1
                    : 0;
          }
        }
        long[] nanos = latencies.stream().mapToLong(Long::longValue).toArray();
        double max = latencies.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6;
        return new Result(papers, perSecond, total, Percentiles.of(nanos), max, missing, failed);
      }
    }
  }

  /**
   * One command of the mix: trending, search for a word or two, a paper by title, the channel's
   * topics.
   */
  private static String send(FakeDiscord discord, int i, List<String> words) {
    String word = words.get(i % words.size());
    return switch (i % 4) {
      case 0 ->
          discord.slashCommand(
              GUILD,
              CHANNEL,
              "1100000000000000077",
              false,
              null,
              "trending",
              Map.of("window", WINDOWS.get(i % WINDOWS.size())));
      case 1 ->
          discord.slashCommand(
              GUILD,
              CHANNEL,
              "1100000000000000077",
              false,
              null,
              "search",
              Map.of("query", word + " " + words.get((i * 7) % words.size())));
      case 2 ->
          discord.slashCommand(
              GUILD, CHANNEL, "1100000000000000077", false, null, "paper", Map.of("paper", word));
      default ->
          discord.slashCommand(
              GUILD, CHANNEL, "1100000000000000077", false, null, "topics", Map.of());
    };
  }

  private static void waitForAnswers(FakeDiscord discord, List<String> ids)
      throws InterruptedException {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (System.nanoTime() < deadline
        && ids.stream().anyMatch(id -> discord.answersTo(id).isEmpty())) {
      Thread.sleep(100);
    }
  }
}
