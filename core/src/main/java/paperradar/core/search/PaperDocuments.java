package paperradar.core.search;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import paperradar.core.model.Paper;
import paperradar.core.model.TitleKey;

/**
 * Turns a paper into an index document holding everything a hit shows, so search never reads the
 * database.
 */
public final class PaperDocuments {

  /**
   * Text with offsets in the postings, which the unified highlighter reads instead of re-analyzing.
   */
  private static final FieldType TEXT_WITH_OFFSETS = new FieldType();

  static {
    TEXT_WITH_OFFSETS.setTokenized(true);
    TEXT_WITH_OFFSETS.setStored(true);
    TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_WITH_OFFSETS.freeze();
  }

  private static final FieldType TEXT = new FieldType();

  static {
    TEXT.setTokenized(true);
    TEXT.setStored(true);
    TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    TEXT.freeze();
  }

  /** Searched, never shown: indexed only. */
  private static final FieldType INDEXED_TEXT = new FieldType();

  static {
    INDEXED_TEXT.setTokenized(true);
    INDEXED_TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    INDEXED_TEXT.freeze();
  }

  private static final FieldType INDEXED_PAIRS = new FieldType();

  static {
    INDEXED_PAIRS.setTokenized(true);
    INDEXED_PAIRS.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    INDEXED_PAIRS.freeze();
  }

  private PaperDocuments() {}

  public static Document of(Paper paper) {
    Document doc = new Document();
    doc.add(new StringField(PaperFields.ID, Long.toString(paper.id()), Field.Store.YES));
    doc.add(new NumericDocValuesField(PaperFields.ID, paper.id()));
    if (paper.arxivId() != null) {
      doc.add(new StringField(PaperFields.ARXIV_ID, paper.arxivId().value(), Field.Store.YES));
    }
    doc.add(new Field(PaperFields.TITLE, paper.title(), TEXT_WITH_OFFSETS));
    doc.add(new StoredField(PaperFields.URL, paper.url()));
    doc.add(new StringField(PaperFields.TITLE_KEY, TitleKey.of(paper.title()), Field.Store.NO));
    doc.add(new Field(PaperFields.ABSTRACT, paper.abstractText(), TEXT_WITH_OFFSETS));
    doc.add(new Field(PaperFields.AUTHORS, String.join(", ", paper.authors()), TEXT));
    addCombined(doc, paper);
    long day = day(paper);
    doc.add(new LongPoint(PaperFields.DAY, day));
    doc.add(new NumericDocValuesField(PaperFields.DAY, day));
    if (paper.published() != null) {
      doc.add(new StoredField(PaperFields.PUBLISHED, paper.published().toEpochDay()));
      doc.add(new NumericDocValuesField(PaperFields.PUBLISHED_DAY, paper.published().toEpochDay()));
    }
    return doc;
  }

  /**
   * The same searchable fields as {@link #of}, and nothing stored: what topic matching indexes for
   * each batch of new papers, where stored text and offsets would only be written to be thrown
   * away.
   */
  public static Document forMatching(Paper paper) {
    Document doc = new Document();
    doc.add(new Field(PaperFields.TITLE, paper.title(), INDEXED_TEXT));
    doc.add(new StringField(PaperFields.TITLE_KEY, TitleKey.of(paper.title()), Field.Store.NO));
    doc.add(new Field(PaperFields.ABSTRACT, paper.abstractText(), INDEXED_TEXT));
    doc.add(new Field(PaperFields.AUTHORS, String.join(", ", paper.authors()), INDEXED_TEXT));
    addCombined(doc, paper);
    doc.add(new LongPoint(PaperFields.DAY, day(paper)));
    return doc;
  }

  /** The title goes in twice: an index-time boost (see {@link QueryReader}). */
  private static void addCombined(Document doc, Paper paper) {
    for (String value :
        List.of(
            paper.title(),
            paper.title(),
            paper.abstractText(),
            String.join(", ", paper.authors()))) {
      doc.add(new Field(PaperFields.TEXT, value, INDEXED_TEXT));
      doc.add(new Field(PaperFields.PAIRS, value, INDEXED_PAIRS));
    }
  }

  static long day(Paper paper) {
    LocalDate date =
        paper.published() != null
            ? paper.published()
            : paper.firstSeen().atZone(ZoneOffset.UTC).toLocalDate();
    return date.toEpochDay();
  }
}
