package paperradar.core.ingest;

import javax.xml.stream.XMLInputFactory;

/**
 * The StAX factories the XML parsers read with, each made once per thread: finding and configuring
 * a factory costs more than reading a small feed. Both refuse DTDs and external entities.
 */
final class StaxFactories {

  private static final ThreadLocal<XMLInputFactory> COALESCING =
      ThreadLocal.withInitial(() -> safe(true));

  private static final ThreadLocal<XMLInputFactory> STREAMING =
      ThreadLocal.withInitial(() -> safe(false));

  private StaxFactories() {}

  /** A factory whose readers deliver each text whole: for a document held in memory. */
  static XMLInputFactory coalescing() {
    return COALESCING.get();
  }

  /**
   * A factory whose readers deliver a large text in pieces, so that a streamed entry's text can be
   * counted before it is kept.
   */
  static XMLInputFactory streaming() {
    return STREAMING.get();
  }

  private static XMLInputFactory safe(boolean coalescing) {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, coalescing);
    return factory;
  }
}
