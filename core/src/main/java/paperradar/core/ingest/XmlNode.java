package paperradar.core.ingest;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

  private static final Map<String, String> NO_ATTRIBUTES = Map.of();

  private final String namespace;
  private final String name;
  private final Map<String, String> attributes;
  private final List<XmlNode> children = new ArrayList<>(4);
  private final int line;

  /**
   * The text of the tree this node was read with, in document order, shared by all its nodes: the
   * text inside an element is one stretch of it, so no node holds a copy of its descendants' text.
   */
  private final StringBuilder treeText;

  private final int deepStart;
  private int deepEnd;

  /** The node's own text when it came in one piece (the usual case): a stretch of treeText. */
  private int ownStart = -1;

  private int ownEnd = -1;

  /** The node's own text when it came in more pieces (around children, or split by the parser). */
  private @Nullable StringBuilder ownPieces;

  private @Nullable String folded;

  private XmlNode(XMLStreamReader reader, StringBuilder treeText) {
    String uri = reader.getNamespaceURI();
    this.namespace = uri == null ? "" : uri;
    this.name = reader.getLocalName();
    this.attributes = attributes(reader);
    this.line = reader.getLocation().getLineNumber();
    this.treeText = treeText;
    this.deepStart = treeText.length();
    this.deepEnd = deepStart;
  }

  private static Map<String, String> attributes(XMLStreamReader reader) {
    int count = reader.getAttributeCount();
    if (count == 0) {
      return NO_ATTRIBUTES;
    }
    Map<String, String> attributes = new HashMap<>();
    for (int i = 0; i < count; i++) {
      attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
    }
    return attributes;
  }

  static XmlNode parse(String xml, ParseContext context) throws ListingParseException {
    XMLStreamReader reader = null;
    try {
      reader = StaxFactories.coalescing().createXMLStreamReader(new StringReader(xml));
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
    StringBuilder treeText = new StringBuilder();
    Deque<XmlNode> open = new ArrayDeque<>();
    XmlNode root = null;
    while (reader.hasNext()) {
      int event = reader.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        XmlNode node = new XmlNode(reader, treeText);
        if (open.isEmpty()) {
          root = node;
        } else {
          open.peek().children.add(node);
        }
        open.push(node);
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        open.pop().end();
      } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
          && !open.isEmpty()) {
        open.peek().appendOwnText(reader);
      }
    }
    if (root == null) {
      throw new XMLStreamException("no root element");
    }
    return root;
  }

  /** The element the reader is at (a START_ELEMENT), without its content: a streamed root. */
  static XmlNode start(XMLStreamReader reader) {
    return new XmlNode(reader, new StringBuilder(0));
  }

  /**
   * The element the reader is at (a START_ELEMENT) with everything inside it, leaving the reader at
   * its END_ELEMENT: one entry of a streamed listing. An element with more than {@code maxChars}
   * characters of text is refused at its line before it can fill the heap.
   */
  static XmlNode readElement(XMLStreamReader reader, int maxChars, ParseContext context)
      throws XMLStreamException, ListingParseException {
    XmlNode element = new XmlNode(reader, new StringBuilder(2048));
    Deque<XmlNode> open = new ArrayDeque<>();
    open.push(element);
    long chars = 0;
    while (!open.isEmpty()) {
      int event = reader.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        XmlNode node = new XmlNode(reader, element.treeText);
        open.peek().children.add(node);
        open.push(node);
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        open.pop().end();
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
        open.peek().appendOwnText(reader);
      }
    }
    return element;
  }

  /** Adds the reader's characters (a CHARACTERS or CDATA event) to the tree and to this node. */
  private void appendOwnText(XMLStreamReader reader) {
    int from = treeText.length();
    treeText.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
    int to = treeText.length();
    if (ownPieces != null) {
      ownPieces.append(treeText, from, to);
    } else if (ownStart < 0) {
      ownStart = from;
      ownEnd = to;
    } else if (ownEnd == from) {
      ownEnd = to; // a piece right after the last one: still one stretch
    } else {
      ownPieces = new StringBuilder(ownEnd - ownStart + to - from);
      ownPieces.append(treeText, ownStart, ownEnd).append(treeText, from, to);
    }
  }

  private void end() {
    deepEnd = treeText.length();
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
    String text = folded;
    if (text == null) {
      if (ownPieces != null) {
        text = SpaceFolding.fold(ownPieces.toString());
      } else if (ownStart >= 0) {
        text = SpaceFolding.fold(treeText.substring(ownStart, ownEnd));
      } else {
        text = "";
      }
      folded = text;
    }
    return text;
  }

  /**
   * The text of the element and everything inside it, in document order, folded: for titles and
   * abstracts with inline markup ({@code <i>}, {@code <sup>}) such as PubMed's.
   */
  String deepText() {
    return SpaceFolding.fold(treeText.substring(deepStart, deepEnd));
  }

  List<XmlNode> children(String localName) {
    List<XmlNode> named = new ArrayList<>();
    for (XmlNode child : children) {
      if (child.name.equals(localName)) {
        named.add(child);
      }
    }
    return named;
  }

  Optional<XmlNode> child(String localName) {
    XmlNode child = firstChild(localName);
    return child == null ? Optional.empty() : Optional.of(child);
  }

  private @Nullable XmlNode firstChild(String localName) {
    for (XmlNode child : children) {
      if (child.name.equals(localName)) {
        return child;
      }
    }
    return null;
  }

  /** The text of the first child with this name, or an empty string. */
  String childText(String localName) {
    XmlNode child = firstChild(localName);
    return child == null ? "" : child.text();
  }
}
