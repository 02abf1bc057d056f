using SportsBot.Core.Knowledge;

namespace SportsBot.Tests.Knowledge;

public sealed class TextNormalizerTests
{
    [Fact]
    public void Photo_captions_repeated_on_consecutive_lines_are_removed()
    {
        const string body = """
            The IOC met on Tuesday.

            Athletes wait for the decision in Lausanne ©Example Images
            Athletes wait for the decision in Lausanne ©Example Images

            It will decide in December.
            """;

        var text = TextNormalizer.Normalize(body);

        Assert.DoesNotContain("©", text);
        Assert.Equal("The IOC met on Tuesday.\n\nIt will decide in December.", text);
    }

    [Fact]
    public void A_single_caption_with_a_photo_credit_is_removed_but_ordinary_lines_stay()
    {
        var text = TextNormalizer.Normalize("First paragraph here.\nThe president at a rally ©Getty Images\nSecond paragraph here.");

        Assert.Equal("First paragraph here.\nSecond paragraph here.", text);
    }

    [Fact]
    public void A_single_line_labelled_as_a_photo_is_removed_even_without_a_credit()
    {
        var text = TextNormalizer.Normalize("The league blocked the sale.\nPhoto: The club's stadium. (The Touchline)\nPictured: the new chairman\nPhotographers waited outside.");

        Assert.Equal("The league blocked the sale.\nPhotographers waited outside.", text);
    }

    [Fact]
    public void Whitespace_runs_collapse_and_blank_line_runs_become_one_paragraph_break()
    {
        var text = TextNormalizer.Normalize("  One   two\tthree  \r\n\r\n\r\n\r\nFour   five ");

        Assert.Equal("One two three\n\nFour five", text);
    }

    [Fact]
    public void The_content_hash_ignores_case_and_whitespace_but_not_words()
    {
        var a = TextNormalizer.ContentHash("The IOC decided.\n\nAthletes may compete.");
        var b = TextNormalizer.ContentHash("the  ioc decided. athletes MAY compete.");
        var c = TextNormalizer.ContentHash("The IOC decided. Athletes may not compete.");

        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }
}
