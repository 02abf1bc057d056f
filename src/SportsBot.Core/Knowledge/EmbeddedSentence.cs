namespace SportsBot.Core.Knowledge;

/// <summary>A sentence of an article with its unit-length embedding and the model that made it; stored with the article so answers need not embed it again.</summary>
public sealed record EmbeddedSentence(string Text, float[] Vector, string Model);
