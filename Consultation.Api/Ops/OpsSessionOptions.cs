namespace Consultation.Api.Ops;

/// <summary>The <c>Ops:Session</c> section: how long an ops page sign-in lasts.</summary>
public sealed class OpsSessionOptions
{
    public const string Section = "Ops:Session";

    /// <summary>A session unused this long ends; each request renews it.</summary>
    public TimeSpan SlidingExpiration { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A session ends this long after signing in, however busy (the page refreshes itself every 15 seconds).</summary>
    public TimeSpan AbsoluteExpiration { get; set; } = TimeSpan.FromHours(8);
}
