using Crm.Modules.Tasks.Domain;
using Crm.Modules.Tasks.Reminders;
using Crm.Modules.Tasks.Storage;
using Crm.Modules.Tasks.UseCases;
using Crm.Sdk.Contracts;
using Crm.Sdk.Contracts.Interactions;
using Crm.Sdk.GraphQL;
using Crm.Sdk.GraphQL.Connections;
using Crm.Sdk.GraphQL.Filtering;
using Crm.Sdk.Security;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Modules.Tasks.GraphQL;

/// <summary>
/// The tasks module's part of the schema: activities (a node, a filtered list, <c>Customer.plannedActivities</c>),
/// my day, workload, absences and takeovers, and the <c>reminderDue</c> subscription.
/// </summary>
internal static class TasksSchema
{
    public static void Configure(ISchemaBuilder schema)
    {
        schema.AddType<ActivityGraphType>();
        schema.AddType<AbsenceGraphType>();
        schema.AddNode("Activity", async (ctx, id) => Guid.TryParse(id, out var key)
            ? await Accessible(ctx).FirstOrDefaultAsync(a => a.Id == key, ctx.CancellationToken)
            : null);
        schema.AddNode("Absence", async (ctx, id) => Guid.TryParse(id, out var key)
            ? await Service<TasksDbContext>(ctx).Absences.AsNoTracking().FirstOrDefaultAsync(a => a.Id == key, ctx.CancellationToken)
            : null);

        schema.Query.Connection<ActivityGraphType, Activity>("activities")
            .Description("Activities you may see, soonest due first unless ordered otherwise.")
            .Filterable()
            .Sortable()
            .OrderBy("dueAt")
            .RequirePermission(TasksPermissions.Read)
            .Resolve(Accessible);

        schema.Query.Field<NonNullGraphType<MyDayGraphType>>("myDay")
            .Description("My planned activities due before the day ends (overdue first) and my follow-up suggestions.")
            .Argument<IntGraphType>("limit", $"Most activities and suggestions listed, 1 to {GetMyDay.MaxItems}; 50 when omitted.")
            .RequirePermission(TasksPermissions.Read)
            .ResolveAsync(async ctx => await Service<GetMyDay>(ctx).HandleAsync(Me(ctx), ctx.GetArgument<int?>("limit") ?? 50, ctx.CancellationToken));

        schema.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ManagerWorkloadGraphType>>>>("workload")
            .Description("Open activities and clients per manager, busiest first, to spread clients fairly.")
            .RequirePermission(TasksPermissions.Read)
            .ResolveAsync(async ctx => await Service<GetWorkload>(ctx).HandleAsync(ctx.CancellationToken));

        schema.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AbsenceGraphType>>>>("mySubstitutions")
            .Description("Absences I stand in for that have not ended, soonest first, each with the open work left behind.")
            .RequirePermission(TasksPermissions.Read)
            .ResolveAsync(async ctx => await Service<GetSubstitutions>(ctx).HandleAsync(Me(ctx), ctx.CancellationToken));

        schema.Extend<IEntity>("Customer").Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActivityGraphType>>>>("plannedActivities")
            .Description("The customer's planned activities you may see, soonest due first.")
            .RequirePermission(TasksPermissions.Read)
            .Resolve(ctx => ctx.GetGroupLoader<Guid, Activity>("crm.tasks.plannedByCustomer", async (ids, ct) =>
            {
                var customers = ids.ToList();
                var rows = await Accessible(ctx).Where(a => customers.Contains(a.CustomerId) && a.Status == ActivityStatus.Planned).OrderBy(a => a.DueAt).ToListAsync(ct);
                return rows.ToLookup(a => a.CustomerId);
            }).Load(ctx.Source.Id));

        schema.Mutation.PayloadField<PlanActivityInputGraphType, PlanActivityInput, ActivityPayloadGraphType>("planActivity", PlanAsync)
            .RequirePermission(TasksPermissions.Write);
        schema.Mutation.PayloadField<CompleteActivityInputGraphType, CompleteActivityInput, ActivityPayloadGraphType>("completeActivity", async (ctx, input) =>
                ActivityPayload.From(await Service<CompleteActivity>(ctx).HandleAsync(await VisibleActivityIdAsync(ctx, input.Id), input.Version, input.Outcome, Me(ctx), ctx.CancellationToken)))
            .RequirePermission(TasksPermissions.Write);
        schema.Mutation.PayloadField<CancelActivityInputGraphType, CancelActivityInput, ActivityPayloadGraphType>("cancelActivity", async (ctx, input) =>
                ActivityPayload.From(await Service<CancelActivity>(ctx).HandleAsync(await VisibleActivityIdAsync(ctx, input.Id), input.Version, ctx.CancellationToken)))
            .RequirePermission(TasksPermissions.Write);
        schema.Mutation.PayloadField<DismissFollowUpInputGraphType, DismissFollowUpInput, FollowUpPayloadGraphType>("dismissFollowUp", async (ctx, input) =>
                FollowUpPayload.From(await Service<DismissFollowUp>(ctx).HandleAsync(GlobalId.DecodeGuid(input.Id, "FollowUpSuggestion"), Me(ctx), ctx.CancellationToken)))
            .RequirePermission(TasksPermissions.Write);
        schema.Mutation.PayloadField<MarkAbsenceInputGraphType, MarkAbsenceInput, AbsencePayloadGraphType>("markAbsence", MarkAbsenceAsync)
            .RequirePermission(TasksPermissions.Write);
        schema.Mutation.PayloadField<TakeOverWorkInputGraphType, TakeOverWorkInput, TakeOverWorkPayloadGraphType>("takeOverWork", TakeOverAsync)
            .RequirePermission(TasksPermissions.Write);

        schema.Subscription.Field<ActivityGraphType>("reminderDue")
            .Description("Each of my planned activities at the moment it falls due (pushed by the deployment's one reminder clock).")
            .RequirePermission(TasksPermissions.Read)
            .ResolveStream(ctx => new ReminderStream(Service<ReminderEvents>(ctx), Me(ctx)));
    }

