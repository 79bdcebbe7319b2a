namespace Crm.Plugins.Competitors;

/// <summary>
/// What a positioning file may be: at most <see cref="MaxBytes"/>, and one of the document and image types below,
/// the extension agreeing with the declared type. Anything else is refused before a byte is stored.
/// </summary>
public static class PositioningFileLimits
{
    /// <summary>
    /// 512 KiB: a battle card or comparison sheet, not a video. Files travel base64-encoded inside a GraphQL request,
    /// which the host caps at 1 MiB; 512 KiB encodes to about 683 KiB, so the plugin, not the host, says no first.
    /// </summary>
    public const int MaxBytes = 512 * 1024;

    public static IReadOnlyDictionary<string, string> AllowedTypes { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".txt"] = "text/plain",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    };
}
