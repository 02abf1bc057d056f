using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Answering;

/// <summary>A canoeist refused a waiver to race for her new country, and the appeal that overturned the refusal.</summary>
public sealed class NationalitySwitchCaseTests : IClassFixture<NationalitySwitchCaseTests.Corpus>
{
    private readonly Corpus _corpus;

    public NationalitySwitchCaseTests(Corpus corpus) => _corpus = corpus;

    [Fact]
    public async Task Asked_what_holds_now_the_story_that_overturned_the_refusal_leads()
    {
        var answer = await _corpus.AskAsync("Can Ilona Brask compete for Corvalia now, or does she still have to wait the full three years?");

        Assert.True(answer.Known, answer.Text);
        Assert.StartsWith("Yes. As of 18 June 2025", answer.Text);
        Assert.Contains("with immediate effect", answer.Text);
    }

    [Fact]
    public async Task A_month_the_question_names_is_met_by_a_story_dated_in_it()
    {
        var answer = await _corpus.AskAsync("Why did the federation refuse Ilona Brask's waiver in March?");

        Assert.True(answer.Known, answer.Text);
        Assert.StartsWith("As of 12 March 2025", answer.Text);
        Assert.Contains("citing the rule that an athlete must wait three years", answer.Text);
    }

    public sealed class Corpus : ArticleCorpus
    {
        protected override void Write(TempFolder folder)
        {
            // Older stories on the sport widen the span of dates, so three months between the two below weigh as
            // little as they do among a real store's years.
            folder.Write("coach.md", Articles.Markdown("Veldoria names new canoe coach", "2019-04-02",
                """
                The Veldorian canoe federation has named Oskar Brel as head coach of its sprint team ahead of the world championships.
                """));
            folder.Write("regatta.md", Articles.Markdown("Santa Irmela to host continental regatta", "2020-09-15",
                """
                The continental canoe sprint championships will be held in Santa Irmela in Corvalia next summer, the organisers said.
                """));
            folder.Write("refused.md", Articles.Markdown("World Paddle Federation refuses Ilona Brask's request to race for Corvalia", "2025-03-12",
                """
                The World Paddle Federation (WPF) has refused a request from canoe sprinter Ilona Brask to waive its waiting period for athletes who switch nationality, leaving the two-time European medallist unable to race for her new country, Corvalia, for well over a year.

                The federation's Eligibility Committee announced its decision on Tuesday, citing the rule that an athlete must wait three years after last representing one nation before competing for another. Brask, 27, last raced for her native Veldoria at the Ardenne Cup in August 2023, which means that under the rule she would not be eligible to wear Corvalian colours until August 2026.

                Brask was granted Corvalian citizenship by presidential decree on 6 February 2025, after living and training in the coastal city of Santa Irmela since 2021. Corvalia's canoe federation had asked the WPF to cut the waiting period to 18 months, arguing that she had been left without funding or a coach after a dispute with the Veldorian federation.

                "The committee recognises Ms Brask's personal circumstances, but the rule exists to protect the integrity of national representation, and no exceptional grounds were demonstrated," the WPF secretary general, Henrik Alsgaard, said in a statement.

                The ruling means Brask will miss the 2025 World Championships in Port Halvard, scheduled for 20-24 August, where she had been expected to challenge for a medal in the women's K1 500 metres.

                Mateo Ruzal, president of the Corvalian Canoe Federation, called the decision "deeply unfair" and confirmed that the federation would take the case to the WPF Appeals Tribunal. "Ilona has not raced for Veldoria for nearly two years. She is not a mercenary; she has built her life here," he said.

                Brask herself wrote on social media that she was "heartbroken but not finished".

                Corvalia, a country of about four million people, has never won a world championship medal in canoe sprint. Its government has granted citizenship to 11 foreign-born athletes across several sports since 2022, a policy that critics at home have described as "buying medals".

                A spokesperson for the Veldorian federation said last week that it had not objected to the switch.
                """));
            folder.Write("cleared.md", Articles.Markdown("Brask cleared to race for Corvalia after winning eligibility appeal", "2025-06-18",
                """
                The World Paddle Federation's Appeals Tribunal has overturned the ruling that barred Ilona Brask from competing for Corvalia, clearing the canoe sprinter to race for her adopted country with immediate effect.

                In a decision published on 17 June 2025, the three-member tribunal ruled by two votes to one that the federation's Eligibility Committee had failed to give proper weight to the "exceptional circumstances" of Brask's departure from the Veldorian team. It reduced her waiting period from three years to 18 months, a period that had already expired in February.

                The decision reverses the committee's refusal in March and means that Brask, 27, can now be entered for the World Championships in Port Halvard in August, an event she had been told she would miss.

                "Justice has been done," said Mateo Ruzal, president of the Corvalian Canoe Federation. "Ilona will line up in Port Halvard in the colours of the country that welcomed her."

                The tribunal's chair, the retired judge Anouk Terlinde, wrote in the reasons that the athlete had been "effectively abandoned" by her former federation after it withdrew her funding in the summer of 2023, and that the rule "was never intended to punish athletes who had no realistic choice".

                The dissenting member argued that granting exceptions on personal grounds would open the door to "nationality shopping" by wealthier countries.

                The WPF said it accepted the ruling and would not take the matter further. Its secretary general, Henrik Alsgaard, added that the federation would review the wording of its eligibility rules before its congress in November.

                Brask, who trains in Santa Irmela, said she was told of the decision by phone while she was on the water. "I had to sit down in the boat," she said. "Now I just want to race."

                Her first race in Corvalian colours is expected to be the World Cup regatta at Lake Morvaine on 5 July.

                Brask won bronze medals for Veldoria at the 2021 and 2023 European Championships. She became a Corvalian citizen in February after four years in the country, and the Corvalian federation has said it hopes she will be the first athlete to win a world medal in canoe sprint for the country.
                """));
        }
    }
}
