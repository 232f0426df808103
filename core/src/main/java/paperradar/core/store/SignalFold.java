package paperradar.core.store;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import paperradar.core.model.SignalName;

/**
 * Folds a paper's sightings into the latest value of each signal, merged across sources: for each
 * signal the value of the most recent capture that carried it, and the highest value where several
 * sightings of that capture time carried it.
 */
final class SignalFold {

  private final Map<SignalName, Long> values = new EnumMap<>(SignalName.class);
  private final Map<SignalName, Instant> times = new EnumMap<>(SignalName.class);

  void add(Instant capturedAt, SignalName name, Long value) {
    if (value == null) {
      return;
    }
    Instant known = times.get(name);
    if (known == null || capturedAt.isAfter(known)) {
      times.put(name, capturedAt);
      values.put(name, value);
    } else if (capturedAt.equals(known)
        && value > Objects.requireNonNull(values.get(name), "a value beside each time")) {
      values.put(name, value);
    }
  }

  Map<SignalName, Long> values() {
    return values;
  }
}
