package paperradar.bot.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import paperradar.core.model.Paper;
import paperradar.core.model.PaperSource;
import paperradar.core.model.SignalName;

/** Writes a paper with exactly the fields of the export contract. */
final class PaperJson {

  private PaperJson() {}

  static void write(JsonGenerator json, Paper paper) throws IOException {
    json.writeStartObject();
    json.writeNumberField("id", paper.id());
    Json.writeNullableString(json, "arxivId", paper.arxivId());
    json.writeStringField("title", paper.title());
    json.writeStringField("url", paper.url());
    json.writeArrayFieldStart("authors");
    for (String author : paper.authors()) {
      json.writeString(author);
    }
    json.writeEndArray();
    if (paper.authorCount() == null) {
      json.writeNullField("authorCount");
    } else {
      json.writeNumberField("authorCount", paper.authorCount());
    }
    Json.writeNullableString(json, "organization", paper.organization());
    json.writeStringField("abstract", paper.abstractText());
    Json.writeNullableString(json, "published", paper.published());
    json.writeObjectFieldStart("signals");
    for (SignalName name : SignalName.values()) {
      Long value = paper.signals().get(name);
      if (value != null) {
        json.writeNumberField(name.wireName(), value);
      }
    }
    json.writeEndObject();
    json.writeArrayFieldStart("sources");
    for (String source : paper.sources().stream().map(PaperSource::id).sorted().toList()) {
      json.writeString(source);
    }
    json.writeEndArray();
    json.writeStringField("firstSeen", paper.firstSeen().toString());
    Json.writeNullableString(json, "doi", paper.doi());
    Json.writeNullableString(json, "pmid", paper.pmid());
    Json.writeNullableString(json, "s2Id", paper.s2Id());
    if (paper.latestVersion() == null) {
      json.writeNullField("version");
    } else {
      json.writeNumberField("version", paper.latestVersion());
    }
    json.writeArrayFieldStart("categories");
    for (String category : paper.categories()) {
      json.writeString(category);
    }
    json.writeEndArray();
    json.writeEndObject();
  }
}
