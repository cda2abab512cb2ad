namespace Consultation.Core.Calendar;

/// <summary>
/// The two astronomical quantities the lunisolar calendar needs: instants of new moon and the
/// Sun's apparent longitude. Series from Meeus, <i>Astronomical Algorithms</i> (2nd ed.),
/// ch. 49 (phases of the Moon, with the planetary corrections) and ch. 25 (low-accuracy Sun,
/// about 0.01°, i.e. a solar term is placed within ~15 minutes).
/// </summary>
internal static class Astronomy
{
    /// <summary>Julian day of 0001-01-01 00:00 UTC, so <c>DayNumber + this</c> is a date's midnight.</summary>
    public const double JulianDayOfDayNumberZero = 1721425.5;

    private const double Radians = Math.PI / 180;

    /// <summary>Mean interval between new moons (days), used only to estimate a lunation index.</summary>
    public const double SynodicMonth = 29.530588861;

    /// <summary>JDE of the mean new moon of lunation 0 (2000-01-06), Meeus eq. 49.1.</summary>
    public const double FirstNewMoonOf2000 = 2451550.09766;

    /// <summary>The instant (Julian day, Universal Time) of new moon number <paramref name="k"/>, counted from January 2000.</summary>
    public static double NewMoon(int k)
    {
        var t = k / 1236.85;
        var t2 = t * t;
        var t3 = t2 * t;
        var t4 = t3 * t;
        var jde = FirstNewMoonOf2000 + (SynodicMonth * k) + (0.00015437 * t2) - (0.000000150 * t3) + (0.00000000073 * t4);

        // The Earth's orbital eccentricity shrinks slowly; terms that involve the Sun's anomaly scale with it.
        var e = 1 - (0.002516 * t) - (0.0000074 * t2);
        var m = Radians * (2.5534 + (29.10535670 * k) - (0.0000014 * t2) - (0.00000011 * t3));
        var mp = Radians * (201.5643 + (385.81693528 * k) + (0.0107582 * t2) + (0.00001238 * t3) - (0.000000058 * t4));
        var f = Radians * (160.7108 + (390.67050284 * k) - (0.0016118 * t2) - (0.00000227 * t3) + (0.000000011 * t4));
        var omega = Radians * (124.7746 - (1.56375588 * k) + (0.0020672 * t2) + (0.00000215 * t3));

        var correction =
            (-0.40720 * Math.Sin(mp))
            + (0.17241 * e * Math.Sin(m))
            + (0.01608 * Math.Sin(2 * mp))
            + (0.01039 * Math.Sin(2 * f))
            + (0.00739 * e * Math.Sin(mp - m))
            - (0.00514 * e * Math.Sin(mp + m))
            + (0.00208 * e * e * Math.Sin(2 * m))
            - (0.00111 * Math.Sin(mp - (2 * f)))
            - (0.00057 * Math.Sin(mp + (2 * f)))
            + (0.00056 * e * Math.Sin((2 * mp) + m))
            - (0.00042 * Math.Sin(3 * mp))
            + (0.00042 * e * Math.Sin(m + (2 * f)))
            + (0.00038 * e * Math.Sin(m - (2 * f)))
            - (0.00024 * e * Math.Sin((2 * mp) - m))
            - (0.00017 * Math.Sin(omega))
            - (0.00007 * Math.Sin(mp + (2 * m)))
            + (0.00004 * Math.Sin((2 * mp) - (2 * f)))
            + (0.00004 * Math.Sin(3 * m))
            + (0.00003 * Math.Sin(mp + m - (2 * f)))
            + (0.00003 * Math.Sin((2 * mp) + (2 * f)))
            - (0.00003 * Math.Sin(mp + m + (2 * f)))
            + (0.00003 * Math.Sin(mp - m + (2 * f)))
            - (0.00002 * Math.Sin(mp - m - (2 * f)))
            - (0.00002 * Math.Sin((3 * mp) + m))
            + (0.00002 * Math.Sin(4 * mp));

        return jde + correction + PlanetaryCorrection(k, t2) - (DeltaT.Seconds(jde) / 86400);
    }

    /// <summary>The Sun's apparent ecliptic longitude in degrees [0, 360) at Julian day <paramref name="jdUniversal"/> (UT).</summary>
    public static double SunLongitude(double jdUniversal)
    {
        var t = (jdUniversal + (DeltaT.Seconds(jdUniversal) / 86400) - 2451545.0) / 36525;
        var l0 = 280.46646 + (36000.76983 * t) + (0.0003032 * t * t);
        var m = Radians * (357.52911 + (35999.05029 * t) - (0.0001537 * t * t));
        var center = ((1.914602 - (0.004817 * t) - (0.000014 * t * t)) * Math.Sin(m))
            + ((0.019993 - (0.000101 * t)) * Math.Sin(2 * m))
            + (0.000289 * Math.Sin(3 * m));
        // Aberration and nutation in longitude turn the true longitude into the apparent one.
        var omega = Radians * (125.04 - (1934.136 * t));
        var apparent = l0 + center - 0.00569 - (0.00478 * Math.Sin(omega));
        apparent %= 360;
        return apparent < 0 ? apparent + 360 : apparent;
    }

    private static double PlanetaryCorrection(int k, double t2)
    {
        ReadOnlySpan<double> amplitude = [325, 165, 164, 126, 110, 62, 60, 56, 47, 42, 40, 37, 35, 23];
        ReadOnlySpan<double> phase = [299.77, 251.88, 251.83, 349.42, 84.66, 141.74, 207.14, 154.84, 34.52, 207.19, 291.34, 161.72, 239.56, 331.55];
        ReadOnlySpan<double> rate = [0.107408, 0.016321, 26.651886, 36.412478, 18.206239, 53.303771, 2.453732, 7.306860, 27.261239, 0.121824, 1.844379, 24.198154, 25.513099, 3.592518];
        var sum = 0.0;
        for (var i = 0; i < amplitude.Length; i++)
        {
            var argument = phase[i] + (rate[i] * k) - (i == 0 ? 0.009173 * t2 : 0);
            sum += amplitude[i] * Math.Sin(Radians * argument);
        }
        return sum * 0.000001;
    }
}
