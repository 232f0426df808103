package paperradar.bot.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Locale;
import java.util.Set;
import paperradar.core.command.CommandService;
import paperradar.core.deliver.DeliveryException;
import paperradar.core.deliver.DigestSender;
import paperradar.core.pipeline.PaperListener;
import paperradar.core.poll.SourcePoller;
import paperradar.core.reply.Reply;
import paperradar.core.text.UrlRedaction;

/**
 * The operations metrics, served as {@code GET /metrics} in Prometheus' text format: papers ingested,
 * commands by name and outcome (with latency histograms), digests sent and failed, source fetch errors.
 * Each is recorded by wrapping the part that does the work, so the core stays free of metrics.
 */
public final class Metrics {

  /** The only command names used as tags: anything else a user types counts as {@code unknown}. */
  private static final Set<String> COMMANDS = Set.of("trending", "search", "paper", "subscribe", "unsubscribe",
      "topics", "digest", "help");

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

  public Metrics() {
    new JvmMemoryMetrics().bindTo(registry);
  }

  /** The same command service, timing each command by name, platform and outcome. */
  public CommandService metered(CommandService commands) {
    return (context, line) -> {
      Timer.Sample sample = Timer.start(registry);
      String outcome = "error";
      try {
        Reply reply = commands.handle(context, line);
        outcome = reply.ok() ? "ok" : "refused";
        return reply;
      } finally {
        sample.stop(Timer.builder("paperradar.commands").description("/papers commands answered")
            .tag("command", commandName(line)).tag("platform", context.channel().platform()).tag("outcome", outcome)
            .publishPercentileHistogram().register(registry));
      }
    };
  }

  /** The same sender, counting digests sent and failed by platform. */
  public DigestSender metered(DigestSender sender) {
    return new MeteredSender(sender);
  }

  /** Counts the papers each ingest stored, new or updated. */
  public PaperListener ingestCounter() {
    Counter ingested = Counter.builder("paperradar.papers.ingested").description("papers stored by ingests, new or updated")
        .register(registry);
    return (changed, newIds) -> ingested.increment(changed.size());
  }

  /** Counts failed polls by source, its URL's secrets masked: a label is seen by whoever reads the metrics. */
  public SourcePoller.FailureObserver sourceFailures() {
    return source -> Counter.builder("paperradar.source.fetch.errors").description("failed polls of a source")
        .tag("source", UrlRedaction.redact(source.url())).register(registry).increment();
  }

  /** Everything, in Prometheus' text exposition format. */
  public String scrape() {
    return registry.scrape();
  }

  static String commandName(String line) {
    String stripped = line.strip();
    if (stripped.startsWith("/papers")) {
      stripped = stripped.substring("/papers".length()).strip();
    }
    String first = stripped.isEmpty() ? "help" : stripped.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
    return COMMANDS.contains(first) ? first : "unknown";
  }

  private final class MeteredSender implements DigestSender {
    private final DigestSender sender;

    MeteredSender(DigestSender sender) {
      this.sender = sender;
    }

    @Override
    public String platform() {
      return sender.platform();
    }

    @Override
    public boolean serves(paperradar.core.model.ChannelRef channel) {
      return sender.serves(channel);
    }

    @Override
    public void send(paperradar.core.model.ChannelRef channel, Reply reply, String deliveryKey) {
      send(channel, reply, deliveryKey, false);
    }

    @Override
    public void send(paperradar.core.model.ChannelRef channel, Reply reply, String deliveryKey, boolean mayHaveBeenSent) {
      try {
        sender.send(channel, reply, deliveryKey, mayHaveBeenSent);
        registry.counter("paperradar.digests.sent", "platform", platform()).increment();
      } catch (DeliveryException e) {
        registry.counter("paperradar.digests.failed", "platform", platform(),
            "kind", e instanceof DeliveryException.Permanent ? "permanent" : "transient").increment();
        throw e;
      }
    }
  }
}
