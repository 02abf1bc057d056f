using Microsoft.Extensions.Options;
using SportsBot.Core.Answering;
using SportsBot.Core.Chat;
using SportsBot.Core.Chat.Commands;

namespace SportsBot.Tests.Chat;

/// <summary>The small pure parts of the chat core: parsing, roles, shortening.</summary>
public sealed class ChatUnitTests
{
    [Theory]
    [InlineData("/ask Can Russians play?", typeof(AskCommand))]
    [InlineData("/HELP", typeof(HelpCommand))]
    [InlineData("/start", typeof(HelpCommand))]
    [InlineData("/sources", typeof(SourcesCommand))]
    [InlineData("/kb list", typeof(KbListCommand))]
    [InlineData("/kb search Wimbledon 2023", typeof(KbSearchCommand))]
    [InlineData("/kb remove #ioc-suspends-roc-2023-10", typeof(KbRemoveCommand))]
    [InlineData("/config", typeof(ConfigShowCommand))]
    [InlineData("/config disable", typeof(ConfigEnableCommand))]
    [InlineData("/config set mode mentions", typeof(ConfigSetCommand))]
    [InlineData("/kb list two", typeof(InvalidCommand))]
    [InlineData("/kb remove", typeof(InvalidCommand))]
    [InlineData("/config set mode", typeof(InvalidCommand))]
    [InlineData("/kb", typeof(InvalidCommand))]
    [InlineData("/weather today", typeof(UnknownCommand))]
    public void Commands_parse_to_their_records(string text, Type expected)
    {
        Assert.IsType(expected, CommandParser.Parse(text));
    }

    [Fact]
    public void A_pasted_article_keeps_its_lines_after_kb_add()
    {
        var add = Assert.IsType<KbAddCommand>(CommandParser.Parse("/kb add\nThe title\n\nFirst paragraph.\nSecond line."));

        Assert.Equal("The title\n\nFirst paragraph.\nSecond line.", add.Argument);
        Assert.Equal("ioc-suspends-roc-2023-10", Assert.IsType<KbRemoveCommand>(CommandParser.Parse("/kb remove #ioc-suspends-roc-2023-10")).ArticleId);
        Assert.Equal(2, Assert.IsType<KbListCommand>(CommandParser.Parse("/kb list 2")).Page);
    }

    [Fact]
    public void Operators_are_admins_everywhere_and_platform_admins_are_admins_in_their_chat()
    {
        var resolver = new RoleResolver(Options.Create(new ChatOptions { Operators = ["telegram:1"] }));
        var key = new ChannelKey("telegram", new ChannelId("-100"));
        var settings = new ChatOptions().DefaultsFor(key);
        IncomingMessage From(ChatUser user) => new("telegram", new ChatId("-100"), key.Channel, new MessageId("1"), user, "/config show", false, false, [], null);

        Assert.Equal(ChatRole.Admin, resolver.Resolve(From(ChatUser.Member("1", "Operator")), settings));
        Assert.Equal(ChatRole.Admin, resolver.Resolve(From(new ChatUser(new UserId("2"), "Owner", null, PlatformRole.Admin, [])), settings));
        Assert.Equal(ChatRole.Member, resolver.Resolve(From(ChatUser.Member("3", "Fan")), settings));
    }

    [Fact]
    public void A_long_answer_keeps_whole_parts_with_their_markers_and_only_the_sources_they_cite()
    {
        var answer = Answer.Compose(
            "q",
            [
                new AnswerPart(AnswerRole.Lead, "As of 1 May 2024, first claim is here.", [1]),
                new AnswerPart(AnswerRole.Supporting, "Second claim follows.", [1]),
                new AnswerPart(AnswerRole.Earlier, "Earlier, as of 2 May 2023: another source said more.", [2]),
            ],
            [Cite(1), Cite(2)],
            new DateOnly(2024, 5, 1),
            AnswerMode.Extractive);

        var (text, citations) = AnswerShortener.Shorten(answer, 80);

        Assert.Equal("As of 1 May 2024, first claim is here. [1] Second claim follows. [1] …", text);
        Assert.Equal([1], citations.Select(c => c.N));
        Assert.Equal(answer.Text, AnswerShortener.Shorten(answer, 1000).Text);
    }

