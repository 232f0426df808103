package paperradar.core.subscribe;

import java.util.List;
import paperradar.core.model.ChannelRef;

/**
 * What a channel told the bot about papers it was shown: its likes and dislikes (the 👍 and 👎
 * buttons, {@code /papers like} and {@code /papers dislike}). The digest's "For you" section reads
 * it; the feedback store writes it.
 */
public interface ChannelFeedback {

  /** No channel has said anything. */
  ChannelFeedback NONE =
      new ChannelFeedback() {
        @Override
        public List<Long> liked(ChannelRef channel) {
          return List.of();
        }

        @Override
        public List<Long> disliked(ChannelRef channel) {
          return List.of();
        }
      };

  /** The store ids of the papers the channel liked, newest first. */
  List<Long> liked(ChannelRef channel);

  /** The store ids of the papers the channel disliked, newest first. */
  List<Long> disliked(ChannelRef channel);
}
