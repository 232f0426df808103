package paperradar.bot.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Collection;
import java.util.List;
import paperradar.core.command.CommandService;
import paperradar.core.deliver.DeliveryException;
import paperradar.core.deliver.DigestSender;
import paperradar.core.model.ChannelRef;
import paperradar.core.model.Platform;
import paperradar.core.pipeline.PaperListener;
import paperradar.core.poll.SourcePoller;
import paperradar.core.reply.Reply;
import paperradar.core.text.UrlRedaction;

/**
 * The operations metrics, served as {@code GET /metrics} in Prometheus' text format: papers
 * ingested, commands by name and outcome (with latency histograms), digests sent and failed, source
 * fetch errors. Each is recorded by wrapping the part that does the work, so the core stays free of
 * metrics.
 */
public final class Metrics {

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

  public Metrics() {
    new JvmMemoryMetrics().bindTo(registry);
  }

  /**
   * The same command service, timing each command by name, platform and outcome. The name is the
   * command's own ({@link paperradar.core.command.Command#name()}), so no text a user typed becomes
   * a tag; a line the text grammar refuses never reaches the service and is not timed.
   */
  public CommandService metered(CommandService commands) {
    return (context, command) -> {
      Timer.Sample sample = Timer.start(registry);
      String outcome = "error";
      try {
        Reply reply = commands.handle(context, command);
        outcome = reply.ok() ? "ok" : "refused";
        return reply;
      } finally {
        sample.stop(commandTimer(command.name(), context.channel().platform(), outcome));
      }
    };
  }

  private Timer commandTimer(String command, Platform platform, String outcome) {
    return Timer.builder("paperradar.commands")
        .description("/papers commands answered")
        .tag("command", command)
        .tag("platform", platform.id())
        .tag("outcome", outcome)
        .publishPercentileHistogram()
        .register(registry);
  }

  /**
   * Registers every series this process can record, at 0, so that a dashboard or an alert on a rate
   * sees a series from the start rather than none until the first event: each command name by
   * platform and outcome, digests sent and failed by platform, fetch errors by configured source,
   * papers ingested.
   *
   * @param platforms the platforms of the adapters that are on (chat, console, webhook)
   * @param sourceUrls the configured sources
   */
  public void registerAtZero(Collection<Platform> platforms, Collection<String> sourceUrls) {
    for (Platform platform : platforms) {
      for (String command : COMMAND_NAMES) {
        for (String outcome : OUTCOMES) {
          commandTimer(command, platform, outcome);
        }
      }
      registry.counter("paperradar.digests.sent", "platform", platform.id());
      registry.counter("paperradar.digests.failed", "platform", platform.id(), "kind", "permanent");
      registry.counter("paperradar.digests.failed", "platform", platform.id(), "kind", "transient");
    }
    sourceUrls.forEach(url -> sourceErrors(url));
    ingested();
  }

  /**
   * The names {@link paperradar.core.command.Command#name()} gives; MetricsTest checks the list
   * against it.
   */
  static final List<String> COMMAND_NAMES =
      List.of(
          "trending",
          "search",
          "paper",
          "subscribe",
          "unsubscribe",
          "topics",
          "digest",
          "help",
          "feed",
          "like",
          "dislike",
          "likes",
          "similar");

  static final List<String> OUTCOMES = List.of("ok", "refused", "error");

  private Counter sourceErrors(String url) {
    return Counter.builder("paperradar.source.fetch.errors")
        .description("failed polls of a source")
        .tag("source", UrlRedaction.redact(url))
        .register(registry);
  }

  private Counter ingested() {
    return Counter.builder("paperradar.papers.ingested")
        .description("papers stored by ingests, new or updated")
        .register(registry);
  }

  /** The same sender, counting digests sent and failed by platform. */
  public DigestSender metered(DigestSender sender) {
    return new MeteredSender(sender);
  }

  /** Counts the papers each ingest stored, new or updated. */
  public PaperListener ingestCounter() {
    Counter ingested = ingested();
    return (changed, newIds) -> ingested.increment(changed.size());
  }

  /**
   * Counts failed polls by source, its URL's secrets masked: a label is seen by whoever reads the
   * metrics.
   */
  public SourcePoller.FailureObserver sourceFailures() {
    return source -> sourceErrors(source.url()).increment();
  }

  /** Everything, in Prometheus' text exposition format. */
  public String scrape() {
    return registry.scrape();
  }

  private final class MeteredSender implements DigestSender {
    private final DigestSender sender;

    MeteredSender(DigestSender sender) {
      this.sender = sender;
    }

    @Override
    public Platform platform() {
      return sender.platform();
    }

    @Override
    public boolean serves(ChannelRef channel) {
      return sender.serves(channel);
    }

    @Override
    public void send(ChannelRef channel, Reply reply, String deliveryKey) {
      send(channel, reply, deliveryKey, false);
    }

    @Override
    public void send(ChannelRef channel, Reply reply, String deliveryKey, boolean mayHaveBeenSent) {
      try {
        sender.send(channel, reply, deliveryKey, mayHaveBeenSent);
        registry.counter("paperradar.digests.sent", "platform", platform().id()).increment();
      } catch (DeliveryException e) {
        registry
            .counter(
                "paperradar.digests.failed",
                "platform",
                platform().id(),
                "kind",
                e instanceof DeliveryException.Permanent ? "permanent" : "transient")
            .increment();
        throw e;
      }
    }
  }
}
