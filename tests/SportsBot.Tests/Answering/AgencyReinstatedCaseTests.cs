using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>
/// A national anti-doping agency declared non-compliant, its country's flag banned, and the agency reinstated a year
/// later, among the bundled stories: questions a first reader got wrong on stories like these.
/// </summary>
public sealed class AgencyReinstatedCaseTests : IClassFixture<AgencyReinstatedCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public AgencyReinstatedCaseTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task The_flag_allowed_again_a_year_later_leads_before_the_flag_banned()
    {
        // "Can…" asks what holds now, and the story that reinstated the agency changes the ban: it leads.
        var answer = await _corpus.AskAsync("Can Valmoran athletes compete under their flag?");

        Assert.True(answer.Known, answer.Text);
        Assert.StartsWith("As of 7 March 2024, Valmoran athletes may again compete under their flag", answer.Text);
        Assert.Contains("Earlier, as of 18 April 2023", answer.Text);
        Assert.DoesNotContain("My newest source on this is from April 2023", answer.Text);
    }

    [Fact]
    public async Task A_span_of_days_in_a_story_written_before_it_is_when_the_championships_are()
    {
        var answer = await _corpus.AskAsync("When are the world junior cycling championships?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("12 to 17 September", answer.Text);
    }

    [Fact]
    public async Task Why_it_was_reinstated_is_answered_by_the_account_of_the_body_that_reinstated_it()
    {
        var answer = await _corpus.AskAsync("Why was Valmora's agency reinstated?");

        Assert.True(answer.Known, answer.Text);
        Assert.Contains("GADA said a law passed by Valmora's parliament in January had made the agency independent", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            // Among the bundled stories, which retrieval weighs them against, the older story ranks well ahead.
            BundledKnowledgeFixture.CopyInto(folder);

            folder.Write("valmora-non-compliant.md", Articles.Markdown("Valmora's anti-doping agency declared non-compliant", "2023-04-18",
                """
                The Global Anti-Doping Authority (GADA) has declared Valmora's national anti-doping agency non-compliant, after finding that it let coaches see the results of tests before they were reported.

                Until the agency is reinstated, Valmora may not host world championships, and its flag may not be flown at major events. Valmoran athletes can still compete, but not under their flag.

                GADA's compliance committee said the agency had also failed to test 40 per cent of the athletes on its registered testing pool in 2022. The Valmoran sports minister, Tomas Brill, called the ruling "a collective punishment" and said the agency would appeal.

                The decision means the 2023 world junior cycling championships, due in the Valmoran city of Dremont in September, will be moved.
                """));
            folder.Write("junior-worlds-moved.md", Articles.Markdown("Junior cycling worlds moved from Dremont to Kasey", "2023-05-30",
                """
                The world junior cycling championships will be held in Kasey, in Norland, instead of the Valmoran city of Dremont, the International Cycling Board (ICB) said on Tuesday.

                The championships keep their dates, 12 to 17 September. The ICB said Dremont had spent about 2 million euros preparing its course.
                """));
            folder.Write("valmora-reinstated.md", Articles.Markdown("GADA reinstates Valmora's agency after new law", "2024-03-07",
                """
                The Global Anti-Doping Authority has reinstated Valmora's national anti-doping agency, ending an eleven-month spell of non-compliance.

                GADA said a law passed by Valmora's parliament in January had made the agency independent of the sports ministry, and that coaches no longer had access to test results. Valmoran athletes may again compete under their flag, and the country may bid to host events.

                Valmora withdrew its appeal to the Court of Arbitration for Sport in February, before the hearing. Sports minister Tomas Brill, who had called the original ruling a collective punishment, resigned in December 2023.
                """));
        }
    }
}
