package paperradar.bot.console;

import java.io.PrintWriter;
import paperradar.core.deliver.DigestSender;
import paperradar.core.model.ChannelRef;
import paperradar.core.model.Platform;
import paperradar.core.reply.Reply;

/** Digests of console channels are printed where the person at the console reads them. */
public final class ConsoleSender implements DigestSender {

  private final PrintWriter out;

  public ConsoleSender(PrintWriter out) {
    this.out = out;
  }

  @Override
  public Platform platform() {
    return Platform.CONSOLE;
  }

  @Override
  public void send(ChannelRef channel, Reply reply, String deliveryKey) {
    synchronized (out) {
      out.println();
      out.println("[digest for #" + channel.channel() + "]");
      out.println(reply.plainText());
      out.flush();
    }
  }
}
