package paperradar.core.subscribe;

import java.time.Instant;

/** A paper a topic matched, and when. */
public record TopicMatch(long topicId, long paperId, Instant matchedAt) {}
