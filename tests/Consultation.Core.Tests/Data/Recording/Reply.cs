using System.Data.Common;

namespace Consultation.Core.Tests.Data.Recording;

/// <summary>What the recorder answers, once, to the next statement containing <see cref="Fragment"/>.</summary>
internal sealed record Reply(
    string Fragment, IReadOnlyList<IReadOnlyList<KeyValuePair<string, object?>>>? Rows = null, int? Affected = null, DbException? Failure = null)
{
    public bool Used { get; private set; }

    public void Use() => Used = true;
}
