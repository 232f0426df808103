package paperradar.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import paperradar.core.fixtures.CorpusGenerator;
import paperradar.core.model.ArxivId;
import paperradar.core.model.Paper;

/**
 * The document {@link PaperDocuments#of} builds from tokens analysed once indexes exactly what the
 * document of plain strings did, which the writer analysed per field: the same terms with the same
 * frequencies, positions and offsets, and the same norms, in every text field; and it stores the
 * same values. The reference below is the plain-string document as it was.
 */
class PaperDocumentsEquivalenceTest {

  private static final List<String> TEXT_FIELDS =
      List.of(
          PaperFields.TITLE,
          PaperFields.ABSTRACT,
          PaperFields.AUTHORS,
          PaperFields.TEXT,
          PaperFields.PAIRS);

  @Property(tries = 300)
  void analysedOnceIndexesWhatPlainStringsDid(
      @ForAll("texts") String title,
      @ForAll("texts") String abstractText,
      @ForAll("authorLists") List<String> authors) {
    Paper paper = paper(title, abstractText, authors);
    assertSameIndex(paper, PaperDocuments::of, PaperDocumentsEquivalenceTest::plainStrings);
    assertSameIndex(
        paper, PaperDocuments::forMatching, PaperDocumentsEquivalenceTest::plainStringsToMatch);
  }

  @Example
  void generatedPapersIndexAlike() {
    for (Paper paper : new CorpusGenerator(7).papers(150)) {
      assertSameIndex(paper, PaperDocuments::of, PaperDocumentsEquivalenceTest::plainStrings);
    }
  }

  @Example
  void theComparisonSeesADifferentText() {
    Paper paper = paper("Graph neural networks", "", List.of("Ada Lovelace"));
    Paper other = paper("Graph neural network", "", List.of("Ada Lovelace"));
    assertThat(postings(plainStrings(paper))).isNotEqualTo(postings(plainStrings(other)));
    assertThat(postings(PaperDocuments.of(paper))).isEqualTo(postings(plainStrings(paper)));
  }

  private static void assertSameIndex(
      Paper paper, Function<Paper, Document> built, Function<Paper, Document> reference) {
    assertThat(postings(built.apply(paper))).isEqualTo(postings(reference.apply(paper)));
  }

  @Provide
  Arbitrary<String> texts() {
    return PaperTexts.texts();
  }

  @Provide
  Arbitrary<List<String>> authorLists() {
    return texts().list().ofMaxSize(4);
  }

  private static Paper paper(String title, String abstractText, List<String> authors) {
    return new Paper(
        42,
        ArxivId.parse("2501.00001").orElseThrow(),
        title,
        authors,
        null,
        null,
        abstractText,
        LocalDate.of(2025, 1, 2),
        Map.of(),
        Set.of(),
        Instant.parse("2025-01-02T00:00:00Z"));
  }

  /** Everything a one-document index holds of the text fields, and the stored values, as text. */
  private static List<String> postings(Document doc) {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter writer =
          new IndexWriter(dir, new IndexWriterConfig(PaperAnalyzers.perField()))) {
        writer.addDocument(doc);
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        LeafReader leaf = reader.leaves().get(0).reader();
        List<String> seen = new ArrayList<>();
        for (String field : TEXT_FIELDS) {
          FieldInfo info = leaf.getFieldInfos().fieldInfo(field);
          seen.add(
              "field "
                  + field
                  + (info == null
                      ? " absent"
                      : " " + info.getIndexOptions() + " norms " + !info.omitsNorms()));
          describeTerms(leaf.terms(field), seen);
          NumericDocValues norms = leaf.getNormValues(field);
          if (norms != null && norms.advanceExact(0)) {
            seen.add("norm " + norms.longValue());
          }
        }
        for (IndexableField stored : reader.storedFields().document(0)) {
          seen.add("stored " + stored.name() + "=" + stored.stringValue());
        }
        return seen;
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void describeTerms(Terms terms, List<String> seen) throws IOException {
    if (terms == null) {
      return;
    }
    TermsEnum each = terms.iterator();
    for (BytesRef term = each.next(); term != null; term = each.next()) {
      PostingsEnum postings = each.postings(null, PostingsEnum.ALL);
      postings.nextDoc();
      StringBuilder line =
          new StringBuilder(term.utf8ToString()).append(" x").append(postings.freq());
      if (terms.hasPositions()) {
        for (int i = 0; i < postings.freq(); i++) {
          line.append(' ').append(postings.nextPosition());
          if (terms.hasOffsets()) {
            line.append('[')
                .append(postings.startOffset())
                .append(',')
                .append(postings.endOffset())
                .append(']');
          }
        }
      }
      seen.add(line.toString());
    }
  }

  // The documents as they were built before analysis was shared: plain strings, each analysed by
  // the writer in every field.

  private static final FieldType STORED_WITH_OFFSETS = type(true, true);
  private static final FieldType STORED = type(true, false);
  private static final FieldType INDEXED = type(false, false);
  private static final FieldType PAIRS = new FieldType();

  static {
    PAIRS.setTokenized(true);
    PAIRS.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    PAIRS.freeze();
  }

  private static FieldType type(boolean stored, boolean offsets) {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setStored(stored);
    type.setIndexOptions(
        offsets
            ? IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS
            : IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    type.freeze();
    return type;
  }

  private static Document plainStrings(Paper paper) {
    Document doc = new Document();
    doc.add(new StoredField(PaperFields.ID, Long.toString(paper.id())));
    doc.add(new StoredField(PaperFields.ARXIV_ID, paper.arxivId().value()));
    doc.add(new Field(PaperFields.TITLE, paper.title(), STORED_WITH_OFFSETS));
    doc.add(new StoredField(PaperFields.URL, paper.url()));
    doc.add(new Field(PaperFields.ABSTRACT, paper.abstractText(), STORED_WITH_OFFSETS));
    doc.add(new Field(PaperFields.AUTHORS, String.join(", ", paper.authors()), STORED));
    addPlainCombined(doc, paper);
    doc.add(new StoredField(PaperFields.PUBLISHED, paper.published().toEpochDay()));
    return doc;
  }

  private static Document plainStringsToMatch(Paper paper) {
    Document doc = new Document();
    doc.add(new Field(PaperFields.TITLE, paper.title(), INDEXED));
    doc.add(new Field(PaperFields.ABSTRACT, paper.abstractText(), INDEXED));
    doc.add(new Field(PaperFields.AUTHORS, String.join(", ", paper.authors()), INDEXED));
    addPlainCombined(doc, paper);
    return doc;
  }

  private static void addPlainCombined(Document doc, Paper paper) {
    String authors = String.join(", ", paper.authors());
    for (String value : List.of(paper.title(), paper.title(), paper.abstractText(), authors)) {
      doc.add(new Field(PaperFields.TEXT, value, INDEXED));
      doc.add(new Field(PaperFields.PAIRS, value, PAIRS));
    }
  }
}
