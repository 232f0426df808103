package paperradar.core.pipeline;

import java.util.List;
import paperradar.core.model.Paper;

/**
 * Told after every stored ingest which papers changed, so indexes and topic matching stay in step.
 */
public interface PaperListener {

  /**
   * @param changed every paper the ingest touched, as now stored
   * @param newPaperIds the ids among them that are new to the store
   */
  void papersChanged(List<Paper> changed, List<Long> newPaperIds);
}
