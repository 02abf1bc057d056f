using SportsBot.Core.Chat;
using SportsBot.Core.Feedback;
using SportsBot.Core.Knowledge;

namespace SportsBot.Infrastructure.Storage;

/// <summary>Answer ratings (one per person and answer, with the cited articles) and unanswered questions, in the knowledge base's SQLite file.</summary>
public sealed class SqliteFeedbackStore : IFeedbackStore
{
    /// <summary>Unanswered questions older than this are dropped: /kb gaps looks at weeks, not years.</summary>
    private static readonly TimeSpan KeepUnanswered = TimeSpan.FromDays(400);

    private readonly SqliteDatabase _db;

    public SqliteFeedbackStore(SqliteDatabase db)
    {
        _db = db;
        _db.EnsureSchema(c =>
        {
            c.Execute("""
                CREATE TABLE IF NOT EXISTS answer_feedback (
                    Id INTEGER PRIMARY KEY AUTOINCREMENT, Platform TEXT NOT NULL, Channel TEXT NOT NULL, AnswerMessage TEXT NOT NULL,
                    UserId TEXT NOT NULL, UserName TEXT NOT NULL, Rating INTEGER NOT NULL, Question TEXT NOT NULL, Known INTEGER NOT NULL,
                    Comment TEXT, PromptMessage TEXT, AtUnixMs INTEGER NOT NULL,
                    UNIQUE (Platform, Channel, AnswerMessage, UserId))
                """);
            c.Execute("CREATE INDEX IF NOT EXISTS answer_feedback_at ON answer_feedback (AtUnixMs)");
            c.Execute("CREATE INDEX IF NOT EXISTS answer_feedback_prompt ON answer_feedback (Platform, Channel, PromptMessage)");
            c.Execute("""
                CREATE TABLE IF NOT EXISTS answer_feedback_articles (
                    FeedbackId INTEGER NOT NULL REFERENCES answer_feedback (Id) ON DELETE CASCADE, ArticleId TEXT NOT NULL,
                    PRIMARY KEY (FeedbackId, ArticleId))
                """);
            c.Execute("CREATE INDEX IF NOT EXISTS answer_feedback_articles_article ON answer_feedback_articles (ArticleId)");
            c.Execute("CREATE TABLE IF NOT EXISTS unanswered_questions (Id INTEGER PRIMARY KEY AUTOINCREMENT, Platform TEXT NOT NULL, Channel TEXT NOT NULL, UserId TEXT NOT NULL, Question TEXT NOT NULL, AtUnixMs INTEGER NOT NULL)");
            c.Execute("CREATE INDEX IF NOT EXISTS unanswered_questions_at ON unanswered_questions (AtUnixMs)");
        });
    }

    public Task RecordAsync(AnswerFeedback feedback, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var (platform, channel) = (feedback.Channel.Platform, feedback.Channel.Channel.Value);
        _db.InTransaction(c =>
        {
            // A 👍 after a 👎 withdraws the complaint, and with it what was said to be wrong.
            c.Execute(
                """
                INSERT INTO answer_feedback (Platform, Channel, AnswerMessage, UserId, UserName, Rating, Question, Known, AtUnixMs)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (Platform, Channel, AnswerMessage, UserId) DO UPDATE SET
                    UserName = excluded.UserName, Rating = excluded.Rating, AtUnixMs = excluded.AtUnixMs,
                    Comment = CASE WHEN excluded.Rating = Rating THEN Comment ELSE NULL END
                """,
                platform, channel, feedback.AnswerMessage.Value, feedback.User.Value, feedback.UserName, (int)feedback.Rating, feedback.Question, feedback.Known ? 1 : 0, feedback.At.ToUnixTimeMilliseconds());
            var id = c.ExecuteScalar<long>("SELECT Id FROM answer_feedback WHERE Platform = ? AND Channel = ? AND AnswerMessage = ? AND UserId = ?", platform, channel, feedback.AnswerMessage.Value, feedback.User.Value);
            c.Execute("DELETE FROM answer_feedback_articles WHERE FeedbackId = ?", id);
            foreach (var article in feedback.ArticleIds.Distinct())
            {
                c.Execute("INSERT INTO answer_feedback_articles (FeedbackId, ArticleId) VALUES (?, ?)", id, article);
            }

            return 0;
        });
        return Task.CompletedTask;
    }

