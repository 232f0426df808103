package paperradar.core.digest;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import paperradar.core.model.ChannelRef;

/**
 * What follow-ups are decided from: each paper a channel was shown, what the store knew of it then
 * and knows now, and which follow-ups the channel already had on it.
 */
public interface FollowUpHistory {

  /**
   * One paper the channel was shown.
   *
   * @param versionThen the highest version its sightings gave up to when it was shown, or null
   * @param versionNow the highest version the store knows now, or null
   * @param codeUrl its code repository, or null
   * @param codeUrlAt when the store first knew a code repository for it, or null
   * @param done the follow-ups the channel already had on it
   */
  record Shown(
      long paperId,
      Instant shownAt,
      @Nullable Integer versionThen,
      @Nullable Integer versionNow,
      @Nullable String codeUrl,
      @Nullable Instant codeUrlAt,
      Set<FollowUpKind> done) {
    public Shown {
      Objects.requireNonNull(shownAt, "shownAt");
      done = Set.copyOf(done);
    }
  }

  /** Every paper shown to the channel, oldest shown first. */
  List<Shown> shownTo(ChannelRef channel);
}
