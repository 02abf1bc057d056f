using System.Text;

namespace SportsBot.Evaluation;

/// <summary>A pipe table: aligned on a terminal and pasted into the README as it is.</summary>
public sealed class MarkdownTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public MarkdownTable Add(params string[] cells)
    {
        _rows.Add(cells);
        return this;
    }

    public override string ToString()
    {
        var widths = headers.Select((h, i) => _rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        // Names read left-aligned, numbers right-aligned so their digits line up.
        var left = headers.Select((_, i) => i == 0 || _rows.All(r => r[i].Length == 0 || !(char.IsDigit(r[i][0]) || r[i][0] == '–'))).ToArray();
        var text = new StringBuilder();
        void Line(IEnumerable<string> cells) =>
            text.Append("| ").Append(string.Join(" | ", cells.Select((c, i) => left[i] ? c.PadRight(widths[i]) : c.PadLeft(widths[i])))).Append(" |\n");

        Line(headers);
        text.Append('|').Append(string.Join('|', widths.Select((w, i) => left[i] ? new string('-', w + 2) : new string('-', w + 1) + ":"))).Append("|\n");
        foreach (var row in _rows)
        {
            Line(row);
        }

        return text.ToString();
    }
}
