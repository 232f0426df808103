package paperradar.core.rank;

import paperradar.core.model.SignalName;

/**
 * The constants of the trending formula (see the README). They come from the configuration file.
 *
 * @param gravity g: how fast points lose weight with age, as in Hacker News' ranking
 * @param offsetHours added to every age, so that points of this very hour do not divide by zero
 * @param upvotesWeight weight of one Hugging Face upvote
 * @param hackerNewsWeight weight of one Hacker News point
 * @param redditWeight weight of one Reddit point
 * @param commentsWeight weight of one comment
 * @param sourceWeight weight of each distinct source format that showed the paper in the window
 * @param listingWeight weight of each distinct listing (file or URL) that showed it in the window
 * @param oldPaperDays a paper published this many days before the window opened is old: the points
 *     it already had when first seen are not counted as gained in the window
 */
public record TrendingConfig(
    double gravity,
    double offsetHours,
    double upvotesWeight,
    double hackerNewsWeight,
    double redditWeight,
    double commentsWeight,
    double sourceWeight,
    double listingWeight,
    int oldPaperDays) {

  public TrendingConfig {
    if (gravity <= 0 || offsetHours <= 0) {
      throw new IllegalArgumentException("trending gravity and offsetHours must be positive");
    }
    if (oldPaperDays < 0) {
      throw new IllegalArgumentException("trending oldPaperDays must not be negative");
    }
  }

  public static TrendingConfig defaults() {
    return new TrendingConfig(1.8, 2.0, 1.0, 1.0, 1.0, 0.5, 1.0, 0.5, 30);
  }

  double weight(SignalName signal) {
    return switch (signal) {
      case UPVOTES -> upvotesWeight;
      case HACKER_NEWS -> hackerNewsWeight;
      case REDDIT -> redditWeight;
      case COMMENTS -> commentsWeight;
    };
  }
}
