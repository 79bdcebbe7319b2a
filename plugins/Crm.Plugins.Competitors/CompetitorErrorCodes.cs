namespace Crm.Plugins.Competitors;

/// <summary>The competitors plugin's own error codes (besides the SDK's INVALID_INPUT, NOT_FOUND, INVALID_PERIOD).</summary>
public static class CompetitorErrorCodes
{
    /// <summary>A positioning file is larger than <see cref="PositioningFileLimits.MaxBytes"/>.</summary>
    public const string FileTooLarge = "FILE_TOO_LARGE";

    /// <summary>A positioning file's type is not allowed, or its extension and declared type disagree.</summary>
    public const string FileTypeNotAllowed = "FILE_TYPE_NOT_ALLOWED";

    /// <summary>A competitor with this name exists already.</summary>
    public const string Duplicate = "DUPLICATE";
}
