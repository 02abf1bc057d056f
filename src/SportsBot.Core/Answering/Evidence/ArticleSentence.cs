using SportsBot.Core.Knowledge;

namespace SportsBot.Core.Answering.Evidence;

/// <summary>A sentence of an article in reading order, with what it needs around it.</summary>
/// <param name="Index">Position in the article, from 0.</param>
/// <param name="Paragraph">Paragraph number, from 0: news puts the answer in paragraph 0.</param>
/// <param name="Antecedent">
/// The sentence that says what this one refers to, when it opens with "It", "They", "The decision"…: alone it
/// would not say who or what. Quoted with it. When that sentence refers back too, the two of them (<see cref="Referred"/>).
/// </param>
/// <param name="Before">
/// The previous sentence, even across a paragraph break: a fact is often told across two sentences, and a new
/// paragraph goes on from the last ("Psaki said the administration would send no officials to the Games because…"
/// after one naming the Beijing Winter Olympics), so the rules read them together.
/// </param>
public sealed record ArticleSentence(int Index, int Paragraph, string Text, string? Antecedent, string? Before)
{
    /// <summary>Position of the sentence this one refers to in the article.</summary>
    public int? AntecedentIndex { get; init; }

    /// <summary>
    /// The sentences <see cref="Antecedent"/> holds, in reading order: the one referred to, and before it, when that one
    /// refers back too ("The FIE voted to readmit…", "The change takes effect in April.", "That would allow…"), the
    /// one it refers to.
    /// </summary>
    public IReadOnlyList<ArticleSentence> Referred { get; init; } = [];

    /// <summary>Neither a caption or heading nor a run-on list: a sentence an answer may quote.</summary>
    /// <remarks>A store filled before a caption rule was added still holds such captions; they are not quoted either.</remarks>
    public bool IsQuotable => Text.Length is >= ArticleSentences.MinQuoteChars and <= ArticleSentences.MaxQuoteChars && !TextNormalizer.IsPhotoCaption(Text);

    /// <summary>The sentence as an answer quotes it: with what it refers to.</summary>
    public string WithAntecedent => Antecedent is null ? Text : $"{Antecedent} {Text}";

    /// <summary>What the evidence rules read: the sentence, what it refers to, and the sentence before it in its paragraph.</summary>
    public string Context => string.Join(' ', new[] { Antecedent, Before == Antecedent ? null : Before, Text }.Where(s => s is not null));
}
