namespace Consultation.Core.Calendar;

/// <summary>
/// ΔT = TT − UT, the drift of the Earth's rotation behind uniform time. Polynomials of Espenak
/// and Meeus (NASA, "Polynomial expressions for Delta T"), which cover 1800–2150 and extrapolate
/// beyond. ΔT is about a minute in this era, so its error only matters for a new moon within
/// seconds of midnight.
/// </summary>
internal static class DeltaT
{
    public static double Seconds(double julianDay)
    {
        var y = 2000 + ((julianDay - 2451545.0) / 365.25);
        return y switch
        {
            < 1800 => Parabola(y),
            < 1860 => Polynomial(y - 1800, 13.72, -0.332447, 0.0068612, 0.0041116, -0.00037436, 0.0000121272, -0.0000001699, 0.000000000875),
            < 1900 => Polynomial(y - 1860, 7.62, 0.5737, -0.251754, 0.01680668, -0.0004473624, 1.0 / 233174),
            < 1920 => Polynomial(y - 1900, -2.79, 1.494119, -0.0598939, 0.0061966, -0.000197),
            < 1941 => Polynomial(y - 1920, 21.20, 0.84493, -0.076100, 0.0020936),
            < 1961 => Polynomial(y - 1950, 29.07, 0.407, -1.0 / 233, 1.0 / 2547),
            < 1986 => Polynomial(y - 1975, 45.45, 1.067, -1.0 / 260, -1.0 / 718),
            < 2005 => Polynomial(y - 2000, 63.86, 0.3345, -0.060374, 0.0017275, 0.000651814, 0.00002373599),
            < 2050 => Polynomial(y - 2000, 62.92, 0.32217, 0.005589),
            < 2150 => Parabola(y) - (0.5628 * (2150 - y)),
            _ => Parabola(y),
        };
    }

    private static double Parabola(double year)
    {
        var u = (year - 1820) / 100;
        return -20 + (32 * u * u);
    }

    private static double Polynomial(double t, params ReadOnlySpan<double> coefficients)
    {
        var sum = 0.0;
        for (var i = coefficients.Length - 1; i >= 0; i--)
        {
            sum = (sum * t) + coefficients[i];
        }
        return sum;
    }
}
