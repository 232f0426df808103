package paperradar.core.deliver;

import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import paperradar.core.digest.ShownPapers;
import paperradar.core.model.ChannelRef;
import paperradar.core.store.Jdbc;

/** The delivery ledger: digests written before they are sent, and every paper shown to each channel. */
public final class DeliveryLedger implements ShownPapers {

  private static final int CHUNK = 500;

  private final Jdbc jdbc;

  public DeliveryLedger(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public Set<Long> shownTo(ChannelRef channel, Collection<Long> paperIds) {
    List<Long> ids = List.copyOf(new HashSet<>(paperIds));
    Set<Long> shown = new HashSet<>();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
      String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
      shown.addAll(jdbc.query("SELECT paper_id FROM shown_papers WHERE platform = ? AND workspace = ? AND channel = ?"
          + " AND paper_id IN (" + marks + ")", statement -> {
            statement.setString(1, channel.platform());
            statement.setString(2, channel.workspace());
            statement.setString(3, channel.channel());
            for (int i = 0; i < chunk.size(); i++) {
              statement.setLong(4 + i, chunk.get(i));
            }
          }, row -> row.getLong("paper_id")));
    }
    return shown;
  }
}
