using System.Text.Json;
using SportsBot.Core.Answering;
using SportsBot.Core.Chat;

namespace SportsBot.Infrastructure.Storage;

/// <summary>Recent answers per channel in the knowledge base's SQLite file, as JSON, pruned per channel.</summary>
public sealed class SqliteConversationStore : IConversationStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);
    private readonly SqliteDatabase _db;

    public SqliteConversationStore(SqliteDatabase db)
    {
        _db = db;
        _db.EnsureSchema(c =>
        {
            c.Execute("CREATE TABLE IF NOT EXISTS conversation_answers (Id INTEGER PRIMARY KEY AUTOINCREMENT, Platform TEXT NOT NULL, Channel TEXT NOT NULL, Answer TEXT NOT NULL)");
            c.Execute("CREATE INDEX IF NOT EXISTS conversation_answers_channel ON conversation_answers (Platform, Channel, Id)");
            c.Execute("CREATE TABLE IF NOT EXISTS conversation_messages (Platform TEXT NOT NULL, Channel TEXT NOT NULL, MessageId TEXT NOT NULL, AnswerId INTEGER NOT NULL, PRIMARY KEY (Platform, Channel, MessageId))");
        });
    }

    public Task RememberAsync(ChannelKey channel, IReadOnlyList<MessageId> botMessages, Answer answer, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(answer, Json);
        _db.InTransaction(c =>
        {
            c.Execute("INSERT INTO conversation_answers (Platform, Channel, Answer) VALUES (?, ?, ?)", channel.Platform, channel.Channel.Value, json);
            var id = c.ExecuteScalar<long>("SELECT last_insert_rowid()");
            foreach (var message in botMessages)
            {
                c.Execute(
                    "INSERT INTO conversation_messages (Platform, Channel, MessageId, AnswerId) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET AnswerId = excluded.AnswerId",
                    channel.Platform,
                    channel.Channel.Value,
                    message.Value,
                    id);
            }

            // Keep the newest answers of this channel only.
            c.Execute(
                "DELETE FROM conversation_answers WHERE Platform = ? AND Channel = ? AND Id NOT IN (SELECT Id FROM conversation_answers WHERE Platform = ? AND Channel = ? ORDER BY Id DESC LIMIT ?)",
                channel.Platform,
                channel.Channel.Value,
                channel.Platform,
                channel.Channel.Value,
                IConversationStore.AnswersPerChannel);
            c.Execute(
                "DELETE FROM conversation_messages WHERE Platform = ? AND Channel = ? AND AnswerId NOT IN (SELECT Id FROM conversation_answers WHERE Platform = ? AND Channel = ?)",
                channel.Platform,
                channel.Channel.Value,
                channel.Platform,
                channel.Channel.Value);
            return 0;
        });
        return Task.CompletedTask;
    }

    public Task<Answer?> AnswerSentAsAsync(ChannelKey channel, MessageId botMessage, CancellationToken cancellationToken) =>
        Task.FromResult(Read(_db.Use(c => c.ExecuteScalar<string?>(
            "SELECT a.Answer FROM conversation_messages m JOIN conversation_answers a ON a.Id = m.AnswerId WHERE m.Platform = ? AND m.Channel = ? AND m.MessageId = ?",
            channel.Platform,
            channel.Channel.Value,
            botMessage.Value))));

    public Task<Answer?> LastAnswerAsync(ChannelKey channel, CancellationToken cancellationToken) =>
        Task.FromResult(Read(_db.Use(c => c.ExecuteScalar<string?>(
            "SELECT Answer FROM conversation_answers WHERE Platform = ? AND Channel = ? ORDER BY Id DESC LIMIT 1",
            channel.Platform,
            channel.Channel.Value))));

    private static Answer? Read(string? json) => json is null ? null : JsonSerializer.Deserialize<Answer>(json, Json);
}
