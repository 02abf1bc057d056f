using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A national team ordered to boycott a championship, fined and replaced: questions a first reader got wrong on
/// stories like these.
/// </summary>
public sealed class BoycottFineCaseTests : IClassFixture<BoycottFineCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public BoycottFineCaseTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task The_host_was_not_fined_because_the_boycotting_team_was()
    {
        var answer = await _corpus.AskAsync("How much was Dalmar fined?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task The_fine_on_the_team_that_withdrew_is_still_answered_though_the_story_names_its_people()
    {
        var answer = await _corpus.AskAsync("How much was Corvia fined?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("200,000", answer.Text);
    }

    [Fact]
    public async Task Taking_a_team_s_place_is_replacing_it()
    {
        var answer = await _corpus.AskAsync("Who replaced Corvia in Group C?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Brisk", answer.Text);
    }

    [Fact]
    public async Task An_amount_of_something_the_sources_never_give_is_not_another_amount_in_the_story()
    {
        var answer = await _corpus.AskAsync("How much is Corvia's travel budget?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task An_amount_the_sources_give_of_the_thing_asked_is_still_answered()
    {
        var answer = await _corpus.AskAsync("How much was the fine on Corvia's federation?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("200,000", answer.Text);
    }

    [Fact]
    public async Task A_role_said_without_the_one_who_holds_it_does_not_answer_who_holds_it()
    {
        var answer = await _corpus.AskAsync("Who is Corvia's prime minister?");

        Assert.False(answer.Known, answer.Text);
    }

    [Fact]
    public async Task A_role_said_beside_the_one_who_holds_it_is_still_answered()
    {
        var answer = await _corpus.AskAsync("Who is president of Corvia's handball federation?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Anton Varga", answer.Text);
    }

    [Fact]
    public async Task A_role_said_as_a_verb_names_its_holder_as_the_doer()
    {
        var answer = await _corpus.AskAsync("Who is the coach of Brisk?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("Ivan Petrov", answer.Text);
    }

    [Fact]
    public async Task A_country_s_people_are_named_by_the_country()
    {
        var answer = await _corpus.AskAsync("Can Kestran judoka still compete abroad?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("may still compete abroad", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            folder.Write("corvia-fined.md", Articles.Markdown("Handball body fines Corvia over boycott of championship in Dalmar", "2025-11-20",
                """
                The European Handball Association has fined the Corvian handball federation 200,000 euros after the team withdrew from next year's championship in Dalmar.

                The association's disciplinary board said the federation had yielded to political interference. Another country's team, Brisk, will take Corvia's place in Group C. Brisk, coached by Ivan Petrov, reached the semi-finals in 2024.
                """));
            folder.Write("kestra-barred.md", Articles.Markdown("Judo council bars Kestra from hosting for two years", "2024-09-30",
                """
                The International Judo Council has barred Kestra from hosting any international judo event until October 2026, over its refusal of visas to a rival's athletes.

                Kestra's own judoka may still compete abroad.
                """));
            folder.Write("corvia-federation.md", Articles.Markdown("Corvian federation counts the cost of its boycott", "2025-12-01",
                """
                Corvia's handball federation has debts of about 3 million euros, its president, Anton Varga, told reporters.

                The national team has not played a match since October. One player, Tomas Rell, said he had been punished for refusing to praise Corvia's prime minister on television.
                """));
        }
    }
}
