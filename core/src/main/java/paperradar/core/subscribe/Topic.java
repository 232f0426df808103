package paperradar.core.subscribe;

import java.time.Instant;
import paperradar.core.model.ChannelRef;

/**
 * One topic a channel subscribed to: a search query that new papers are matched against.
 *
 * @param createdBy the platform's id of the user who subscribed
 */
public record Topic(
    long id, ChannelRef channel, String query, String createdBy, Instant createdAt) {}
