using SportsBot.Core.Chat.Commands;
using SportsBot.Discord.Chat;
using SportsBot.Discord.Model;

namespace SportsBot.Tests.Discord;

/// <summary>Slash commands become the same command text a user could type, so Core parses them like every other platform's.</summary>
public sealed class DiscordCommandTextTests
{
    private static DiscordInteraction Invoke(string command, params DiscordCommandOption[] options) =>
        new("1", "token", "2", "3", "4", new DiscordUser("5", "fan", null, false), [], 0, command, options);

    private static DiscordCommandOption Sub(string name, params DiscordCommandOption[] options) => new(name, DiscordOptionType.SubCommand, null, options, null);

    private static DiscordCommandOption Value(string name, string value, DiscordOptionType type = DiscordOptionType.String) => new(name, type, value, [], null);

    [Fact]
    public void Feed_and_stale_subcommands_route_to_the_kb_text_commands()
    {
        Assert.Equal("/kb feed add https://example.org/rss", DiscordInteractionTranslator.CommandText(Invoke("kb", Sub("feed", Value("args", " add https://example.org/rss ")))).Text);
        Assert.Equal("/kb feed", DiscordInteractionTranslator.CommandText(Invoke("kb", Sub("feed"))).Text);
        Assert.Equal("/kb stale 90", DiscordInteractionTranslator.CommandText(Invoke("kb", Sub("stale", Value("days", "90", DiscordOptionType.Integer)))).Text);
        Assert.Equal("/kb stale", DiscordInteractionTranslator.CommandText(Invoke("kb", Sub("stale"))).Text);
    }

    [Fact]
    public void Every_slash_command_parses_as_the_core_command_it_mirrors()
    {
        Assert.IsType<AskCommand>(Parse(Invoke("ask", Value("question", "Can Russians play at Wimbledon?"))));
        Assert.Equal("Can Russians play at Wimbledon?", ((AskCommand)Parse(Invoke("ask", Value("question", "Can Russians play at Wimbledon?")))).Question);
        Assert.Equal(3, ((KbListCommand)Parse(Invoke("kb", Sub("list", Value("page", "3", DiscordOptionType.Integer))))).Page);
        Assert.Equal("Wimbledon 2023", ((KbSearchCommand)Parse(Invoke("kb", Sub("search", Value("words", "Wimbledon 2023"))))).Words);
        Assert.Equal("ioc-ban", ((KbRemoveCommand)Parse(Invoke("kb", Sub("remove", Value("id", "#ioc-ban"))))).ArticleId);
        Assert.IsType<ConfigShowCommand>(Parse(Invoke("config", Sub("show"))));
        Assert.False(((ConfigEnableCommand)Parse(Invoke("config", Sub("disable")))).Enabled);
        var set = (ConfigSetCommand)Parse(Invoke("config", Sub("set", Value("value", "30"), Value("key", "cooldown"))));
        Assert.Equal(("cooldown", "30"), (set.Key, set.Value));
        Assert.IsType<HelpCommand>(Parse(Invoke("help")));
        Assert.IsType<SourcesCommand>(Parse(Invoke("sources")));
    }

    [Fact]
    public void An_attached_file_travels_beside_the_text_and_is_not_part_of_it()
    {
        var file = new DiscordAttachment("9", "article.md", 120, "https://cdn.example/9/article.md");
        var (text, files) = DiscordInteractionTranslator.CommandText(Invoke("kb", Sub("add", new DiscordCommandOption("file", DiscordOptionType.Attachment, null, [], file))));

        Assert.Equal("/kb add", text);
        Assert.Equal([file], files);
    }

    private static ChatCommand Parse(DiscordInteraction interaction) => CommandParser.Parse(DiscordInteractionTranslator.CommandText(interaction).Text);
}
