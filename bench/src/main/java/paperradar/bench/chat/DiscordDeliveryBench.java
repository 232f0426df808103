package paperradar.bench.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import paperradar.bench.core.BenchRadar;
import paperradar.bot.config.Settings;
import paperradar.bot.discord.DiscordAdapter;
import paperradar.bot.discord.FakeDiscord;
import paperradar.core.deliver.DigestDelivery;
import paperradar.core.deliver.DigestSweep;
import paperradar.core.deliver.Sleeper;
import paperradar.core.fixtures.BenchChannels;
import paperradar.core.fixtures.CorpusGenerator;
import paperradar.core.model.ChannelRef;
import paperradar.core.model.Platform;
import paperradar.core.retry.Backoff;

/**
 * Delivering many digests to Discord as the bot does: the sweep finds them due, the scheduler's
 * threads compose, write to the ledger and send through JDA, to a fake Discord that enforces the
 * global limit (Discord's 50 requests a second). The floor is digests ÷ limit; the goal is to stay
 * within 1.1× of it without a run of repeated 429s.
 */
public final class DiscordDeliveryBench {

  private static final int CHANNELS_PER_GUILD = 100;

  /**
   * @param seconds from the first digest taken to the last one sent
   * @param floorSeconds digests ÷ the limit: no bot can do better
   * @param rateLimited 429s the fake answered; {@code longestRunOf429s} the most in a row
   */
  public record Result(
      int digests,
      int limitPerSecond,
      int threads,
      double seconds,
      double floorSeconds,
      int sent,
      int posts,
      int rateLimited,
      int longestRunOf429s) {
    public double ofFloor() {
      return seconds / floorSeconds;
    }
  }

  private DiscordDeliveryBench() {}

  public static Result run(int digests, int limitPerSecond, int threads) throws Exception {
    Clock clock = Clock.systemUTC();
    int guilds = (digests + CHANNELS_PER_GUILD - 1) / CHANNELS_PER_GUILD;
    try (BenchRadar bench = new BenchRadar(clock);
        FakeDiscord discord = new FakeDiscord(1, limitPerSecond)) {
      bench.ingest(
          new CorpusGenerator(3).papers(200), LocalDate.now(clock.withZone(ZoneOffset.UTC)));
      for (int g = 0; g < guilds; g++) {
        String[] channels = new String[CHANNELS_PER_GUILD];
        for (int c = 0; c < CHANNELS_PER_GUILD; c++) {
          channels[c] = channelId(g, c);
        }
        discord.addGuild(guildId(g), channels);
      }
      BenchChannels.addDueNow(
          bench.database.dataSource(),
          digests,
          i ->
              ChannelRef.discord(
                  guildId(i / CHANNELS_PER_GUILD),
                  channelId(i / CHANNELS_PER_GUILD, i % CHANNELS_PER_GUILD)));
      Settings.Discord settings = new Settings.Discord("", "", 1, limitPerSecond, discord.apiUrl());
      try (DiscordAdapter adapter =
          new DiscordAdapter(settings, "bench-token", bench.commands, bench.topics::topics)) {
        adapter.start();
        DigestDelivery delivery =
            new DigestDelivery(
                bench.radar.digests(),
                bench.ledger,
                bench.channels,
                Map.of(Platform.DISCORD, adapter.digestSender()),
                Backoff.defaults(),
                Sleeper.REAL,
                clock,
                Duration.ofMinutes(10));
        DigestSweep.Plan plan =
            new DigestSweep(
                    bench.channels,
                    bench.ledger,
                    Set.of(Platform.DISCORD),
                    Duration.ofHours(6),
                    clock)
                .plan();
        AtomicInteger sent = new AtomicInteger();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
          List<Future<?>> work =
              plan.due().stream()
                  .map(
                      due ->
                          pool.submit(
                              () -> {
                                if (delivery.deliver(due.settings(), due.due())
                                    == DigestDelivery.Outcome.SENT) {
                                  sent.incrementAndGet();
                                }
                              }))
                  .<Future<?>>map(future -> future)
                  .toList();
          for (Future<?> future : work) {
            future.get(1, TimeUnit.HOURS);
          }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int posts = discord.calls("POST", "channels/").size();
        return new Result(
            plan.due().size(),
            limitPerSecond,
            threads,
            seconds,
            (double) plan.due().size() / limitPerSecond,
            sent.get(),
            posts,
            discord.rateLimited(),
            discord.longestRunOf429s());
      }
    }
  }

  private static String guildId(int guild) {
    return Long.toString((5_000L + guild) << 22);
  }

  private static String channelId(int guild, int channel) {
    return Long.toString(((6_000L + guild) << 22) + channel + 1);
  }
}
