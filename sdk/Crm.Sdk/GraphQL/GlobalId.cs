using System.Text;

namespace Crm.Sdk.GraphQL;

/// <summary>
/// Opaque global ids for the <c>Node</c> interface: base64 of <c>TypeName:localId</c>. Clients must treat them as
/// opaque; modules encode with <see cref="Encode(string, Guid)"/> and read arguments with <see cref="DecodeGuid"/>.
/// </summary>
public static class GlobalId
{
    /// <summary>The global id of the object of GraphQL type <paramref name="typeName"/> with local id <paramref name="localId"/>.</summary>
    /// <example><code>GlobalId.Encode("Customer", "42") // "Q3VzdG9tZXI6NDI="</code></example>
    public static string Encode(string typeName, string localId)
    {
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        ArgumentNullException.ThrowIfNull(localId);
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(typeName + ":" + localId));
    }

    /// <summary>The global id for a Guid local id (the common case: <see cref="IEntity.Id"/>).</summary>
    public static string Encode(string typeName, Guid localId) => Encode(typeName, localId.ToString("N"));

    /// <summary>Reads a global id; false when it is not one (not base64, or no type name).</summary>
    public static bool TryDecode(string? globalId, out string typeName, out string localId)
    {
        typeName = string.Empty;
        localId = string.Empty;
        if (string.IsNullOrEmpty(globalId) || globalId.Length > 1024)
        {
            return false;
        }

        var buffer = new byte[((globalId.Length + 3) / 4) * 3];
        if (!Convert.TryFromBase64String(globalId, buffer, out var written))
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(buffer, 0, written);
        var separator = text.IndexOf(':', StringComparison.Ordinal);
        if (separator <= 0)
        {
            return false;
        }

        typeName = text[..separator];
        localId = text[(separator + 1)..];
        return true;
    }

    /// <summary>
    /// Reads a global id that must name <paramref name="expectedTypeName"/>; throws a <see cref="DomainException"/>
    /// with <see cref="ErrorCodes.InvalidId"/> otherwise, so a resolver can use it on an argument directly.
    /// </summary>
    public static string Decode(string? globalId, string expectedTypeName)
    {
        if (!TryDecode(globalId, out var typeName, out var localId) || typeName != expectedTypeName)
        {
            throw new DomainException(ErrorCodes.InvalidId, $"'{globalId}' is not the id of a {expectedTypeName}.");
        }

        return localId;
    }

    /// <summary>Like <see cref="Decode"/> for Guid local ids.</summary>
    /// <example><code>var id = GlobalId.DecodeGuid(ctx.GetArgument&lt;string&gt;("id"), "Customer");</code></example>
    public static Guid DecodeGuid(string? globalId, string expectedTypeName) =>
        Guid.TryParse(Decode(globalId, expectedTypeName), out var id)
            ? id
            : throw new DomainException(ErrorCodes.InvalidId, $"'{globalId}' is not the id of a {expectedTypeName}.");
}
