package paperradar.core.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import paperradar.core.model.SignalName;

class PaperCardSignalsTest {

  @Test
  void oneUpvoteIsSingularAndZeroSignalsAreLeftOut() {
    Map<SignalName, Long> signals = new EnumMap<>(SignalName.class);
    signals.put(SignalName.UPVOTES, 1L);
    signals.put(SignalName.HACKER_NEWS, 192L);
    signals.put(SignalName.REDDIT, 0L);
    signals.put(SignalName.COMMENTS, 2L);

    assertThat(PaperCards.signals(signals)).isEqualTo("1 upvote · HN 192 · 2 comments");
  }

  @Test
  void aPaperWithOnlyZeroSignalsShowsNoSignalLine() {
    assertThat(PaperCards.signals(Map.of(SignalName.REDDIT, 0L, SignalName.UPVOTES, 0L))).isEmpty();
  }
}
