namespace SportsBot.Core.Answering;

/// <summary>The variables of the RewriteFollowUp prompt, each fenced and labelled as data.</summary>
public sealed record FollowUpPrompt(string PreviousQuestion, string PreviousAnswer, string FollowUp);
