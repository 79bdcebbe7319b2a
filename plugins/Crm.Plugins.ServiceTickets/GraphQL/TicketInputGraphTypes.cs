using System.Globalization;
using Crm.Plugins.ServiceTickets.Domain;
using Crm.Plugins.ServiceTickets.UseCases;
using Crm.Sdk.GraphQL;
using GraphQL.Types;

namespace Crm.Plugins.ServiceTickets.GraphQL;

/// <summary>Input of <c>openTicket</c>; a customer id that does not decode becomes <see cref="Guid.Empty"/>, refused as NOT_FOUND.</summary>
public sealed class OpenTicketInputGraphType : InputObjectGraphType<TicketInput>
{
    public OpenTicketInputGraphType()
    {
        Name = "OpenTicketInput";
        Field<NonNullGraphType<IdGraphType>>("customerId");
        Field<NonNullGraphType<StringGraphType>>("subject");
        Field<StringGraphType>("description");
        Field<NonNullGraphType<TicketKindGraphType>>("kind");
        Field<TicketPriorityGraphType>("priority").Description("NORMAL when left out.");
        Field<IdGraphType>("assigneeId").Description("User id of whoever should work on it.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        object? Get(string key) => value.TryGetValue(key, out var member) ? member : null;
        return new TicketInput(
            Ids.Decode(Get("customerId"), "Customer"),
            Get("subject") as string ?? "",
            Get("description") as string,
            Get("kind") is TicketKind kind ? kind : TicketKind.Service,
            Get("priority") is TicketPriority priority ? priority : TicketPriority.Normal,
            Get("assigneeId")?.ToString());
    }
}

/// <summary>Input of <c>changeTicketStatus</c>.</summary>
public sealed record ChangeTicketStatusInput(Guid Id, long Version, TicketStatus Status);

public sealed class ChangeTicketStatusInputGraphType : InputObjectGraphType<ChangeTicketStatusInput>
{
    public ChangeTicketStatusInputGraphType()
    {
        Name = "ChangeTicketStatusInput";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<NonNullGraphType<LongGraphType>>("version").Description("The version you saw; a newer one means someone changed it.");
        Field<NonNullGraphType<TicketStatusGraphType>>("status");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new ChangeTicketStatusInput(Ids.Decode(value["id"], "Ticket"), Convert.ToInt64(value["version"], CultureInfo.InvariantCulture), (TicketStatus)value["status"]!);
    }
}

/// <summary>Input of <c>reopenTicket</c>.</summary>
public sealed record ReopenTicketInput(Guid Id, long Version, string Reason);

public sealed class ReopenTicketInputGraphType : InputObjectGraphType<ReopenTicketInput>
{
    public ReopenTicketInputGraphType()
    {
        Name = "ReopenTicketInput";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<NonNullGraphType<LongGraphType>>("version");
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why the resolution did not hold; shown in the client's timeline.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new ReopenTicketInput(Ids.Decode(value["id"], "Ticket"), Convert.ToInt64(value["version"], CultureInfo.InvariantCulture), value["reason"] as string ?? "");
    }
}

/// <summary>Input of <c>assignTicket</c>.</summary>
public sealed record AssignTicketInput(Guid Id, long Version, string? AssigneeId);

public sealed class AssignTicketInputGraphType : InputObjectGraphType<AssignTicketInput>
{
    public AssignTicketInputGraphType()
    {
        Name = "AssignTicketInput";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<NonNullGraphType<LongGraphType>>("version");
        Field<IdGraphType>("assigneeId").Description("A user id; null to unassign.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new AssignTicketInput(Ids.Decode(value["id"], "Ticket"), Convert.ToInt64(value["version"], CultureInfo.InvariantCulture), value.TryGetValue("assigneeId", out var a) ? a?.ToString() : null);
    }
}

/// <summary>Input of <c>commentOnTicket</c>.</summary>
public sealed record CommentOnTicketInput(Guid Id, string Text);

public sealed class CommentOnTicketInputGraphType : InputObjectGraphType<CommentOnTicketInput>
{
    public CommentOnTicketInputGraphType()
    {
        Name = "CommentOnTicketInput";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<NonNullGraphType<StringGraphType>>("text");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new CommentOnTicketInput(Ids.Decode(value["id"], "Ticket"), value["text"] as string ?? "");
    }
}

/// <summary>Input of <c>setTicketSla</c>.</summary>
public sealed record SetTicketSlaInput(TicketPriority Priority, int ResolveWithinMinutes);

public sealed class SetTicketSlaInputGraphType : InputObjectGraphType<SetTicketSlaInput>
{
    public SetTicketSlaInputGraphType()
    {
        Name = "SetTicketSlaInput";
        Field<NonNullGraphType<TicketPriorityGraphType>>("priority");
        Field<NonNullGraphType<IntGraphType>>("resolveWithinMinutes");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new SetTicketSlaInput((TicketPriority)value["priority"]!, Convert.ToInt32(value["resolveWithinMinutes"], CultureInfo.InvariantCulture));
    }
}

/// <summary>Global ids of the expected type, or <see cref="Guid.Empty"/> (which names nothing) for anything else.</summary>
internal static class Ids
{
    public static Guid Decode(object? value, string typeName) =>
        GlobalId.TryDecode(value?.ToString(), out var type, out var local) && type == typeName && Guid.TryParseExact(local, "N", out var id) ? id : Guid.Empty;
}
