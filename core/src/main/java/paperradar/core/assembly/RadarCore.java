package paperradar.core.assembly;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import paperradar.core.command.CommandService;
import paperradar.core.deliver.DeliveryLedger;
import paperradar.core.deliver.JdbcDeliveryLedger;
import paperradar.core.deliver.JdbcFollowUpHistory;
import paperradar.core.digest.DigestComposer;
import paperradar.core.digest.FollowUpFinder;
import paperradar.core.digest.ForYouSection;
import paperradar.core.digest.StoredFeedPapers;
import paperradar.core.embed.Embedder;
import paperradar.core.embed.Embeddings;
import paperradar.core.embed.LazyEmbedder;
import paperradar.core.embed.VectorIndex;
import paperradar.core.ingest.Parsers;
import paperradar.core.ingest.UrlGuard;
import paperradar.core.model.ChannelRef;
import paperradar.core.pipeline.IndexCatchUp;
import paperradar.core.pipeline.Ingestor;
import paperradar.core.poll.ChannelFeedPolls;
import paperradar.core.poll.JdbcSourceHealthStore;
import paperradar.core.poll.SourceHealthStore;
import paperradar.core.rank.TrendingConfig;
import paperradar.core.rank.TrendingService;
import paperradar.core.search.PaperIndex;
import paperradar.core.service.DigestCommands;
import paperradar.core.service.FeedCommands;
import paperradar.core.service.FeedbackCommands;
import paperradar.core.service.PapersCommandService;
import paperradar.core.service.ReadingCommands;
import paperradar.core.service.SimilarCommands;
import paperradar.core.service.TopicCommands;
import paperradar.core.store.ChangeFeed;
import paperradar.core.store.JdbcChangeFeed;
import paperradar.core.store.JdbcPaperStore;
import paperradar.core.store.PaperStore;
import paperradar.core.subscribe.ChannelFeedStore;
import paperradar.core.subscribe.ChannelFeedback;
import paperradar.core.subscribe.ChannelSettings;
import paperradar.core.subscribe.ChannelStore;
import paperradar.core.subscribe.FeedbackStore;
import paperradar.core.subscribe.JdbcChannelFeedStore;
import paperradar.core.subscribe.JdbcChannelStore;
import paperradar.core.subscribe.JdbcFeedbackStore;
import paperradar.core.subscribe.JdbcTopicStore;
import paperradar.core.subscribe.TopicStore;
import paperradar.core.topics.TopicMatchRecorder;

/**
 * The core's one object graph, built from a store, an index, a clock and the core's settings: the
 * CLI, the benchmarks and the tests all build the core here, so what follows the store (the index,
 * the topic matcher) is wired the same in each of them.
 *
 * <p>The store is the one truth: the index and topic matching follow its change feed. They catch up
 * when the core is built, after each of this process's ingests, and, once {@link #follow} runs,
 * periodically and (on PostgreSQL) whenever another process NOTIFYs a change.
 *
 * <p>Closing it closes what it opened (the topic matcher and the index); the data source belongs to
 * the caller, who closes it after.
 */
public final class RadarCore implements AutoCloseable {

  private final Clock clock;
  private final PaperStore store;
  private final ChangeFeed feed;
  private final PaperIndex index;
  private final IndexCatchUp indexCatchUp;
  private final FeedFollower follower;
  private final TopicStore topics;
  private final ChannelStore channels;
  private final DeliveryLedger ledger;
  private final TopicMatchRecorder matching;
  private final Ingestor ingestor;
  private final TrendingService trending;
  private final DigestComposer digests;
  private final CommandService commands;
  private final ChannelFeedStore channelFeeds;
  private final SourceHealthStore sourceHealth;
  private final UrlGuard urlGuard;
  private final Duration channelFeedInterval;
  private final Embeddings embeddings;
  private final FeedbackStore feedback;

