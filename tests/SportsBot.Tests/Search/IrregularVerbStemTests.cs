using SportsBot.Infrastructure.Text;

namespace SportsBot.Tests.Search;

/// <summary>Porter stems regular forms alike ("competed", "competing"); an irregular past form is read as its verb first.</summary>
public sealed class IrregularVerbStemTests
{
    private readonly SnowballWordStemmer _stemmer = new();

    [Theory]
    [InlineData("wrote", "write")]
    [InlineData("written", "writing")]
    [InlineData("sang", "sing")]
    [InlineData("told", "tell")]
    [InlineData("paid", "pay")]
    [InlineData("brought", "bring")]
    public void An_irregular_past_form_stems_as_its_verb(string past, string verb) =>
        Assert.Equal(_stemmer.Stem(verb), _stemmer.Stem(past));

    [Fact]
    public void A_regular_word_stems_as_before() =>
        Assert.Equal("compet", _stemmer.Stem("competed"));
}
