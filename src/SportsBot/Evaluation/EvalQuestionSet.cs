using System.Text.Json;

namespace SportsBot.Evaluation;

/// <summary>Reads an eval file (JSON Lines) and says exactly which line is wrong, and why, before anything is indexed.</summary>
public static class EvalQuestionSet
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
    };

    public static IReadOnlyList<EvalQuestion> Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FormatException($"{path}: no such file.");
        }

        var questions = new List<EvalQuestion>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var question = Parse(line, $"{path}:{lineNumber}");
            if (!ids.Add(question.Id))
            {
                throw new FormatException($"{path}:{lineNumber}: id \"{question.Id}\" is used twice.");
            }

            questions.Add(question);
        }

        return questions.Count == 0 ? throw new FormatException($"{path}: no questions.") : questions;
    }

    private static EvalQuestion Parse(string line, string where)
    {
        EvalQuestion? q;
        try
        {
            q = JsonSerializer.Deserialize<EvalQuestion>(line, Options);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"{where}: not a JSON object ({ex.Message}).", ex);
        }

        if (q is null || string.IsNullOrWhiteSpace(q.Id) || string.IsNullOrWhiteSpace(q.Question))
        {
            throw new FormatException($"{where}: every line needs \"id\" and \"question\".");
        }

        if (!EvalQuestion.Kinds.Contains(q.Kind))
        {
            throw new FormatException($"{where}: kind \"{q.Kind}\" is not one of {string.Join(", ", EvalQuestion.Kinds)}.");
        }

        // Missing lists read as empty; an unanswerable question must not claim sources.
        q = q with { Expected = q.Expected ?? [], MustMention = q.MustMention ?? [] };
        if (q.Kind == "unanswerable" && q.Answerable)
        {
            throw new FormatException($"{where}: an unanswerable question must have an empty \"expected\".");
        }

        return q;
    }
}
