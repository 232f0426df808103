package paperradar.core.search;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.AttributeSource;
import paperradar.core.model.Paper;
import paperradar.core.model.TitleKey;

/**
 * Turns a paper into an index document holding everything a hit shows, so search never reads the
 * database.
 */
public final class PaperDocuments {

  /**
   * Text with offsets in the postings, which the unified highlighter reads instead of re-analyzing.
   * Tokenized, so that the writer adds its analyzer's gaps between values of a field, as it did
   * when it analysed the text itself.
   */
  private static final FieldType INDEXED_TEXT_WITH_OFFSETS = new FieldType();

  static {
    INDEXED_TEXT_WITH_OFFSETS.setTokenized(true);
    INDEXED_TEXT_WITH_OFFSETS.setIndexOptions(
        IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    INDEXED_TEXT_WITH_OFFSETS.freeze();
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

  /** Analyzers like the index writer's for these fields; each reuses its chains per thread. */
  private static final Analyzer ENGLISH = PaperAnalyzers.english();

  private static final Analyzer NAMES = PaperAnalyzers.names();

  private PaperDocuments() {}

  /**
   * The document of a paper. Each text is analysed once per analyzer and its tokens replayed into
   * every field that holds it (the title goes into five), which gives the same terms, positions and
   * offsets as adding the text to each field for the writer to analyse: the writer still adds its
   * analyzer's position and offset gaps between the values of a field. The shown texts are stored
   * beside, under the same names.
   */
  public static Document of(Paper paper) {
    AnalysedText text = AnalysedText.of(paper);
    AttributeSource shared = CapturedTokens.attributesOfOneDocument();
    Document doc = new Document();
    doc.add(new StringField(PaperFields.ID, Long.toString(paper.id()), Field.Store.YES));
    doc.add(new NumericDocValuesField(PaperFields.ID, paper.id()));
    if (paper.arxivId() != null) {
      doc.add(new StringField(PaperFields.ARXIV_ID, paper.arxivId().value(), Field.Store.YES));
    }
    doc.add(new Field(PaperFields.TITLE, text.title.replay(shared), INDEXED_TEXT_WITH_OFFSETS));
    doc.add(new StoredField(PaperFields.TITLE, paper.title()));
    doc.add(new StoredField(PaperFields.URL, paper.url()));
    doc.add(new StringField(PaperFields.TITLE_KEY, TitleKey.of(paper.title()), Field.Store.NO));
    doc.add(
        new Field(
            PaperFields.ABSTRACT, text.abstractText.replay(shared), INDEXED_TEXT_WITH_OFFSETS));
    doc.add(new StoredField(PaperFields.ABSTRACT, paper.abstractText()));
    doc.add(new Field(PaperFields.AUTHORS, text.authorNames.replay(shared), INDEXED_TEXT));
    doc.add(new StoredField(PaperFields.AUTHORS, text.authors));
    addCombined(doc, text, shared);
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
    AnalysedText text = AnalysedText.of(paper);
    AttributeSource shared = CapturedTokens.attributesOfOneDocument();
    Document doc = new Document();
    doc.add(new Field(PaperFields.TITLE, text.title.replay(shared), INDEXED_TEXT));
    doc.add(new StringField(PaperFields.TITLE_KEY, TitleKey.of(paper.title()), Field.Store.NO));
    doc.add(new Field(PaperFields.ABSTRACT, text.abstractText.replay(shared), INDEXED_TEXT));
    doc.add(new Field(PaperFields.AUTHORS, text.authorNames.replay(shared), INDEXED_TEXT));
    addCombined(doc, text, shared);
    doc.add(new LongPoint(PaperFields.DAY, day(paper)));
    return doc;
  }

  /**
   * The title goes in twice: an index-time boost (see {@link QueryReader}). Its pairs go in once,
   * counted twice, which the pairs field (frequencies, no positions) cannot tell apart.
   */
  private static void addCombined(Document doc, AnalysedText text, AttributeSource shared) {
    for (CapturedTokens value :
        List.of(text.title, text.title, text.abstractText, text.authorWords)) {
      doc.add(new Field(PaperFields.TEXT, value.replay(shared), INDEXED_TEXT));
    }
    doc.add(new Field(PaperFields.PAIRS, text.title.pairs(2, shared), INDEXED_PAIRS));
    doc.add(new Field(PaperFields.PAIRS, text.abstractText.pairs(1, shared), INDEXED_PAIRS));
    doc.add(new Field(PaperFields.PAIRS, text.authorWords.pairs(1, shared), INDEXED_PAIRS));
  }

  /**
   * A paper's texts, each analysed once per analyzer its fields use: the English chain for the
   * title, the abstract and the combined field (authors included), the plain one for the authors.
   */
  private record AnalysedText(
      String authors,
      CapturedTokens title,
      CapturedTokens abstractText,
      CapturedTokens authorWords,
      CapturedTokens authorNames) {

    static AnalysedText of(Paper paper) {
      String authors = String.join(", ", paper.authors());
      return new AnalysedText(
          authors,
          CapturedTokens.of(ENGLISH, PaperFields.TITLE, paper.title()),
          CapturedTokens.of(ENGLISH, PaperFields.ABSTRACT, paper.abstractText()),
          CapturedTokens.of(ENGLISH, PaperFields.TEXT, authors),
          CapturedTokens.of(NAMES, PaperFields.AUTHORS, authors));
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
