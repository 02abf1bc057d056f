using SportsBot.Core.Answering.Evidence;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// "That would allow Zemblan fencers to compete in Milan" refers to "The change takes effect in April", which refers to
/// the vote before it. Quoted with only the sentence before, the answer opened on "The change…" with no change named.
/// A sentence is quoted with what it refers to one step further back, and no more.
/// </summary>
public sealed class ReferenceChainTests : IClassFixture<ReferenceChainTests.Corpus>
{
    private const string Vote = "The Ostland Fencing Union voted on 10 March 2023 to readmit Zemblan fencers to its events.";
    private const string Change = "The change takes effect in the second half of April 2023.";
    private const string Allow = "That would allow Zemblan fencers to compete at the world championships in Milan in July.";

    private readonly Corpus _corpus;

    public ReferenceChainTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public void A_sentence_referring_to_one_that_refers_back_is_read_with_both()
    {
        var sentences = ArticleSentences.Read($"{Vote} {Change} {Allow}");

        Assert.Equal($"{Vote} {Change} {Allow}", sentences[2].WithAntecedent);
        Assert.Equal($"{Vote} {Change}", sentences[1].WithAntecedent);
    }

    [Fact]
    public void A_run_of_references_is_followed_one_step_and_no_further()
    {
        var sentences = ArticleSentences.Read($"{Vote} {Change} That would allow them to compete in Milan. It would also let them qualify for Paris.");

        Assert.Equal("That would allow them to compete in Milan. It would also let them qualify for Paris.", sentences[3].WithAntecedent);
    }

    [Fact]
    public async Task An_answer_quoting_the_sentence_brings_what_it_refers_to()
    {
        var answer = await _corpus.AskAsync("Could Zemblan fencers compete at the world championships in Milan?");

        Assert.True(answer.Known, answer.Text);
        var quote = answer.Text[..answer.Text.IndexOf("[1]", StringComparison.Ordinal)];
        Assert.Contains("That would allow", quote);
        Assert.Contains("voted on 10 March 2023", quote);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder) =>
            folder.Write("ostland-readmits-zemblan-fencers.md", Articles.Markdown("Ostland Fencing Union readmits Zemblan fencers", "2023-03-10",
                $"""
                {Vote} {Change} {Allow}

                Zemblan fencers had been excluded from Ostland Fencing Union events in 2022.
                """));
    }
}
