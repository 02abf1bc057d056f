using SportsBot.Core.Chat;
using SportsBot.Discord.Chat;
using SportsBot.Discord.Model;

namespace SportsBot.Discord.Commands;

/// <summary>
/// The slash commands the bot registers. Each mirrors a text command Core parses; the option order here is the
/// order the values take in that text (<c>/config set key value</c>), whatever order the user filled them in.
/// /config needs Manage Server to be seen at all; /kb stays visible to members because its moderator role is the
/// bot's own (Discord cannot know it), so Core refuses its moderator subcommands naming the role they need.
/// </summary>
public static class DiscordSlashCommands
{
    public static IReadOnlyList<DiscordSlashCommand> All { get; } =
    [
        new("ask", "Ask a question about sport and politics", [Text("question", "Your question", required: true)]),
        new("sources", "Full source list of the last answer in this channel", []),
        new("kb", "Knowledge base: list, search, show, add, edit, remove, gaps", [
            Sub("list", "List the articles, newest first", [Number("page", "Page number", min: 1)]),
            Sub("search", "Find articles about something", [Text("words", "Words to look for", required: true)]),
            Sub("show", "One article: outlet, date, link, who added it, citations, feedback (moderators)", [ArticleId()]),
            Sub("add", "Add an article from a link, pasted text or an attached file (moderators)", [
                Text("text", "A link, or the article: title first, then the text"),
                new("file", "A .txt, .md or .html file holding the article", DiscordOptionType.Attachment),
            ]),
            Sub("edit", "Fix an article's date, title, outlet or link (moderators)", [
                ArticleId(),
                new("field", "What to change", DiscordOptionType.String, Required: true, Choices: ["date", "title", "source", "url"]),
                Text("value", "The new value (a date as YYYY-MM-DD; 'none' clears a date or link)", required: true),
            ]),
            Sub("remove", "Remove an article (moderators)", [ArticleId()]),
            Sub("gaps", "Questions not covered and answers marked 👎 (moderators)", [Number("days", "In the last this many days (default 30)", min: 1)]),
            Sub("feed", "News feeds the knowledge base follows", [Text("args", "What to do, e.g. list, add <url>, poll <id>, remove <id>")]),
            Sub("stale", "Old articles that answers still cite", [Number("days", "Older than this many days", min: 1)]),
        ]),
        new("config", "This channel's settings (Manage Server)", [
            Sub("show", "Show this channel's settings", []),
            Sub("enable", "Turn the bot on in this channel (admins)", []),
            Sub("disable", "Turn the bot off in this channel (admins)", []),
            Sub("set", "Change a setting (admins)", [
                new("key", "The setting", DiscordOptionType.String, Required: true, Choices: ChannelSettingKeys.Names),
                Text("value", "The new value", required: true),
            ]),
        ], DefaultMemberPermissions: DiscordPermissions.ManageGuild),
        new("help", "How to use the bot", []),
    ];

    public static DiscordSlashCommand? Find(string name) => All.FirstOrDefault(c => c.Name == name);

    private static DiscordSlashOption Sub(string name, string description, IReadOnlyList<DiscordSlashOption> options) =>
        new(name, description, DiscordOptionType.SubCommand, Options: options);

    private static DiscordSlashOption Text(string name, string description, bool required = false) =>
        new(name, description, DiscordOptionType.String, required);

    /// <summary>An article's id, with titles offered as the user types.</summary>
    private static DiscordSlashOption ArticleId() =>
        new("id", "The article: type words of its title, or its #id", DiscordOptionType.String, Required: true, Autocomplete: true);

    private static DiscordSlashOption Number(string name, string description, int min) =>
        new(name, description, DiscordOptionType.Integer, MinValue: min);
}
