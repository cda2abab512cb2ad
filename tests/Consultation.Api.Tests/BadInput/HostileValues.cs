namespace Consultation.Api.Tests.BadInput;

/// <summary>What a careless or hostile client puts where the service expects a value.</summary>
public static class HostileValues
{
    /// <summary>Path segments, percent-encoded as they travel.</summary>
    public static readonly string[] PathSegments =
    [
        "%0A", "STC%0A", "STC%0D%0A", "%E2%80%AE", "STC%E2%80%8B", "%00", "%2F", "..%2F..", "%FF%FE", "%C3%28", "%25", "%20",
        "-1", "0", "99999999999999999999", "00000000-0000-0000-0000-000000000000", "%F0%9F%98%80", "%3Cscript%3E",
        "'%20OR%20'1'%3D'1", new string('A', 2000), "9999-12-31", "0001-01-01", "2026-02-30",
    ];

    /// <summary>Query values, percent-encoded as they travel.</summary>
    public static readonly string[] QueryValues =
    [
        "", "%00", "-1", "0", "2147483648", "-2147483649", "99999999999999999999", "1e3", "1.5", "abc", "STC%0A", "%E2%80%AE",
        new string('9', 2000), "9999-12-31T23:59:59Z", "0001-01-01T00:00:00Z", "0001-01-01", "9999-12-31", "2026-02-30", "true", "%FF", "all",
    ];

    /// <summary>JSON tokens put in place of one field: wrong types, nulls, limits, and strings no person types.</summary>
    public static readonly string[] JsonTokens =
    [
        "null", "12345", "-1", "0", "1.5", "1.0", "true", "[]", "{}", "[null]", "\"x\"", "\"\"", "\" \"", "\"1\"",
        "\"\\u0000\"", "\"ABC\\n\"", "\"\\u202Eabc\"", "\"\\u200B\"", "\"\\ud800\"", "\"\\udc00x\"", "\"😀\"", "\"' OR '1'='1\"",
        "\"<script>alert(1)</script>\"", "\"9999-12-31T23:59:59Z\"", "\"0001-01-01T00:00:00Z\"", "\"10000-01-01T00:00:00Z\"",
        "\"00000000-0000-0000-0000-000000000000\"", "2147483647", "-2147483648", "2147483648", "1e400", "99999999999999999999",
        "\"" + new string('x', 40_000) + "\"", new string('[', 100) + new string(']', 100),
    ];

    /// <summary>Whole bodies that are not the JSON object the operation wants.</summary>
    public static readonly string[] Bodies =
    [
        "", "{", "}", "null", "[]", "1", "\"x\"", "{\"a\":}", "{,}", "{\"a\":1,}", "//x\n{}", "{'a':1}", "NaN",
        "{\"a\":1}{\"b\":2}", new string('[', 5000), new string('{', 1) + new string(' ', 1000) + "\u0000",
    ];

    public static readonly string?[] ContentTypes =
    [
        null, "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
        "application/json; charset=utf-16", "application/json; charset=foo", "application/json; charset=\"utf-8\"",
        "application/json;;", "application/json; charset", "*/*", "application/problem+json", "application/vnd.foo+json",
        "garbage", "application/json; charset=utf-8; charset=utf-8", "application/json; charset=\"\"",
    ];

    /// <summary>Headers added to an otherwise ordinary request.</summary>
    public static readonly KeyValuePair<string, string>[][] Headers =
    [
        [new("Accept-Language", "xx-garbage;;q=abc")],
        [new("Accept-Language", new string('a', 4000))],
        [new("Accept-Language", "en;q=2, vi;q=-1, *;q=nan")],
        [new("Accept-Language", "en"), new("Accept-Language", "vi")],
        [new("Accept-Language", "tiếng-việt")],
        [new("Idempotency-Key", new string('k', 129))],
        [new("Idempotency-Key", "khóa-ý-😀")],
        [new("Idempotency-Key", " ")],
        [new("Idempotency-Key", "a"), new("Idempotency-Key", "b")],
        [new("Accept", "application/xml")],
        [new("Accept", "text/html;q=garbage")],
        [new("X-Api-Key", "csk_0000000000_forged")],
        [new("X-Api-Key", new string('k', 4000))],
        [new("X-Forwarded-For", "not an address")],
    ];

    /// <summary>A value short enough to name a variant in a report.</summary>
    public static string Shorten(string value) => value.Length <= 24 ? value : $"{value[..12]}…({value.Length} chars)";
}
