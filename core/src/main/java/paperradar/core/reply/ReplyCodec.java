package paperradar.core.reply;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import paperradar.core.reply.ReplyPart.Button;
import paperradar.core.reply.ReplyPart.Buttons;
import paperradar.core.reply.ReplyPart.Heading;
import paperradar.core.reply.ReplyPart.Link;
import paperradar.core.reply.ReplyPart.PaperCard;
import paperradar.core.reply.ReplyPart.Preformatted;
import paperradar.core.reply.ReplyPart.Text;

/**
 * A reply as JSON and back. The delivery ledger keeps each digest this way, so a digest retried
 * after a crash is exactly the one whose papers the ledger marked as shown.
 */
public final class ReplyCodec {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ReplyCodec() {}

  public static String toJson(Reply reply) {
    ObjectNode root = JSON.createObjectNode();
    root.put("visibility", reply.visibility().name());
    root.put("ok", reply.ok());
    ArrayNode parts = root.putArray("parts");
    for (ReplyPart part : reply.parts()) {
      parts.add(part(part));
    }
    return root.toString();
  }

  private static ObjectNode part(ReplyPart part) {
    ObjectNode node = JSON.createObjectNode();
    switch (part) {
      case Heading h -> node.put("type", "heading").put("text", h.text());
      case Text t -> node.put("type", "text").put("text", t.text());
      case Preformatted p -> node.put("type", "preformatted").put("text", p.text());
      case PaperCard c -> {
        node.put("type", "paper")
            .put("title", c.title())
            .put("url", c.url())
            .put("authors", c.authors())
            .put("why", c.why())
            .put("detail", c.detail());
        if (c.number() > 0) {
          node.put("number", c.number());
        }
        if (c.paperKey() != null) {
          node.put("paperKey", c.paperKey());
        }
        ArrayNode links = node.putArray("links");
        c.links()
            .forEach(link -> links.addObject().put("label", link.label()).put("url", link.url()));
      }
      case Buttons b -> {
        node.put("type", "buttons");
        ArrayNode buttons = node.putArray("buttons");
        b.buttons()
            .forEach(
                button ->
                    buttons
                        .addObject()
                        .put("label", button.label())
                        .put("commandLine", button.commandLine()));
      }
    }
    return node;
  }

  public static Reply fromJson(String json) {
    try {
      JsonNode root = JSON.readTree(json);
      List<ReplyPart> parts = new ArrayList<>();
      for (JsonNode node : root.get("parts")) {
        parts.add(part(node));
      }
      return new Reply(
          Reply.Visibility.valueOf(root.get("visibility").asText()),
          root.get("ok").asBoolean(),
          parts);
    } catch (JsonProcessingException | RuntimeException e) {
      throw new IllegalArgumentException("a stored reply cannot be read: " + e.getMessage(), e);
    }
  }

  private static ReplyPart part(JsonNode node) {
    String type = node.get("type").asText();
    return switch (type) {
      case "heading" -> new Heading(node.get("text").asText());
      case "text" -> new Text(node.get("text").asText());
      case "preformatted" -> new Preformatted(node.get("text").asText());
      case "paper" -> {
        List<Link> links = new ArrayList<>();
        node.get("links")
            .forEach(
                link -> links.add(new Link(link.get("label").asText(), link.get("url").asText())));
        yield new PaperCard(
            node.get("title").asText(),
            node.get("url").isNull() ? null : node.get("url").asText(),
            node.get("authors").asText(),
            node.get("why").asText(),
            node.get("detail").asText(),
            links,
            node.path("number").asInt(0),
            node.hasNonNull("paperKey") ? node.get("paperKey").asText() : null);
      }
      case "buttons" -> {
        List<Button> buttons = new ArrayList<>();
        node.get("buttons")
            .forEach(
                b ->
                    buttons.add(
                        new Button(b.get("label").asText(), b.get("commandLine").asText())));
        yield new Buttons(buttons);
      }
      default -> throw new IllegalArgumentException("unknown part type " + type);
    };
  }
}
