package paperradar.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * An element's own text and deep text, read from the text its tree shares, are what a DOM parser
 * reads for the same element (folded as {@link XmlNode} folds), whether the document is held whole
 * or streamed entry by entry.
 */
class XmlNodeTextPropertyTest {

  private static final ParseContext CONTEXT =
      new ParseContext("generated", LocalDate.of(2026, 1, 1));

  @Property(tries = 500)
  void heldDocumentReadsAsDom(@ForAll("documents") String xml) throws Exception {
    XmlNode root = XmlNode.parse(xml, CONTEXT);
    Element dom = dom(xml);
    for (int i = 0; i < childElements(dom).size(); i++) {
      assertSameText(root.children("entry").get(i), childElements(dom).get(i));
    }
  }

  @Property(tries = 500)
  void streamedEntriesReadAsDom(@ForAll("documents") String xml) throws Exception {
    List<Element> expected = childElements(dom(xml));
    try (XmlEntries entries = XmlEntries.open(new StringReader(xml), CONTEXT)) {
      for (Element entry : expected) {
        XmlNode read = entries.next("feed", "entry");
        assertThat(read).isNotNull();
        assertSameText(read, entry);
      }
      assertThat(entries.next("feed", "entry")).isNull();
    }
  }

  private static void assertSameText(XmlNode node, Element element) {
    assertThat(node.name()).isEqualTo(element.getLocalName());
    assertThat(node.deepText()).isEqualTo(SpaceFolding.fold(element.getTextContent()));
    StringBuilder own = new StringBuilder();
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        own.append(child.getNodeValue());
      }
    }
    assertThat(node.text()).isEqualTo(SpaceFolding.fold(own.toString()));
    List<Element> children = childElements(element);
    assertThat(node.children("i").size() + node.children("b").size()).isEqualTo(children.size());
    int i = 0;
    int b = 0;
    for (Element child : children) {
      boolean italic = child.getLocalName().equals("i");
      assertSameText(node.children(child.getLocalName()).get(italic ? i++ : b++), child);
    }
  }

  private static Element dom(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setCoalescing(false);
    return factory
        .newDocumentBuilder()
        .parse(new InputSource(new StringReader(xml)))
        .getDocumentElement();
  }

  private static List<Element> childElements(Element element) {
    List<Element> elements = new ArrayList<>();
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e) {
        elements.add(e);
      }
    }
    return elements;
  }

  /** A feed of entries mixing text, CDATA, entities and nested {@code <i>} and {@code <b>}. */
  @Provide
  Arbitrary<String> documents() {
    return entry(3)
        .list()
        .ofMaxSize(4)
        .map(entries -> "<feed>\n" + String.join("\n", entries) + "\n</feed>");
  }

  private Arbitrary<String> entry(int depth) {
    return content(depth).map(inner -> "<entry>" + inner + "</entry>");
  }

  private Arbitrary<String> content(int depth) {
    Arbitrary<String> text =
        Arbitraries.of(
            "Deep", " ", "\n  ", "learning", "&amp;", "&lt;x&gt;", "<![CDATA[ a<b ]]>", "\t", "é");
    Arbitrary<String> piece =
        depth == 0
            ? text
            : Arbitraries.oneOf(
                text,
                text,
                Arbitraries.lazy(() -> content(depth - 1)).map(inner -> "<i>" + inner + "</i>"),
                Arbitraries.lazy(() -> content(depth - 1)).map(inner -> "<b>" + inner + "</b>"));
    return piece.list().ofMaxSize(5).map(pieces -> String.join("", pieces));
  }
}
