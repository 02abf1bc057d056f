using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SportsBot.Core.Chat;
using SportsBot.Core.Chat.Commands;
using SportsBot.Core.Feedback;
using SportsBot.Core.Knowledge;

namespace SportsBot.Tests.Chat;

/// <summary>The moderation commands' words, who sees their replies, the cooldown notice, and how gaps are grouped.</summary>
public sealed class ModerationCommandParsingTests
{
    [Theory]
    [InlineData("/kb show #42", "42")]
    [InlineData("/kb show ioc-paris-2024", "ioc-paris-2024")]
    [InlineData("/kb remove #7", "7")]
    public void Articles_are_named_by_short_or_long_id(string text, string reference)
    {
        var parsed = CommandParser.Parse(text);

        Assert.Equal(reference, parsed switch { KbShowCommand s => s.Reference, KbRemoveCommand r => r.ArticleId, _ => null });
    }

    [Theory]
    [InlineData("/kb edit #42 date 2023-12-08", ArticleField.Date, "2023-12-08")]
    [InlineData("/kb edit 42 title IOC clears neutral athletes", ArticleField.Title, "IOC clears neutral athletes")]
    [InlineData("/kb edit 42 outlet Example Sports Daily", ArticleField.Source, "Example Sports Daily")]
    [InlineData("/kb edit 42 url none", ArticleField.Url, "none")]
    public void Kb_edit_takes_an_id_a_field_and_the_rest_as_the_value(string text, ArticleField field, string value)
    {
        var edit = Assert.IsType<KbEditCommand>(CommandParser.Parse(text));

        Assert.Equal(("42", field, value), (edit.Reference, edit.Field, edit.Value));
    }

    [Theory]
    [InlineData("/kb edit #42 colour red", "Usage: /kb edit <id> date|title|source|url <value>")]
    [InlineData("/kb edit #42 date", "Usage: /kb edit <id> date|title|source|url <value>")]
    [InlineData("/kb show", "Usage: /kb show <id>")]
    [InlineData("/kb gaps lots", "Usage: /kb gaps [days]")]
    [InlineData("/kb feed poll x", "Usage: /kb feed poll <id>")]
    public void Malformed_moderation_commands_get_their_usage(string text, string usage)
    {
        Assert.StartsWith(usage, Assert.IsType<InvalidCommand>(CommandParser.Parse(text)).Message);
    }

    [Fact]
    public void Gaps_default_to_thirty_days_and_feed_poll_takes_an_id()
    {
        Assert.Equal(30, Assert.IsType<KbGapsCommand>(CommandParser.Parse("/kb gaps")).Days);
        Assert.Equal(3, Assert.IsType<KbFeedPollCommand>(CommandParser.Parse("/kb feed poll #3")).FeedId);
    }

    [Theory]
    [InlineData("/ask Can Russians play?", false)]
    [InlineData("/sources", false)]
    [InlineData("/kb list", false)]
    [InlineData("/kb search tennis", false)]
    [InlineData("/kb add https://example.org/a", true)]
    [InlineData("/kb gaps", true)]
    [InlineData("/config set mode mentions", true)]
    [InlineData("/help", true)]
    [InlineData("/nonsense", true)]
    public void Questions_and_browsing_answer_the_channel_and_the_rest_answers_the_sender_alone(string text, bool isPrivate)
    {
        Assert.Equal(isPrivate, CommandPrivacy.RepliesPrivately(CommandParser.Parse(text)));
    }

    [Fact]
    public void The_cooldown_notice_gives_the_seconds_actually_left()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));
        using var limiter = new ChatRateLimiter(Options.Create(new ChatOptions()), time);
        var channel = new ChannelKey("test", new ChannelId("c"));
        var message = new IncomingMessage("test", new ChatId("g"), channel.Channel, new MessageId("1"), ChatUser.Member("fan", "Fan"), "/ask x", false, false, [], null);
        var settings = new ChatOptions().DefaultsFor(channel) with { CooldownSeconds = 30 };

        var first = limiter.Check(message, settings, ChatRole.Member, costly: true);
        time.Advance(TimeSpan.FromSeconds(12));
        var second = limiter.Check(message, settings, ChatRole.Member, costly: true);
        time.Advance(TimeSpan.FromSeconds(18));
        var third = limiter.Check(message, settings, ChatRole.Member, costly: true);

        Assert.True(first.Admitted);
        Assert.Equal("You are asking faster than this channel allows; please try again in 18 s.", second.Notice);
        Assert.True(third.Admitted);
    }

    [Fact]
    public void The_same_question_however_it_is_typed_is_one_gap()
    {
        Assert.Equal(GapFinder.Normalize("Who won  Wimbledon 2023?"), GapFinder.Normalize("who won wimbledon 2023"));
    }

    [Theory]
    [InlineData(1, "1 passage")]
    [InlineData(0, "0 passages")]
    [InlineData(6, "6 passages")]
    public void Counts_agree_with_their_noun(int count, string text)
    {
        Assert.Equal(text, Core.Counted.Of(count, "passage"));
    }
}
