using System.Buffers;
using System.IO.Pipelines;

namespace Crm.Host.GraphQL.Http;

/// <summary>Reads a request body into memory only while it stays within a byte limit.</summary>
internal static class BoundedBodyReader
{
    /// <summary>The whole body, or null as soon as it grows past <paramref name="limit"/> bytes.</summary>
    public static async Task<byte[]?> ReadAsync(PipeReader reader, long limit, CancellationToken cancellationToken)
    {
        while (true)
        {
            var read = await reader.ReadAsync(cancellationToken);
            var buffer = read.Buffer;
            if (buffer.Length > limit)
            {
                reader.AdvanceTo(buffer.Start, buffer.End);
                return null;
            }

            if (read.IsCompleted || read.IsCanceled)
            {
                var bytes = buffer.ToArray();
                reader.AdvanceTo(buffer.End);
                return bytes;
            }

            // Nothing consumed yet: ask the pipe for more before looking again.
            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }
}
