package paperradar.core.ingest;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * An XML listing read as a stream: its root element, then its entries one at a time, each as a
 * small {@link XmlNode} tree, so the feed parsers read a streamed entry with the same code as a
 * held one. The StAX parser refuses DTDs and external entities, as {@link XmlNode#parse} does, and
 * does not coalesce text, so a huge text arrives in pieces that are counted before they are kept.
 */
final class XmlEntries implements AutoCloseable {

  /** The most text one entry may hold: a paper's title, authors and abstract are kilobytes. */
  static final int MAX_ENTRY_CHARS = 8 * 1024 * 1024;

  private final Reader text;
  private final XMLStreamReader reader;
  private final ParseContext context;
  private final XmlNode root;
  private final Deque<String> open = new ArrayDeque<>();
  private final Set<String> rootChildren = new HashSet<>();

  private XmlEntries(Reader text, XMLStreamReader reader, ParseContext context, XmlNode root) {
    this.text = text;
    this.reader = reader;
    this.context = context;
    this.root = root;
    open.push(root.name());
  }

  /** Starts reading: the text up to the root element, which must be there. */
  static XmlEntries open(Reader text, ParseContext context) throws ListingParseException {
    XMLStreamReader reader = null;
    try {
      reader = StaxFactories.streaming().createXMLStreamReader(text);
      while (reader.hasNext()) {
        if (reader.next() == XMLStreamConstants.START_ELEMENT) {
          return new XmlEntries(text, reader, context, XmlNode.start(reader));
        }
      }
      throw context.error(1, "malformed XML: no root element");
    } catch (XMLStreamException | RuntimeException e) {
      ListingParseException error = error(e, reader, context);
      closeQuietly(reader, text);
      throw error;
    } catch (ListingParseException e) {
      closeQuietly(reader, text);
      throw e;
    }
  }

  /** The root element, without its content. */
  XmlNode root() {
    return root;
  }

  /** Whether an element of this name was read among the root's children so far. */
  boolean rootHasChild(String localName) {
    return rootChildren.contains(localName);
  }

  /**
   * The next element named {@code name} whose parent is named {@code parent}, outside every entry
   * read before; null when the document has ended, after reading (and so checking) all of it.
   */
  @Nullable XmlNode next(String parent, String name) throws ListingParseException {
    try {
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String local = reader.getLocalName();
          if (open.size() == 1) {
            rootChildren.add(local);
          }
          if (local.equals(name) && parent.equals(open.peek())) {
            return XmlNode.readElement(reader, MAX_ENTRY_CHARS, context);
          }
          open.push(local);
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          open.pop();
        }
      }
      return null;
    } catch (XMLStreamException | RuntimeException e) {
      throw error(e, reader, context);
    }
  }

  private static ListingParseException error(
      Exception e, @Nullable XMLStreamReader reader, ParseContext context) {
    ListingTextReader.UnreadableText unreadable = ListingTextReader.causeOf(e);
    if (unreadable != null) {
      return context.error(unreadable.line(), unreadable.reason());
    }
    if (e instanceof XMLStreamException xml) {
      int line =
          xml.getLocation() != null
              ? xml.getLocation().getLineNumber()
              : reader == null ? 1 : reader.getLocation().getLineNumber();
      return context.error(line, "malformed XML: " + XmlNode.cleanMessage(xml));
    }
    int line =
        reader == null || reader.getLocation() == null ? 1 : reader.getLocation().getLineNumber();
    return context.error(line, "malformed XML");
  }

  @Override
  public void close() {
    closeQuietly(reader, text);
  }

  private static void closeQuietly(@Nullable XMLStreamReader reader, Reader text) {
    try {
      if (reader != null) {
        reader.close();
      }
    } catch (XMLStreamException ignored) {
      // Closing a reader frees its buffers; the text is closed below in any case.
    }
    try {
      text.close();
    } catch (IOException ignored) {
      // A file open for reading has nothing to lose on close.
    }
  }
}
