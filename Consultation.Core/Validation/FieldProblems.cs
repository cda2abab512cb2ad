namespace Consultation.Core.Validation;

/// <summary>One thing wrong with one field, as a machine code with its arguments; the Api words it in the caller's language.</summary>
public sealed record FieldProblem(string Field, string Code, object[] Args);

/// <summary>What is wrong with a request's fields, keyed by the JSON name of each field.</summary>
public sealed class FieldProblems
{
    private readonly List<FieldProblem> _items = [];

    public IReadOnlyList<FieldProblem> Items => _items;

    public bool Any => _items.Count > 0;

    public bool Has(string field) => _items.Exists(p => p.Field == field);

    public void Add(string field, string code, params object[] args) => _items.Add(new FieldProblem(field, code, args));
}
