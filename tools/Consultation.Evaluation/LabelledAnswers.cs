using System.Text.Json;

namespace Consultation.Evaluation;

public static class LabelledAnswers
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
    private static readonly string[] Labels = ["clear", "vague"];
    private static readonly string[] Positions = ["agree", "agree_with_comments", "disagree", "not_competent"];

    /// <summary>Reads every non-blank line; a line that is not a labelled answer stops the run and names its number and what is wrong.</summary>
    public static List<LabelledAnswer> Read(string path)
    {
        var answers = new List<LabelledAnswer>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            LabelledAnswer? answer;
            try
            {
                answer = JsonSerializer.Deserialize<LabelledAnswer>(line, Options);
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{path}:{number}: not a JSON object ({e.Message})", e);
            }
            var problem = answer switch
            {
                null => "empty",
                { Id: null or "" } => "\"id\" is missing",
                { Content: null or "" } => "\"content\" is missing",
                { Label: var label } when !Labels.Contains(label) => $"\"label\" must be clear or vague, not \"{label}\"",
                { Category: null or "" } => "\"category\" is missing",
                { Position: { } position } when !Positions.Contains(position) => $"unknown \"position\" \"{position}\"",
                { Id: var id } when !ids.Add(id) => $"\"id\" {id} appears twice",
                _ => null,
            };
            if (problem is not null)
            {
                throw new InvalidDataException($"{path}:{number}: {problem}");
            }
            answers.Add(answer!);
        }
        return answers;
    }

    /// <summary>
    /// The repository's default: ../shared/data/answers-dev.jsonl beside the repository root, found
    /// from the working directory or from where the tool was built.
    /// </summary>
    public static string DefaultPath()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Consultation.sln")))
                {
                    return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data", "answers-dev.jsonl"));
                }
            }
        }
        throw new FileNotFoundException("Consultation.sln not found above the working directory; give the JSONL path as an argument.");
    }
}
