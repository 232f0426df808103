package paperradar.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import paperradar.core.model.ChannelRef;
import paperradar.core.rank.TrendWindow;
import paperradar.core.reply.Reply;
import paperradar.core.reply.ReplyPart;

class CommandTest {

  private static final List<Command> ONE_OF_EACH =
      List.of(
          new Command.Trending(TrendWindow.DAY, ""),
          new Command.Search("llm", 1),
          new Command.ShowPaper("2611.00001"),
          new Command.Subscribe("llm"),
          new Command.Unsubscribe("1"),
          new Command.Topics(),
          new Command.DigestSettings(),
          new Command.DigestAt(LocalTime.NOON, Optional.empty()),
          new Command.DigestDays(true),
          new Command.DigestEnabled(false),
          new Command.DigestWhenEmpty(true),
          new Command.DigestPreview(),
          new Command.Help(""));

  @Test
  void everyCommandIsNamedForItsSubcommandAndThatNameHasAUsage() {
    assertThat(ONE_OF_EACH.stream().map(Command::name))
        .containsExactly(
            "trending",
            "search",
            "paper",
            "subscribe",
            "unsubscribe",
            "topics",
            "digest",
            "digest",
            "digest",
            "digest",
            "digest",
            "digest",
            "help");
    assertThat(ONE_OF_EACH).allSatisfy(command -> assertThat(Usage.of(command.name())).isPresent());
  }

  @Test
  void onlyTheReadingCommandsAnswerTheChannelAndOnlyWhenNotAskedPrivately() {
    assertThat(
            ONE_OF_EACH.stream().filter(command -> !command.answersAskerOnly()).map(Command::name))
        .containsExactly("trending", "search", "paper");
    assertThat(new Command.Search("llm", 1, true).answersAskerOnly()).isTrue();
    assertThat(new Command.Trending(TrendWindow.WEEK, "", true).answersAskerOnly()).isTrue();
  }

  @Test
  void onlySubscriptionsAndDigestSettingsChangeTheChannel() {
    assertThat(
            ONE_OF_EACH.stream()
                .filter(Command::changesChannel)
                .map(c -> c.getClass().getSimpleName()))
        .containsExactly(
            "Subscribe",
            "Unsubscribe",
            "DigestAt",
            "DigestDays",
            "DigestEnabled",
            "DigestWhenEmpty");
  }

  @Test
  void theTextAdapterAnswersARefusedLineItselfAndPassesACommandOn() {
    List<Command> received = new ArrayList<>();
    TextCommands lines =
        new TextCommands(
            (context, command) -> {
              received.add(command);
              return Reply.channel(List.of(new ReplyPart.Text("ok")));
            });
    CommandContext asker = new CommandContext(ChannelRef.console("c"), "U1", true);

    Reply refused = lines.handle(asker, "search");
    Reply answered = lines.handle(asker, "/papers search diffusion page 2 --private");

    assertThat(refused.ok()).isFalse();
    assertThat(refused.plainText()).contains("search for what?", "/papers search <query>");
    assertThat(answered.ok()).isTrue();
    assertThat(received).containsExactly(new Command.Search("diffusion", 2, true));
  }
}
