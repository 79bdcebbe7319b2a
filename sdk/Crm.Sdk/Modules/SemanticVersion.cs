using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Crm.Sdk.Modules;

/// <summary>
/// A semantic version <c>MAJOR.MINOR.PATCH[-prerelease]</c> as used in module manifests.
/// Build metadata (<c>+...</c>) is accepted and ignored for comparison, as SemVer 2.0 says.
/// </summary>
public readonly record struct SemanticVersion : IComparable<SemanticVersion>
{
    /// <summary>Creates a version from its parts.</summary>
    public SemanticVersion(int major, int minor, int patch, string? prerelease = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(major);
        ArgumentOutOfRangeException.ThrowIfNegative(minor);
        ArgumentOutOfRangeException.ThrowIfNegative(patch);
        Major = major;
        Minor = minor;
        Patch = patch;
        Prerelease = string.IsNullOrEmpty(prerelease) ? null : prerelease;
    }

    /// <summary>Incompatible API changes.</summary>
    public int Major { get; }

    /// <summary>Backwards-compatible additions.</summary>
    public int Minor { get; }

    /// <summary>Backwards-compatible fixes.</summary>
    public int Patch { get; }

    /// <summary>Pre-release label such as <c>beta.1</c>, or null for a release.</summary>
    public string? Prerelease { get; }

    /// <summary>Parses <c>1</c>, <c>1.2</c>, <c>1.2.3</c> or <c>1.2.3-beta.1</c>; missing parts are zero.</summary>
    /// <exception cref="FormatException">The text is not a version; the message quotes it.</exception>
    public static SemanticVersion Parse(string text) =>
        TryParse(text, out var version) ? version : throw new FormatException($"'{text}' is not a semantic version (expected MAJOR.MINOR.PATCH).");

    /// <summary>Parses like <see cref="Parse"/> without throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out SemanticVersion version)
    {
        version = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var core = text.Trim();
        var plus = core.IndexOf('+', StringComparison.Ordinal);
        if (plus >= 0)
        {
            core = core[..plus];
        }

        string? prerelease = null;
        var dash = core.IndexOf('-', StringComparison.Ordinal);
        if (dash >= 0)
        {
            prerelease = core[(dash + 1)..];
            core = core[..dash];
            if (prerelease.Length == 0)
            {
                return false;
            }
        }

        var parts = core.Split('.');
        if (parts.Length is < 1 or > 3)
        {
            return false;
        }

        var numbers = new int[3];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return false;
            }
        }

        version = new SemanticVersion(numbers[0], numbers[1], numbers[2], prerelease);
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(SemanticVersion other)
    {
        var byNumbers = (Major, Minor, Patch).CompareTo((other.Major, other.Minor, other.Patch));
        if (byNumbers != 0)
        {
            return byNumbers;
        }

        // A pre-release sorts before the release it precedes.
        return (Prerelease, other.Prerelease) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            _ => string.CompareOrdinal(Prerelease, other.Prerelease),
        };
    }

    /// <summary>Compares two versions.</summary>
    public static bool operator <(SemanticVersion left, SemanticVersion right) => left.CompareTo(right) < 0;

    /// <summary>Compares two versions.</summary>
    public static bool operator >(SemanticVersion left, SemanticVersion right) => left.CompareTo(right) > 0;

    /// <summary>Compares two versions.</summary>
    public static bool operator <=(SemanticVersion left, SemanticVersion right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two versions.</summary>
    public static bool operator >=(SemanticVersion left, SemanticVersion right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public override string ToString() => Prerelease is null
        ? string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}.{Patch}")
        : string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}.{Patch}-{Prerelease}");
}
