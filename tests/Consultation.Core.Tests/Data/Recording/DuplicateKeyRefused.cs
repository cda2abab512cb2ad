using System.Data.Common;

namespace Consultation.Core.Tests.Data.Recording;

/// <summary>What SQL Server reports as error 2627 when an insert meets an existing key.</summary>
public sealed class DuplicateKeyRefused() : DbException("Violation of PRIMARY KEY constraint: cannot insert duplicate key.", 2627);
