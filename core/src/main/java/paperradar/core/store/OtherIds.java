package paperradar.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The ids other than arXiv's that merge papers without an arXiv id (DOI, PMID, Semantic Scholar),
 * as the keys of the table that finds papers by them ({@code paper_other_ids}: {@code doi:…},
 * {@code pmid:…}, {@code s2:…}). The table holds only the ids papers have: most papers have none,
 * and indexed as columns of every paper row they cost three index entries per paper.
 */
final class OtherIds {

  private OtherIds() {}

  /** The keys of the ids given, in {@code doi, pmid, s2} order, skipping the absent. */
  static List<String> keys(@Nullable String doi, @Nullable String pmid, @Nullable String s2Id) {
    List<String> keys = new ArrayList<>(3);
    if (doi != null) {
      keys.add("doi:" + doi);
    }
    if (pmid != null) {
      keys.add("pmid:" + pmid);
    }
    if (s2Id != null) {
      keys.add("s2:" + s2Id);
    }
    return keys;
  }

  static List<String> keys(BestKnownFields fields) {
    return keys(fields.doi(), fields.pmid(), fields.s2Id());
  }

  /**
   * Records, in one batch, each id these papers have that their row did not have when the chunk
   * loaded it; the papers are inserted already. An id a paper no longer has stays: a lookup only
   * loads candidates, which the chunk matches by their rows.
   */
  static void record(Connection connection, Collection<ChunkPaper> papers) throws SQLException {
    List<String> keys = new ArrayList<>();
    List<Long> paperIds = new ArrayList<>();
    for (ChunkPaper paper : papers) {
      for (String key : keys(paper.fields())) {
        if (!paper.hadOtherId(key)) {
          keys.add(key);
          paperIds.add(paper.id());
        }
      }
    }
    if (keys.isEmpty()) {
      return;
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO paper_other_ids (id_value, paper_id) VALUES (?, ?)")) {
      for (int i = 0; i < keys.size(); i++) {
        insert.setString(1, keys.get(i));
        insert.setLong(2, paperIds.get(i));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }
}
