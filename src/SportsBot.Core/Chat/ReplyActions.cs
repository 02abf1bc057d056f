namespace SportsBot.Core.Chat;

/// <summary>The buttons Core puts under its replies, and the data their presses come back with.</summary>
public static class ReplyActions
{
    public const string Helpful = "fb:up";
    public const string Unhelpful = "fb:down";
    public const string Sources = "fb:src";

    /// <summary>What the "what was wrong?" prompt's answer comes back with.</summary>
    public const string WhatWasWrong = "fb:why";

    /// <summary>A group picked for an admin command sent in private: "grp:&lt;request&gt;:&lt;index&gt;".</summary>
    public const string GroupPrefix = "grp:";

    public const string FeedbackPrefix = "fb:";

    /// <summary>👍, 👎 and, when the answer cites anything, Sources.</summary>
    public static IReadOnlyList<ReplyAction> ForAnswer(bool hasSources) =>
        hasSources
            ? [new("👍", Helpful), new("👎", Unhelpful), new("Sources", Sources)]
            : [new("👍", Helpful), new("👎", Unhelpful)];
}
