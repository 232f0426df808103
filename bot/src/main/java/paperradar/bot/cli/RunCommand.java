package paperradar.bot.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import paperradar.bot.chat.Secrets;
import paperradar.bot.config.Settings;
import paperradar.bot.console.ConsoleAdapter;
import paperradar.bot.console.ConsoleSender;
import paperradar.bot.ops.HealthEndpoint;
import paperradar.bot.ops.Metrics;
import paperradar.bot.schedule.Scheduling;
import paperradar.bot.webhook.WebhookSender;
import paperradar.core.command.CommandService;
import paperradar.core.deliver.DigestSender;
import paperradar.core.enrich.BackgroundEnrichment;
import paperradar.core.model.Platform;
import paperradar.core.poll.JdbcSourceHealthStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code run}: starts the bot: the scheduler (digests and source polls) and the adapters. Without
 * chat tokens it starts the console adapter; {@code --headless} runs without a console until
 * stopped.
 */
@Command(
    name = "run",
    description =
        "Start the bot. Without chat tokens, a console: type /papers …; quit, exit or Ctrl-D leaves.")
final class RunCommand implements Callable<Integer> {

  private static final Logger log = LoggerFactory.getLogger(RunCommand.class);
  private static final Duration WEBHOOK_TIMEOUT = Duration.ofSeconds(10);

  @ParentCommand RootCommand root;

  @Spec CommandSpec spec;

  @Option(
      names = "--channel",
      paramLabel = "ID",
      defaultValue = "console",
      description = "The console's channel (default: console).")
  String channel;

  @Option(
      names = "--headless",
      description = "No console: run the scheduler and adapters until stopped.")
  boolean headless;

  @Option(
      names = "--no-sample",
      description = "Do not load the bundled sample listings into an empty store.")
  boolean noSample;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (Services services = Services.openForRun(root)) {
      if (!noSample && !headless) {
        long loaded = SampleListings.loadIntoEmptyStore(services);
        if (loaded > 0) {
          out.println(
              "The store was empty, so it now holds a bundled sample of "
                  + loaded
                  + " papers seen over two "
                  + "days; ingest your own listings with: paper-radar ingest PATH_OR_URL");
        }
      }
      Metrics metrics = new Metrics();
      services.ingestor().addListener(metrics.ingestCounter());
      // What other processes store (a CLI ingest, a poll on another replica) reaches this index
      // this way.
      services.core().follow(services.settings().index().catchUp());
      CommandService commands = metrics.metered(services.commands());
      ChatAdapters chat =
          ChatAdapters.choose(
              services.settings(),
              Secrets.load(System.getenv()),
              commands,
              services.core(),
              services.clock(),
              services.database().dataSource());
      try {
        chat.start();
      } catch (ChatAdapters.AdapterStartException e) {
        // One line with the real cause (unreachable, or the token refused); the trace only at
        // DEBUG.
        log.debug("adapter start failed", e);
        spec.commandLine().getErr().println("error: " + e.getMessage());
        return ExitCodes.REFUSED;
      }
      try {
        List<DigestSender> senders = new ArrayList<>();
        chat.adapters().forEach(adapter -> senders.add(metrics.metered(adapter.digestSender())));
        if (!headless) {
          senders.add(metrics.metered(new ConsoleSender(out)));
        }
        services
            .settings()
            .webhook()
            .uri()
            .ifPresent(
                url -> senders.add(metrics.metered(new WebhookSender(url, WEBHOOK_TIMEOUT))));
        // Commands come from the chat adapters and the console; digests go to every sender's
        // platform.
        Set<Platform> platforms = EnumSet.noneOf(Platform.class);
        senders.forEach(sender -> platforms.add(sender.platform()));
        metrics.registerAtZero(
            platforms,
            services.settings().sources().stream().map(Settings.SourceSetting::url).toList());
        Map<String, String> adapters = new TreeMap<>(chat.status());
        adapters.put(Platform.CONSOLE.id(), headless ? "off (--headless)" : "on");
        adapters.put(
            Platform.WEBHOOK.id(),
            services.settings().webhook().uri().isPresent() ? "on" : "off (no webhook.url)");
        log.info("adapters: {}", adapters);
        try (Scheduling scheduling = services.startScheduling(senders, metrics.sourceFailures());
            HealthEndpoint health = startHealth(services, scheduling, adapters, metrics);
            BackgroundEnrichment enrichment = startEnrichment(services)) {
          if (headless) {
            awaitShutdown();
          } else {
            BufferedReader in =
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            new ConsoleAdapter(commands, channel).run(in, out);
          }
        }
      } finally {
        chat.closeAll();
      }
    }
    return ExitCodes.OK;
  }

  /**
   * Enrichment every {@code arxiv.enrichMinutes}, the first pass one interval after start; null
   * when off.
   */
  private static @Nullable BackgroundEnrichment startEnrichment(Services services) {
    int minutes = services.settings().arxiv().enrichMinutes();
    if (minutes == 0) {
      return null;
    }
    log.info("enrichment from {} every {} min", services.settings().arxiv().apiUrl(), minutes);
    return BackgroundEnrichment.start(services.enricher(), Duration.ofMinutes(minutes));
  }

  private static @Nullable HealthEndpoint startHealth(
      Services services, Scheduling scheduling, Map<String, String> adapters, Metrics metrics)
      throws Exception {
    int port = services.settings().http().port();
    if (port == 0) {
      return null;
    }
    List<String> sourceUrls =
        services.settings().sources().stream().map(Settings.SourceSetting::url).toList();
    HealthEndpoint health =
        HealthEndpoint.start(
            services.settings().http().bind(),
            port,
            new HealthEndpoint.Parts(
                services.store(),
                services.index(),
                scheduling::isRunning,
                adapters,
                sourceUrls,
                new JdbcSourceHealthStore(services.database().dataSource()),
                metrics),
            new HealthEndpoint.FeedLags(services.core()::indexLag, services.core()::matchingLag));
    log.info(
        "operations endpoint on {}:{}: GET /healthz, GET /metrics",
        services.settings().http().bind(),
        health.port());
    return health;
  }

  /**
   * Blocks until the JVM is asked to stop (SIGTERM, Ctrl-C); the resources close on the way out.
   */
  private static void awaitShutdown() throws InterruptedException {
    CountDownLatch stopping = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(stopping::countDown, "paper-radar-shutdown"));
    stopping.await();
  }
}