  private RadarCore(Builder builder, PaperIndex index, Embeddings embeddings) {
    DataSource dataSource = builder.dataSource;
    this.clock = builder.clock;
    this.index = index;
    this.store = new JdbcPaperStore(dataSource, clock);
    this.feed = new JdbcChangeFeed(dataSource);
    this.indexCatchUp = new IndexCatchUp(feed, index);
    this.topics = new JdbcTopicStore(dataSource);
    this.channels = new JdbcChannelStore(dataSource, builder.channelDefaults, clock);
    this.ledger = new JdbcDeliveryLedger(dataSource);
    this.matching = TopicMatchRecorder.start(topics, feed, clock);
    this.follower = new FeedFollower(dataSource, this::catchUp);
    this.ingestor = new Ingestor(Parsers.detector(), store);
    ingestor.afterStore(this::catchUp);
    this.trending = new TrendingService(store, index, builder.trending, clock);
    this.channelFeeds = new JdbcChannelFeedStore(dataSource);
    this.sourceHealth = new JdbcSourceHealthStore(dataSource);
    this.urlGuard = builder.urlGuard;
    this.channelFeedInterval = builder.channelFeedInterval;
    this.embeddings = embeddings;
    this.feedback = new JdbcFeedbackStore(dataSource);
    this.digests =
        new DigestComposer(
            store,
            topics,
            trending,
            ledger,
            clock,
            builder.digestPerTopic,
            new DigestComposer.Sections(
                new StoredFeedPapers(channelFeeds),
                ForYouSection.of(
                    builder.feedback != null ? builder.feedback : feedback,
                    embeddings,
                    store,
                    ledger),
                new FollowUpFinder(new JdbcFollowUpHistory(dataSource), store, trending)));
    this.commands =
        new PapersCommandService(
            new ReadingCommands(trending, index, store),
            new TopicCommands(index, topics, channels, matching, clock, embeddings.enabled()),
            new DigestCommands(channels, digests),
            new FeedCommands(
                channelFeeds, channels, sourceHealth, urlGuard, channelFeedInterval, clock),
            new SimilarCommands(store, embeddings),
            new FeedbackCommands(store, index, feedback, clock));
  }

  /** Starts a core on this data source (H2 or PostgreSQL, migrated) and clock. */
  public static Builder builder(DataSource dataSource, Clock clock) {
    return new Builder(dataSource, clock);
  }

  public Clock clock() {
    return clock;
  }

  public PaperStore store() {
    return store;
  }

  public PaperIndex index() {
    return index;
  }

  /** The store's change feed, which the index and topic matching follow. */
  public ChangeFeed feed() {
    return feed;
  }

  /** Brings this process's index up to the store, and rebuilds it ({@code reindex}). */
  public IndexCatchUp indexCatchUp() {
    return indexCatchUp;
  }

  /**
   * Applies to the index every change it lacks, then matches every change the cluster has not
   * matched against the topics. Runs at build, after each ingest, and from {@link #follow}.
   */
  public synchronized void catchUp() {
    indexCatchUp.catchUp();
    matching.matchPending();
    embeddings.wake();
  }

  /**
   * Keeps following the store while the process runs: a catch-up every {@code period} and, on
   * PostgreSQL, on every change another process NOTIFYs. For long-running processes ({@code run});
   * a command that reads once has caught up when the core was built.
   */
  public void follow(Duration period) {
    embeddings.start();
    follower.start(period);
  }

  /**
   * The papers' embeddings: off unless the builder was given an embedder. They start being made in
   * the background by {@link #follow} (or {@link Embeddings#start}); a one-off command only reads
   * the vectors already made.
   */
  public Embeddings embeddings() {
    return embeddings;
  }

  /** How many change numbers this process's index is behind the store. */
  public long indexLag() {
    return indexCatchUp.lag();
  }

  /** How many change numbers topic matching is behind the store, cluster-wide. */
  public long matchingLag() {
    return matching.lag();
  }

  public TopicStore topics() {
    return topics;
  }

  public ChannelStore channels() {
    return channels;
  }

  public DeliveryLedger ledger() {
    return ledger;
  }

  /** The topic matcher, fed by the store's change feed and told of every subscription. */
  public TopicMatchRecorder matching() {
    return matching;
  }

  /**
   * Ingests listings into the store; the index and the topic matcher catch up after every ingest.
   */
  public Ingestor ingestor() {
    return ingestor;
  }

  public TrendingService trending() {
    return trending;
  }

  /** Channels' likes and dislikes: what the buttons and /papers like store, "For you" reads. */
  public FeedbackStore feedback() {
    return feedback;
  }

  public DigestComposer digests() {
    return digests;
  }

  /** The feeds channels added themselves ({@code /papers feed}). */
  public ChannelFeedStore channelFeeds() {
    return channelFeeds;
  }

  /** Every polled source's health, channels' feeds included. */
  public SourceHealthStore sourceHealth() {
    return sourceHealth;
  }

  /** What a channel's feed may reach: checked when it is added and at every fetch. */
  public UrlGuard urlGuard() {
    return urlGuard;
  }

  /**
   * The channels' feeds as sources to poll, each URL once; those of {@code globalSources} are left
   * to the configured sources' schedule.
   */
  public ChannelFeedPolls channelFeedPolls(Set<String> globalSources) {
    return new ChannelFeedPolls(
        channelFeeds, sourceHealth, globalSources, channelFeedInterval, clock);
  }

  /** The core's entry point: answers typed {@code /papers} commands. */
  public CommandService commands() {
    return commands;
  }

  @Override
  public void close() {
    try {
      follower.close();
      embeddings.close();
      matching.close();
    } finally {
      index.close();
    }
  }

