package paperradar.bot.config;

import paperradar.core.rank.TrendingConfig;

/** What an operator can set in {@code paper-radar.yaml}; {@link ConfigLoader} reads it. */
public record Settings(Trending trending) {

  /** The trending formula's constants (see the README). */
  public record Trending(double gravity, double offsetHours, int oldPaperDays, Weights weights) {

    public TrendingConfig toConfig() {
      return new TrendingConfig(gravity, offsetHours, weights.upvotes(), weights.hackerNews(), weights.reddit(),
          weights.comments(), weights.source(), weights.listing(), oldPaperDays);
    }
  }

  /** The weight of one point of each signal, and of each source and listing. */
  public record Weights(double upvotes, double hackerNews, double reddit, double comments, double source,
      double listing) {}
}
