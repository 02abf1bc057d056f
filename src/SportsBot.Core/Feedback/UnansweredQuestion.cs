using SportsBot.Core.Chat;

namespace SportsBot.Core.Feedback;

/// <summary>A question the knowledge base did not cover ("My sources don't cover that."): who asked, where and when.</summary>
public sealed record UnansweredQuestion(ChannelKey Channel, UserId User, string Question, DateTimeOffset At);