    public Task SetPromptAsync(ChannelKey channel, MessageId answerMessage, UserId user, MessageId prompt, CancellationToken cancellationToken)
    {
        _db.Use(c => c.Execute(
            "UPDATE answer_feedback SET PromptMessage = ? WHERE Platform = ? AND Channel = ? AND AnswerMessage = ? AND UserId = ?",
            prompt.Value, channel.Platform, channel.Channel.Value, answerMessage.Value, user.Value));
        return Task.CompletedTask;
    }

    public Task<MessageId?> AnswerPromptedByAsync(ChannelKey channel, MessageId prompt, UserId user, CancellationToken cancellationToken)
    {
        var answer = _db.Use(c => c.ExecuteScalar<string?>(
            "SELECT AnswerMessage FROM answer_feedback WHERE Platform = ? AND Channel = ? AND PromptMessage = ? AND UserId = ?",
            channel.Platform, channel.Channel.Value, prompt.Value, user.Value));
        return Task.FromResult<MessageId?>(answer is null ? null : new MessageId(answer));
    }

    public Task<bool> CommentAsync(ChannelKey channel, MessageId answerMessage, UserId user, string comment, CancellationToken cancellationToken) =>
        Task.FromResult(_db.Use(c => c.Execute(
            "UPDATE answer_feedback SET Comment = ? WHERE Platform = ? AND Channel = ? AND AnswerMessage = ? AND UserId = ?",
            comment, channel.Platform, channel.Channel.Value, answerMessage.Value, user.Value)) > 0);

    public Task RecordUnansweredAsync(UnansweredQuestion question, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _db.InTransaction(c =>
        {
            c.Execute(
                "INSERT INTO unanswered_questions (Platform, Channel, UserId, Question, AtUnixMs) VALUES (?, ?, ?, ?, ?)",
                question.Channel.Platform, question.Channel.Channel.Value, question.User.Value, question.Question, question.At.ToUnixTimeMilliseconds());
            return c.Execute("DELETE FROM unanswered_questions WHERE AtUnixMs < ?", (question.At - KeepUnanswered).ToUnixTimeMilliseconds());
        });
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<GapSignal>> GapSignalsSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        var from = since.ToUnixTimeMilliseconds();
        var rows = _db.Use(c => c.Query<SignalRow>(
            """
            SELECT Question, Platform || ':' || UserId AS Person, 0 AS Kind, NULL AS Comment, AtUnixMs FROM unanswered_questions WHERE AtUnixMs >= ?
            UNION ALL
            SELECT Question, Platform || ':' || UserId AS Person, 1 AS Kind, Comment, AtUnixMs FROM answer_feedback WHERE Rating = ? AND AtUnixMs >= ?
            """,
            from, (int)AnswerRating.Unhelpful, from));
        return Task.FromResult<IReadOnlyList<GapSignal>>(rows
            .Select(r => new GapSignal(r.Question, r.Person, r.Kind == 0 ? GapKind.NotCovered : GapKind.MarkedUnhelpful, r.Comment, DateTimeOffset.FromUnixTimeMilliseconds(r.AtUnixMs)))
            .ToList());
    }

    public Task<ArticleFeedback> ForArticleAsync(ArticleId article, int comments, CancellationToken cancellationToken)
    {
        var result = _db.Use(c =>
        {
            const string join = "FROM answer_feedback f JOIN answer_feedback_articles a ON a.FeedbackId = f.Id WHERE a.ArticleId = ?";
            var helpful = c.ExecuteScalar<int>($"SELECT COUNT(*) {join} AND f.Rating = ?", article.Value, (int)AnswerRating.Helpful);
            var unhelpful = c.ExecuteScalar<int>($"SELECT COUNT(*) {join} AND f.Rating = ?", article.Value, (int)AnswerRating.Unhelpful);
            var said = c.QueryScalars<string>($"SELECT f.Comment {join} AND f.Rating = ? AND f.Comment IS NOT NULL ORDER BY f.AtUnixMs DESC LIMIT ?", article.Value, (int)AnswerRating.Unhelpful, comments);
            return new ArticleFeedback(helpful, unhelpful, said);
        });
        return Task.FromResult(result);
    }

    private sealed class SignalRow
    {
        public string Question { get; set; } = string.Empty;

        public string Person { get; set; } = string.Empty;

        public int Kind { get; set; }

        public string? Comment { get; set; }

        public long AtUnixMs { get; set; }
    }
}
