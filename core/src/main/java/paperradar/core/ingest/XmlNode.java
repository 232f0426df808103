package paperradar.core.ingest;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * A small read-only XML tree with the line of every element, read with a StAX parser that refuses
 * DTDs and external entities. Feeds are small enough to hold whole, and a tree keeps the format
 * parsers short.
 */
final class XmlNode {

  private final String namespace;
  private final String name;
  private final Map<String, String> attributes;
  private final List<XmlNode> children = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private final StringBuilder deepText = new StringBuilder();
  private final int line;

  private XmlNode(String namespace, String name, Map<String, String> attributes, int line) {
    this.namespace = namespace == null ? "" : namespace;
    this.name = name;
    this.attributes = attributes;
    this.line = line;
  }

  static XmlNode parse(String xml, ParseContext context) throws ListingParseException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    XMLStreamReader reader = null;
    try {
      reader = factory.createXMLStreamReader(new StringReader(xml));
      return read(reader);
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? 1 : e.getLocation().getLineNumber();
      throw context.error(line, "malformed XML: " + cleanMessage(e));
    } catch (RuntimeException e) {
      int line =
          reader == null || reader.getLocation() == null ? 1 : reader.getLocation().getLineNumber();
      throw context.error(line, "malformed XML");
    } finally {
      close(reader);
    }
  }

  private static XmlNode read(XMLStreamReader reader) throws XMLStreamException {
    Deque<XmlNode> open = new ArrayDeque<>();
    XmlNode root = null;
    while (reader.hasNext()) {
      int event = reader.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
          attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
        }
        XmlNode node =
            new XmlNode(
                reader.getNamespaceURI(),
                reader.getLocalName(),
                attributes,
                reader.getLocation().getLineNumber());
        if (open.isEmpty()) {
          root = node;
        } else {
          open.peek().children.add(node);
        }
        open.push(node);
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        open.pop();
      } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
          && !open.isEmpty()) {
        String characters = reader.getText();
        open.peek().text.append(characters);
        for (XmlNode node : open) {
          if (node != root) { // the whole document's text is never asked for; not holding it twice
            node.deepText.append(characters);
          }
        }
      }
    }
    if (root == null) {
      throw new XMLStreamException("no root element");
    }
    return root;
  }

  /** The element the reader is at (a START_ELEMENT), without its content: a streamed root. */
  static XmlNode start(XMLStreamReader reader) {
    Map<String, String> attributes = new HashMap<>();
    for (int i = 0; i < reader.getAttributeCount(); i++) {
      attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
    }
    return new XmlNode(
        reader.getNamespaceURI(),
        reader.getLocalName(),
        attributes,
        reader.getLocation().getLineNumber());
  }

  /**
   * The element the reader is at (a START_ELEMENT) with everything inside it, leaving the reader at
   * its END_ELEMENT: one entry of a streamed listing. An element with more than {@code maxChars}
   * characters of text is refused at its line before it can fill the heap.
   */
  static XmlNode readElement(XMLStreamReader reader, int maxChars, ParseContext context)
      throws XMLStreamException, ListingParseException {
    XmlNode element = start(reader);
    Deque<XmlNode> open = new ArrayDeque<>();
    open.push(element);
    long chars = 0;
    while (!open.isEmpty()) {
      int event = reader.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        XmlNode node = start(reader);
        open.peek().children.add(node);
        open.push(node);
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        open.pop();
      } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
        chars += reader.getTextLength();
        if (chars > maxChars) {
          throw context.error(
              element.line,
              "<"
                  + element.name
                  + "> holds more than "
                  + maxChars / (1024 * 1024)
                  + " MB of text; no paper is that large, refused");
        }
        String characters = reader.getText();
        open.peek().text.append(characters);
        for (XmlNode node : open) {
          node.deepText.append(characters);
        }
      }
    }
    return element;
  }

  static String cleanMessage(XMLStreamException e) {
    String message = e.getMessage() == null ? "unreadable" : e.getMessage();
    int detail = message.lastIndexOf("Message: ");
    return detail >= 0 ? message.substring(detail + 9).strip() : message.strip();
  }

  private static void close(@Nullable XMLStreamReader reader) {
    if (reader != null) {
      try {
        reader.close();
      } catch (XMLStreamException ignored) {
        // Nothing is held open by a reader over a string.
      }
    }
  }

  String name() {
    return name;
  }

  String namespace() {
    return namespace;
  }

  int line() {
    return line;
  }

  @Nullable String attribute(String localName) {
    return attributes.get(localName);
  }

  /**
   * The element's own text, with runs of white space (feeds wrap long titles) folded to one space.
   */
  String text() {
    return text.toString().replaceAll("\\s+", " ").strip();
  }

  /**
   * The text of the element and everything inside it, in document order, folded: for titles and
   * abstracts with inline markup ({@code <i>}, {@code <sup>}) such as PubMed's.
   */
  String deepText() {
    return deepText.toString().replaceAll("\\s+", " ").strip();
  }

  List<XmlNode> children(String localName) {
    return children.stream().filter(child -> child.name.equals(localName)).toList();
  }

  Optional<XmlNode> child(String localName) {
    return children.stream().filter(child -> child.name.equals(localName)).findFirst();
  }

  /** The text of the first child with this name, or an empty string. */
  String childText(String localName) {
    return child(localName).map(XmlNode::text).orElse("");
  }
}
