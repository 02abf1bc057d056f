using SportsBot.Infrastructure.Text;

namespace SportsBot.Tests.Search;

/// <summary>How a glossary reads a question word by word: phrases before words, stems with endings, names as written.</summary>
public sealed class GlossaryTests
{
    private static readonly Glossary Spanish = Read(
        """
        # question words
        quién	who
        por qué	why
        cuántos	how many
        es	is
        el	
        la	
        de	of
        del	of the
        dueño	owner
        atletas	athletes
        rus*	Russian
        sancionad*	banned
        medalla de oro	gold medal
        ganó	won
        París	Paris
        """);

    [Theory]
    [InlineData("¿Quién es el dueño del Newcastle United?", "Who is owner of the Newcastle United?")]
    [InlineData("¿Quién ganó la medalla de oro en París?", "Who won gold medal en Paris?")]
    [InlineData("¿Por qué fueron sancionados los atletas rusos?", "Why fueron banned los athletes Russian?")]
    [InlineData("¿Cuántos atletas rusos ganó en paris?", "How many athletes Russian won en Paris?")]
    public void A_question_is_read_phrase_by_phrase_with_names_kept(string question, string? english)
    {
        Assert.Equal(english, Spanish.Read(question));
    }

    [Fact]
    public void A_question_whose_words_it_mostly_does_not_know_is_not_read()
    {
        Assert.Null(Spanish.Read("¿Hubo alguna protesta durante la ceremonia inaugural?"));
    }

    [Fact]
    public void Cyrillic_names_are_spelled_in_latin_letters_for_english_sources()
    {
        var russian = Read("кто	who\nтакая	is\nпобедил*	beat\n");

        Assert.Equal("Who is Sharapova?", russian.Read("Кто такая Шарапова?"));
        Assert.Equal("Who beat Medvedeva?", russian.Read("Кто победил Медведева?"));
    }

    private static Glossary Read(string tsv) => new(new StringReader(tsv));
}
