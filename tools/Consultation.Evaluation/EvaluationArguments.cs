namespace Consultation.Evaluation;

/// <summary>The command line: a JSONL file, id prefixes to keep or drop, and a lexicon to try instead of the shipped one.</summary>
public sealed record EvaluationArguments(string Path, string[] Only, string[] Except, string? Lexicon)
{
    public static EvaluationArguments Parse(string[] args)
    {
        string? path = null, lexicon = null;
        string[] only = [], except = [];
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--only":
                    only = Prefixes(args, ++i, "--only");
                    break;
                case "--except":
                    except = Prefixes(args, ++i, "--except");
                    break;
                case "--lexicon":
                    lexicon = i + 1 < args.Length ? args[++i] : throw new ArgumentException("--lexicon needs a file");
                    break;
                case var flag when flag.StartsWith("--", StringComparison.Ordinal):
                    throw new ArgumentException($"unknown option {flag}; use [answers.jsonl] [--only P1,P2] [--except P1,P2] [--lexicon FILE]");
                default:
                    path = path is null ? args[i] : throw new ArgumentException($"one JSONL file only, not also {args[i]}");
                    break;
            }
        }
        return new EvaluationArguments(path ?? LabelledAnswers.DefaultPath(), only, except, lexicon);
    }

    public bool Keeps(LabelledAnswer answer) =>
        (Only.Length == 0 || Only.Any(p => answer.Id.StartsWith(p, StringComparison.Ordinal)))
        && !Except.Any(p => answer.Id.StartsWith(p, StringComparison.Ordinal));

    public string Describe() =>
        (Only.Length > 0 ? $", only ids starting {string.Join(" or ", Only)}" : "")
        + (Except.Length > 0 ? $", except ids starting {string.Join(" or ", Except)}" : "");

    private static string[] Prefixes(string[] args, int i, string option) =>
        i < args.Length && args[i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is { Length: > 0 } prefixes
            ? prefixes
            : throw new ArgumentException($"{option} needs comma-separated id prefixes");
}