    [Fact]
    public void A_lead_longer_than_the_limit_is_cut_at_a_sentence_and_keeps_its_marker()
    {
        var answer = Answer.Compose(
            "q",
            [new AnswerPart(AnswerRole.Lead, "As of 1 May 2024, the first sentence is short. The second one goes on and on about the same decision.", [1])],
            [Cite(1)],
            new DateOnly(2024, 5, 1),
            AnswerMode.Extractive);

        var (text, citations) = AnswerShortener.Shorten(answer, 60);

        Assert.Equal("As of 1 May 2024, the first sentence is short. [1] …", text);
        Assert.Single(citations);
    }

    [Theory]
    [InlineData("And since when?", "Can Belarusian athletes compete at Paris 2024? And since when?")]
    [InlineData("Why?", "Can Belarusian athletes compete at Paris 2024? Why?")]
    [InlineData("Did they appeal?", "Can Belarusian athletes compete at Paris 2024? Did they appeal?")]
    [InlineData("What about Russians?", "Can Russian athletes compete at Paris 2024?")]
    [InlineData("And Ukraine?", "Can Ukrainian athletes compete at Paris 2024?")]
    [InlineData("What about Kosovans?", "Can Kosovan athletes compete at Paris 2024?")]
    [InlineData("And Jamaicans?", "Can Jamaican athletes compete at Paris 2024?")]
    [InlineData("Who is Valieva?", "Who is Valieva?")]
    [InlineData("Was the Russian Grand Prix cancelled in 2022?", "Was the Russian Grand Prix cancelled in 2022?")]
    public async Task A_reply_to_an_answer_is_joined_to_its_question_when_it_leans_on_it_and_another_nation_takes_the_place_of_the_first(string followUp, string searched)
    {
        var standalone = await Rewriter().RewriteAsync("Can Belarusian athletes compete at Paris 2024?", "As of 8 December 2023, they may compete as neutrals. [1]", followUp, explicitReply: true, CancellationToken.None);

        Assert.Equal(searched, standalone);
    }

    [Theory]
    [InlineData("And since when?", true)]
    [InlineData("why?", true)]
    [InlineData("What about Russians?", true)]
    [InlineData("Did they appeal?", true)]
    [InlineData("what did he win?", true)]
    [InlineData("Did Valieva appeal?", false)]
    [InlineData("Who is Valieva?", false)]
    [InlineData("Can Russian tennis players play at Wimbledon?", false)]
    public async Task In_a_conversation_without_replies_only_a_message_that_plainly_continues_or_names_its_subject_only_by_a_pronoun_is_a_follow_up(string next, bool joined)
    {
        var standalone = await Rewriter().RewriteAsync("Can Belarusian athletes compete at Paris 2024?", "As of 8 December 2023, they may compete as neutrals. [1]", next, explicitReply: false, CancellationToken.None);

        Assert.Equal(!joined, standalone == next);
    }

    private static RuleBasedFollowUpRewriter Rewriter()
    {
        var aliases = new Core.Search.AliasTable();
        return new RuleBasedFollowUpRewriter(new Core.Search.QueryAnalyzer(aliases), aliases, Options.Create(new AnswerOptions()));
    }

    [Theory]
    [InlineData("Can Russians play at Wimbledon?", true)]
    [InlineData("who decided the ban on Belarus", true)]
    [InlineData("lol", false)]
    [InlineData("see you at the match", false)]
    [InlineData("why?", false)]
    public void All_questions_mode_recognises_questions(string text, bool question)
    {
        Assert.Equal(question, ChatService.LooksLikeQuestion(text));
    }

    private static Citation Cite(int n) => new(n, $"Title {n}", "Outlet", null, null, $"a{n}", "quote", 0.5);
}
