using Consultation.Core.Validation;

namespace Consultation.Api.Problems;

/// <summary>Collects field-level errors in the caller's language, keyed by the JSON path of the field.</summary>
public sealed class FieldErrors(Lang lang)
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public Lang Lang { get; } = lang;

    public bool Any => _errors.Count > 0;

    public bool Has(string field) => _errors.ContainsKey(field);

    public void Add(string field, string code, params object[] args)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            list = [];
            _errors[field] = list;
        }
        list.Add(Messages.Get(code, Lang, args));
    }

    /// <summary>Words every problem Core found, in this collection's language.</summary>
    public void AddAll(FieldProblems problems)
    {
        foreach (var problem in problems.Items)
        {
            Add(problem.Field, problem.Code, problem.Args);
        }
    }

    /// <summary>Runs a Core reader and words what it found.</summary>
    public T From<T>(Func<FieldProblems, T> read)
    {
        var problems = new FieldProblems();
        var value = read(problems);
        AddAll(problems);
        return value;
    }

    public Dictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
}