  /**
   * The core's inputs; the data source, the clock and the index are required, the settings default.
   */
  public static final class Builder {
    private final DataSource dataSource;
    private final Clock clock;
    private @Nullable Supplier<PaperIndex> index;
    private TrendingConfig trending = TrendingConfig.defaults();
    private boolean catchUpAtBuild = true;
    private int digestPerTopic = DigestComposer.DEFAULT_PER_TOPIC;
    private UrlGuard urlGuard = UrlGuard.publicOnly();
    private Duration channelFeedInterval = Duration.ofMinutes(60);
    private @Nullable Embedder embedder;
    private @Nullable Path vectorDirectory;
    // Null: the store's own feedback, as the product runs; tests may give an in-memory one.
    private @Nullable ChannelFeedback feedback;
    private ChannelSettings channelDefaults =
        ChannelSettings.defaults(ChannelRef.console("defaults"), ZoneOffset.UTC);

    private Builder(DataSource dataSource, Clock clock) {
      this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
      this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The search index lives in this directory (created when missing). When another process (a
     * running bot) writes it, this core works on a private copy of it, caught up from the store.
     */
    public Builder indexDirectory(Path directory) {
      Objects.requireNonNull(directory, "directory");
      this.index = () -> PaperIndex.openShared(directory);
      return this;
    }

    /** The search index lives in memory only: for tests. */
    public Builder inMemoryIndex() {
      this.index = PaperIndex::inMemory;
      return this;
    }

    /**
     * Papers are embedded by this embedder (default: none, and {@code similar}, semantic topics and
     * "For you" are off). The product passes {@link LazyEmbedder#miniLm()}, which loads the model
     * in the background; tests that do not measure quality pass a fast stub.
     */
    public Builder embedder(Embedder embedder) {
      this.embedder = Objects.requireNonNull(embedder, "embedder");
      return this;
    }

    /**
     * The vectors live in this directory (created when missing); without it, with an embedder, in
     * memory.
     */
    public Builder vectorDirectory(Path directory) {
      this.vectorDirectory = Objects.requireNonNull(directory, "directory");
      return this;
    }

    /** What channels liked and disliked, which "For you" reads (default: nothing). */
    public Builder channelFeedback(ChannelFeedback feedback) {
      this.feedback = Objects.requireNonNull(feedback, "feedback");
      return this;
    }

    /** Trending's constants (default: {@link TrendingConfig#defaults()}). */
    public Builder trending(TrendingConfig config) {
      this.trending = Objects.requireNonNull(config, "trending");
      return this;
    }

    /** The digest settings a channel starts with (default: 08:00 UTC on weekdays). */
    /**
     * How many papers each topic shows in a digest before "and N more" ({@code digest.perTopic}).
     */
    public Builder digestPerTopic(int perTopic) {
      this.digestPerTopic = perTopic;
      return this;
    }

    /**
     * What channels' feeds may reach (default: {@link UrlGuard#publicOnly()}). Tests whose feed
     * server listens on loopback allow that address here; a running bot never does.
     */
    public Builder urlGuard(UrlGuard guard) {
      this.urlGuard = Objects.requireNonNull(guard, "urlGuard");
      return this;
    }

    /** How often each channel's feed is polled ({@code channelFeeds.intervalMinutes}). */
    public Builder channelFeedInterval(Duration interval) {
      if (interval.isNegative() || interval.isZero()) {
        throw new IllegalArgumentException("the channel feeds' interval must be positive");
      }
      this.channelFeedInterval = interval;
      return this;
    }

    public Builder channelDefaults(ChannelSettings defaults) {
      this.channelDefaults = Objects.requireNonNull(defaults, "channelDefaults");
      return this;
    }

    /**
     * Whether {@link #build} catches the index and topic matching up with the store (default: yes).
     * Only {@code reindex}, which replaces the index anyway, says no.
     */
    public Builder catchUpAtBuild(boolean catchUp) {
      this.catchUpAtBuild = catchUp;
      return this;
    }

    /** Opens the index and builds the graph; if any part fails, what was opened is closed again. */
    public RadarCore build() {
      if (index == null) {
        throw new IllegalStateException(
            "the core needs an index: call indexDirectory(dir) or inMemoryIndex()");
      }
      PaperIndex opened = index.get();
      try {
        RadarCore core = new RadarCore(this, opened, embeddings(new JdbcChangeFeed(dataSource)));
        try {
          if (catchUpAtBuild) {
            core.catchUp();
          }
        } catch (RuntimeException e) {
          core.close();
          throw e;
        }
        return core;
      } catch (RuntimeException e) {
        opened.close();
        throw e;
      }
    }

    private Embeddings embeddings(ChangeFeed feed) {
      if (embedder == null) {
        return Embeddings.off();
      }
      VectorIndex vectors =
          vectorDirectory == null
              ? VectorIndex.inMemory(embedder.dimension())
              : VectorIndex.open(vectorDirectory, embedder.dimension());
      return Embeddings.on(embedder, vectors, feed, new JdbcTopicStore(dataSource), clock);
    }
  }
}
