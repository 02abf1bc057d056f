using SportsBot.Core.Answering;
using SportsBot.Core.Chat;
using SportsBot.Tests.Infrastructure;

namespace SportsBot.Tests.Chat;

public sealed class ConversationStoreTests
{
    private static Answer AnswerTo(string question) => new(question, true, $"About {question}. [1]", new DateOnly(2023, 12, 8), AnswerMode.Extractive, []);

    [Fact]
    public async Task Each_channel_keeps_its_own_newest_answers_however_busy_the_others_are()
    {
        await using var host = await TestHost.StartAsync(null);
        var store = host.Get<IConversationStore>();
        var quiet = new ChannelKey("test", new ChannelId("quiet"));
        var busy = new ChannelKey("test", new ChannelId("busy"));

        await store.RememberAsync(quiet, [new MessageId("q1")], AnswerTo("quiet question"), CancellationToken.None);
        for (var i = 0; i < IConversationStore.AnswersPerChannel + 5; i++)
        {
            await store.RememberAsync(busy, [new MessageId($"b{i}")], AnswerTo($"busy {i}"), CancellationToken.None);
        }

        Assert.Equal("quiet question", (await store.AnswerSentAsAsync(quiet, new MessageId("q1"), CancellationToken.None))?.Question);
        Assert.Null(await store.AnswerSentAsAsync(busy, new MessageId("b0"), CancellationToken.None));
        Assert.Equal("busy 5", (await store.AnswerSentAsAsync(busy, new MessageId("b5"), CancellationToken.None))?.Question);
        Assert.Equal($"busy {IConversationStore.AnswersPerChannel + 4}", (await store.LastAnswerAsync(busy, CancellationToken.None))?.Question);
    }
}
