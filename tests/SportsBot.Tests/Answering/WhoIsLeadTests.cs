using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// "Who is Brask?" is answered first with what he is ("Tomas Brask, the former president of the Ostland football
/// federation"), not with something he did: "At first Brask fought to keep his post" was read as a description, "first"
/// taken for a word describing him, and "Brask, who had been suspended since May, can appeal" says only what happened.
/// </summary>
public sealed class WhoIsLeadTests : IClassFixture<WhoIsLeadTests.Corpus>
{
    private readonly Corpus _corpus;

    public WhoIsLeadTests(Corpus corpus) => _corpus = corpus;

    [Theory]
    [InlineData("Who is Brask?")]
    [InlineData("Who is Tomas Brask?")]
    public async Task A_who_is_question_is_answered_first_with_what_the_person_is(string question)
    {
        var answer = await _corpus.AskAsync(question);

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("former president of the Ostland football federation", answer.Text.Split("[1]")[0]);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder) =>
            folder.Write("brask-banned.md", Articles.Markdown("Zembla Football Union bans Tomas Brask for three years", "2024-10-30",
                """
                The Zembla Football Union (ZFU) has banned Tomas Brask, the former president of the Ostland football federation, from all football activities for three years over his conduct at the Harbour Cup final.

                The union's disciplinary committee announced the sanction on 30 October 2024. Brask, who had been provisionally suspended by the union since 26 May, can appeal against the decision.

                At first Brask fought to keep his post. At an extraordinary assembly of the federation on 25 May he said repeatedly that he would not resign.

                On 10 June 2024 Brask finally resigned. He said he could not continue his work.
                """));
    }
}
