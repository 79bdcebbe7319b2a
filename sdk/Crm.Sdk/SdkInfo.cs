namespace Crm.Sdk;

/// <summary>
/// The version of the SDK contract. A host accepts plugins built against the same <see cref="Major"/>
/// version and an equal or lower <see cref="Minor"/> version; a plugin built against another major version
/// is refused before any of its code runs, with a message naming both versions.
/// </summary>
public static class SdkInfo
{
    /// <summary>Major version: raised on any breaking change to a public SDK type.</summary>
    public const int Major = 1;

    /// <summary>Minor version: raised when the SDK gains members without breaking existing plugins.</summary>
    public const int Minor = 1;

    /// <summary>The SDK version as text, <c>Major.Minor</c>, as plugins write it in <c>crm-module.json</c>.</summary>
    public static string Version => $"{Major}.{Minor}";
}
