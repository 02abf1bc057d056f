namespace SportsBot.Core.Chat.Commands;

/// <summary>Every command, once: /help is written from it and adapters register their command menus from it.</summary>
public static class CommandCatalog
{
    public static IReadOnlyList<CommandInfo> All { get; } =
    [
        new("ask", "/ask <question>", "Answer a question from the knowledge base, with sources", ChatRole.Member),
        new("sources", "/sources", "Full source list of the last answer in this channel", ChatRole.Member),
        new("kb", "/kb list [page]", "List the articles in the knowledge base, newest first", ChatRole.Member),
        new("kb", "/kb search <words>", "Find articles about something", ChatRole.Member),
        new("kb", "/kb add <link | text>", "Add an article: a link to the page, the text pasted (first line the title), or an attached .txt, .md or .html file", ChatRole.Moderator),
        new("kb", "/kb show <id>", "One article: outlet, date, link, who added it, passages, how often answers cite it and what people said of those answers", ChatRole.Moderator),
        new("kb", "/kb edit <id> date|title|source|url <value>", "Fix an article's date, title, outlet or link", ChatRole.Moderator),
        new("kb", "/kb remove <id>", "Remove an article", ChatRole.Moderator),
        new("kb", "/kb gaps [days]", "Questions the knowledge base could not answer and answers marked 👎 (default: last 30 days), most asked first", ChatRole.Moderator),
        new("kb", "/kb feed add <url> · list · poll <id> · remove <id>", "Subscribe to RSS or Atom news feeds; new items are added by themselves", ChatRole.Moderator),
        new("kb", "/kb stale [days]", "Old articles (default: over 365 days) that answers still cite: where newer coverage is needed", ChatRole.Moderator),
        new("config", "/config show", "Show this channel's settings", ChatRole.Member),
        new("config", "/config enable | disable", "Turn the bot on or off in this channel", ChatRole.Admin),
        new("config", "/config set <key> <value>", "Change a setting: " + string.Join(", ", ChannelSettingKeys.Names), ChatRole.Admin),
        new("help", "/help", "What the bot does and how to use it", ChatRole.Member),
    ];

    /// <summary>One entry per command word, for platform command menus; <c>Role</c> is who needs it in the menu.</summary>
    public static IReadOnlyList<(string Name, string Description, ChatRole Role)> Menu { get; } =
    [
        ("ask", "Ask a question about sport and politics", ChatRole.Member),
        ("sources", "Sources of the last answer", ChatRole.Member),
        ("kb", "Knowledge base: list, search, show, add, edit, remove, gaps, feed", ChatRole.Member),
        ("config", "Channel settings (admins)", ChatRole.Admin),
        ("help", "How to use the bot", ChatRole.Member),
    ];
}
