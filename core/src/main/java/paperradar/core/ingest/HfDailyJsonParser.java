package paperradar.core.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import paperradar.core.model.ArxivId;
import paperradar.core.model.SignalName;

/**
 * Reads the Hugging Face daily_papers API response: a JSON array of submissions, each with a {@code
 * paper} (arXiv id, authors, title, summary, upvotes) and the submission's comments count and
 * organization.
 */
public final class HfDailyJsonParser implements StreamingListingParser {

  private static final ObjectMapper JSON =
      new ObjectMapper(
          JsonFactory.builder()
              .streamReadConstraints(
                  StreamReadConstraints.builder()
                      .maxNestingDepth(64)
                      .maxStringLength(XmlEntries.MAX_ENTRY_CHARS)
                      .build())
              .build());

  @Override
  public ListingFormat format() {
    return ListingFormat.HF_JSON;
  }

  @Override
  public boolean recognizes(String text) {
    String head = text.stripLeading();
    head = head.length() > 4_000 ? head.substring(0, 4_000) : head;
    return head.startsWith("[") && head.contains("\"paper\"");
  }

  @Override
  public EntryReader entries(Reader text, ParseContext context) throws ListingParseException {
    JsonParser parser;
    try {
      parser = JSON.createParser(text);
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        ListingParseException error =
            context.error(
                line(parser.currentTokenLocation()), "expected a JSON array of daily papers");
        parser.close();
        throw error;
      }
    } catch (IOException e) {
      closeQuietly(text);
      throw malformed(e, context);
    }
    return new EntryReader() {
      private int position;
      private boolean ended;

      @Override
      public @Nullable ListingEntry next() throws ListingParseException {
        if (ended) {
          return null;
        }
        try {
          JsonToken token = parser.nextToken();
          if (token == JsonToken.START_OBJECT) {
            int line = line(parser.currentTokenLocation());
            JsonNode submission = JSON.readTree(parser);
            return entry(submission, ++position, line, context);
          }
          if (token != JsonToken.END_ARRAY) {
            throw context.error(
                line(parser.currentTokenLocation()),
                token == null
                    ? "truncated JSON: the array is not closed"
                    : "expected a daily paper object");
          }
          if (parser.nextToken() != null) {
            throw context.error(
                line(parser.currentTokenLocation()), "unexpected content after the array");
          }
          ended = true;
          return null;
        } catch (IOException e) {
          throw malformed(e, context);
        }
      }

      @Override
      public void close() {
        try {
          parser.close();
        } catch (IOException ignored) {
          // Closing a parser over text read for this ingest loses nothing.
        }
        closeQuietly(text);
      }
    };
  }

  private static ListingParseException malformed(IOException e, ParseContext context) {
    ListingTextReader.UnreadableText unreadable = ListingTextReader.causeOf(e);
    if (unreadable != null) {
      return context.error(unreadable.line(), unreadable.reason());
    }
    int line =
        e instanceof com.fasterxml.jackson.core.JacksonException j && j.getLocation() != null
            ? line(j.getLocation())
            : 1;
    return context.error(line, "malformed JSON: " + firstLine(e.getMessage()));
  }

  private static void closeQuietly(Reader text) {
    try {
      text.close();
    } catch (IOException ignored) {
      // As above.
    }
  }

  private static ListingEntry entry(
      JsonNode submission, int position, int line, ParseContext context)
      throws ListingParseException {
    JsonNode paper = submission.path("paper");
    String title =
        text(paper, "title")
            .or(() -> text(submission, "title"))
            .orElse("")
            .replaceAll("\\s+", " ")
            .strip();
    if (title.isEmpty()) {
      throw context.error(line, "daily paper " + position + " has no paper.title");
    }
    Optional<ArxivId> id = text(paper, "id").flatMap(ArxivId::parse);
    ListingEntry.Builder builder =
        ListingEntry.builder(position, line, title)
            .arxivId(id.orElse(null))
            .url(id.map(i -> "https://huggingface.co/papers/" + i.value()).orElse(null))
            .abstractText(
                HtmlText.fold(
                    text(paper, "summary").or(() -> text(submission, "summary")).orElse("")),
                true)
            .authors(authors(paper.path("authors")))
            .codeUrl(text(paper, "githubRepo").orElse(null));
    text(submission.path("organization"), "fullname")
        .or(() -> text(paper.path("organization"), "fullname"))
        .ifPresent(builder::organization);
    builder.published(
        FeedDates.lenient(
            text(paper, "publishedAt").or(() -> text(submission, "publishedAt")).orElse(null),
            line,
            "paper.publishedAt",
            context));
    if (paper.path("upvotes").canConvertToLong()) {
      builder.signal(SignalName.UPVOTES, paper.path("upvotes").asLong());
    }
    if (submission.path("numComments").canConvertToLong()) {
      builder.signal(SignalName.COMMENTS, submission.path("numComments").asLong());
    }
    return builder.build();
  }

  private static List<String> authors(JsonNode authors) {
    List<String> names = new ArrayList<>();
    for (JsonNode author : authors) {
      text(author, "name").map(HtmlText::fold).filter(n -> !n.isEmpty()).ifPresent(names::add);
    }
    return names;
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
  }

  private static int line(@Nullable JsonLocation location) {
    return location == null ? 1 : Math.max(1, location.getLineNr());
  }

  private static String firstLine(@Nullable String message) {
    if (message == null) {
      return "unreadable";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
