using Crm.Plugins.Competitors.Domain;
using Crm.Plugins.Competitors.Storage;
using Crm.Sdk.Contracts;
using Crm.Sdk.Security;
using Microsoft.EntityFrameworkCore;

namespace Crm.Plugins.Competitors.UseCases;

/// <summary>
/// Stores a positioning document for a competitor. The size is checked from the base64 length before decoding (an
/// oversized upload is never held in memory twice), then the type: the extension must be allowed and agree with the
/// declared content type. A refused file leaves nothing stored.
/// </summary>
public sealed class UploadPositioningFile(CompetitorsDbContext db, ICurrentUser user, TimeProvider time)
{
    public async Task<CompetitorResult<PositioningFile>> HandleAsync(Guid competitorId, string fileName, string contentType, string contentBase64, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contentBase64);
        var declaredBytes = contentBase64.Length / 4L * 3;
        if (declaredBytes > PositioningFileLimits.MaxBytes + 2)
        {
            return TooLarge(declaredBytes);
        }

        var name = Path.GetFileName(fileName?.Trim() ?? "");
        if (name.Length is 0 or > 255)
        {
            return CompetitorResult<PositioningFile>.Failure(ContractErrorCodes.InvalidInput, "A file name has 1 to 255 characters.", "fileName");
        }

        if (!PositioningFileLimits.AllowedTypes.TryGetValue(Path.GetExtension(name), out var expected) || !string.Equals(expected, contentType?.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return CompetitorResult<PositioningFile>.Failure(
                CompetitorErrorCodes.FileTypeNotAllowed,
                $"{name} ({contentType}) is not allowed: upload {string.Join(", ", PositioningFileLimits.AllowedTypes.Keys)} with its matching content type.",
                "contentType");
        }

        byte[] content;
        try
        {
            content = Convert.FromBase64String(contentBase64);
        }
        catch (FormatException)
        {
            return CompetitorResult<PositioningFile>.Failure(ContractErrorCodes.InvalidInput, "The content is not valid base64.", "contentBase64");
        }

        if (content.Length > PositioningFileLimits.MaxBytes)
        {
            return TooLarge(content.Length);
        }

        if (content.Length == 0)
        {
            return CompetitorResult<PositioningFile>.Failure(ContractErrorCodes.InvalidInput, "The file is empty.", "contentBase64");
        }

        if (!await db.Competitors.AnyAsync(c => c.Id == competitorId, cancellationToken))
        {
            return CompetitorResult<PositioningFile>.Failure(ContractErrorCodes.NotFound, "No competitor has this id.", "competitorId");
        }

        var file = new PositioningFile
        {
            Id = Guid.CreateVersion7(), CompetitorId = competitorId, FileName = name, ContentType = expected, Size = content.Length, Content = content,
            UploadedBy = user.Id, UploadedAt = time.GetUtcNow().UtcDateTime,
        };
        db.Files.Add(file);
        await db.SaveChangesAsync(cancellationToken);
        return CompetitorResult<PositioningFile>.Success(file);
    }

    private static CompetitorResult<PositioningFile> TooLarge(long bytes) =>
        CompetitorResult<PositioningFile>.Failure(CompetitorErrorCodes.FileTooLarge, $"The file has about {bytes / 1024} KiB; at most {PositioningFileLimits.MaxBytes / 1024} KiB is allowed.", "contentBase64");
}
