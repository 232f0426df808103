package paperradar.bot.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import paperradar.core.digest.Digest;
import paperradar.core.digest.DigestReplies;
import paperradar.core.model.ChannelRef;
import paperradar.core.subscribe.ChannelSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code digest --channel ID --dry-run}: the digest that would go out now, printed, nothing sent or
 * recorded.
 */
@Command(name = "digest", description = "Print the digest a channel would get now.")
final class DigestCommand implements Callable<Integer> {

  @ParentCommand RootCommand root;

  @Spec CommandSpec spec;

  @Option(
      names = "--channel",
      paramLabel = "ID",
      required = true,
      converter = ChannelArgument.class,
      description =
          "The channel: a console channel name, or platform:workspace:channel"
              + " (slack, discord, console or webhook).")
  ChannelRef channel;

  @Option(
      names = "--dry-run",
      required = true,
      description = "Only print it: nothing is sent and nothing is written to the ledger.")
  boolean dryRun;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Services services = Services.open(root)) {
      ChannelSettings settings = services.core().channels().settings(channel);
      Digest digest = services.core().digests().compose(channel, settings.zone());
      out.println(DigestReplies.of(digest).plainText());
      if (digest.isEmpty() && !settings.sayWhenEmpty()) {
        out.println("(this channel skips digests with nothing new, so none would go out)");
      }
    }
    out.flush();
    return ExitCodes.OK;
  }
}
