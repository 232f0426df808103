package paperradar.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import org.junit.jupiter.api.Test;
import paperradar.core.command.CommandContext;
import paperradar.core.model.ChannelRef;

/**
 * Who may change a channel's topics and digests on Discord: a JDA {@link Member}'s permissions are
 * JDA's to compute (roles, overrides), so the member is a mock that answers the one question asked.
 */
class DiscordPermissionTest {

  private final GuildChannel channel = mock(GuildChannel.class);

  @Test
  void aMemberWhoMayManageTheChannelMayChangeIt() {
    Member member = mock(Member.class);
    when(member.hasPermission(channel, Permission.MANAGE_CHANNEL)).thenReturn(true);

    CommandContext context = DiscordCommands.context("G1", "C1", "U1", member, channel);

    assertThat(context.mayChangeChannel()).isTrue();
    assertThat(context.channel()).isEqualTo(ChannelRef.discord("G1", "C1"));
    assertThat(context.userId()).isEqualTo("U1");
    verify(member).hasPermission(channel, Permission.MANAGE_CHANNEL);
  }

  @Test
  void aMemberWithoutManageChannelMayOnlyRead() {
    Member member = mock(Member.class);
    when(member.hasPermission(channel, Permission.MANAGE_CHANNEL)).thenReturn(false);

    assertThat(DiscordCommands.context("G1", "C1", "U1", member, channel).mayChangeChannel())
        .isFalse();
    verify(member).hasPermission(channel, Permission.MANAGE_CHANNEL);
  }

  @Test
  void anInteractionWithoutAMemberMayNotChangeTheChannel() {
    assertThat(DiscordCommands.context("G1", "C1", "U1", null, channel).mayChangeChannel())
        .isFalse();
  }
}
