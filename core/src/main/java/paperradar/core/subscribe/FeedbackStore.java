package paperradar.core.subscribe;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import paperradar.core.model.ChannelRef;

/**
 * A channel's likes and dislikes, stored: one verdict per channel and paper, with who gave it last
 * and when. Anyone in the channel may give it; giving the same verdict again takes it back, giving
 * the other one replaces it (a 👍 pressed twice is a 👍 taken back, as on every chat's reactions).
 */
public interface FeedbackStore extends ChannelFeedback {

  /** What a channel said of a paper. */
  enum Verdict {
    LIKE,
    DISLIKE
  }

  /** What a {@link #toggle} did. */
  enum Outcome {
    /** The channel had no verdict on the paper; now it has this one. */
    GIVEN,
    /** The channel had the other verdict; this one replaced it. */
    REPLACED,
    /** The channel had this very verdict; it is gone now. */
    TAKEN_BACK
  }

  /**
   * One stored verdict.
   *
   * @param givenBy the platform's user id of whoever gave it (never shown to others)
   */
  record Feedback(long paperId, Verdict verdict, String givenBy, Instant givenAt) {
    public Feedback {
      Objects.requireNonNull(verdict, "verdict");
      Objects.requireNonNull(givenBy, "givenBy");
      Objects.requireNonNull(givenAt, "givenAt");
    }
  }

  /** Gives, replaces or takes back the channel's verdict on a paper, as the class says. */
  Outcome toggle(ChannelRef channel, long paperId, Verdict verdict, String userId, Instant at);

  /** Every verdict the channel holds, newest first. */
  List<Feedback> feedback(ChannelRef channel);
}