    private static async Task<IPayload> PlanAsync(IResolveFieldContext ctx, PlanActivityInput input)
    {
        if (!GlobalId.TryDecode(input.CustomerId, out var type, out var local) || type != "Customer" || !Guid.TryParse(local, out var customerId))
        {
            return new ActivityPayload(null, [new InputError(ContractErrorCodes.NotFound, "customerId is not the id of a customer.", ["input", "customerId"])]);
        }

        var assignee = input.AssigneeId ?? Me(ctx);
        var activity = new ActivityInput(customerId, input.Kind, input.Title, input.DueAt, assignee) { Notes = input.Notes };
        return ActivityPayload.From(await Service<PlanActivity>(ctx).HandleAsync(activity, Me(ctx), ctx.CancellationToken));
    }

    private static async Task<IPayload> MarkAbsenceAsync(IResolveFieldContext ctx, MarkAbsenceInput input)
    {
        var me = Me(ctx);
        var userId = input.UserId ?? me;
        if (userId != me && !User(ctx).HasPermission(TasksPermissions.Manage))
        {
            throw new DomainException(ErrorCodes.Forbidden, $"Marking another colleague away needs the permission '{TasksPermissions.Manage}'.");
        }

        var absence = new AbsenceInput(userId, input.From, input.To, input.SubstituteId) { Reason = input.Reason };
        return AbsencePayload.From(await Service<MarkAbsence>(ctx).HandleAsync(absence, me, ctx.CancellationToken));
    }

    private static async Task<IPayload> TakeOverAsync(IResolveFieldContext ctx, TakeOverWorkInput input)
    {
        var absenceId = GlobalId.DecodeGuid(input.AbsenceId, "Absence");
        List<InteractionReference>? records = null;
        if (input.Records is not null)
        {
            records = [];
            foreach (var record in input.Records)
            {
                if (!GlobalId.TryDecode(record, out var type, out var id))
                {
                    return new TakeOverWorkPayload([], [new InputError(ErrorCodes.InvalidId, $"'{record}' is not a global id.", ["input", "records"])]);
                }

                records.Add(new InteractionReference(type, id));
            }
        }

        var manages = User(ctx).HasPermission(TasksPermissions.Manage);
        return TakeOverWorkPayload.From(await Service<TakeOverWork>(ctx).HandleAsync(absenceId, records, Me(ctx), manages, ctx.CancellationToken));
    }

    /// <summary>
    /// The activity id, once checked to be within the caller's reach; an activity out of reach is answered exactly
    /// like one that does not exist (an id nobody has).
    /// </summary>
    private static async Task<Guid> VisibleActivityIdAsync(IResolveFieldContext ctx, string globalId)
    {
        var id = GlobalId.DecodeGuid(globalId, "Activity");
        var assignee = await Service<TasksDbContext>(ctx).Activities.AsNoTracking().Where(a => a.Id == id).Select(a => a.AssigneeId).FirstOrDefaultAsync(ctx.CancellationToken);
        return assignee is null || User(ctx).CanAccess(TasksModule.Id, assignee) ? id : Guid.Empty;
    }

    private static IQueryable<Activity> Accessible(IResolveFieldContext ctx) =>
        Service<TasksDbContext>(ctx).Activities.AsNoTracking().WhereAccessible(User(ctx), TasksModule.Id, a => a.AssigneeId);

    private static ICurrentUser User(IResolveFieldContext ctx) => Service<ICurrentUser>(ctx);

    private static string Me(IResolveFieldContext ctx) => User(ctx).Id;

    private static T Service<T>(IResolveFieldContext ctx)
        where T : notnull => ctx.RequestServices!.GetRequiredService<T>();
}
