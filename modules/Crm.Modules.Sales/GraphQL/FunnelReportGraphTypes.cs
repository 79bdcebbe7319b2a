using Crm.Modules.Sales.UseCases;
using Crm.Sdk.GraphQL;
using GraphQL.Types;

namespace Crm.Modules.Sales.GraphQL;

/// <summary>The funnel report: per stage, per manager, and lost deals by reason.</summary>
public sealed class FunnelReportGraphType : CrmObjectGraphType<FunnelReport>
{
    public FunnelReportGraphType()
    {
        Name = "FunnelReport";
        Field<NonNullGraphType<FunnelGraphType>>("funnel").Resolve(c => c.Source.Funnel).ResolvesWithoutServices();
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("from").Resolve(c => c.Source.Query.From).ResolvesWithoutServices();
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("to").Resolve(c => c.Source.Query.To).ResolvesWithoutServices();
        Field<NonNullGraphType<IntGraphType>>("total").Description("Opportunities created in the period.").Resolve(c => c.Source.Total).ResolvesWithoutServices();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StageFiguresGraphType>>>>("stages").Resolve(c => c.Source.Stages).ResolvesWithoutServices();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ManagerFiguresGraphType>>>>("managers").Resolve(c => c.Source.Managers).ResolvesWithoutServices();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReasonFiguresGraphType>>>>("lossReasons").Resolve(c => c.Source.LossReasons).ResolvesWithoutServices();
    }
}

public sealed class MoneyTotalGraphType : CrmObjectGraphType<MoneyTotal>
{
    public MoneyTotalGraphType()
    {
        Name = "MoneyTotal";
        Field(m => m.Currency);
        Field<NonNullGraphType<DecimalGraphType>>("amount").Resolve(c => c.Source.Amount).ResolvesWithoutServices();
    }
}

public sealed class StageFiguresGraphType : CrmObjectGraphType<StageFigures>
{
    public StageFiguresGraphType()
    {
        Name = "StageFigures";
        Field<NonNullGraphType<FunnelStageGraphType>>("stage").Resolve(c => c.Source.Stage).ResolvesWithoutServices();
        Field<NonNullGraphType<IntGraphType>>("count").Description("Opportunities in this stage now.").Resolve(c => c.Source.Count).ResolvesWithoutServices();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MoneyTotalGraphType>>>>("amounts").Resolve(c => c.Source.Amounts).ResolvesWithoutServices();
        Field<NonNullGraphType<IntGraphType>>("reached").Description("Opportunities that ever got this far.").Resolve(c => c.Source.Reached).ResolvesWithoutServices();
        Field<FloatGraphType>("conversion").Description("reached / reached of the previous stage; null for the first and the LOST stage.").Resolve(c => c.Source.Conversion).ResolvesWithoutServices();
    }
}

public sealed class ManagerFiguresGraphType : CrmObjectGraphType<ManagerFigures>
{
    public ManagerFiguresGraphType()
    {
        Name = "ManagerFigures";
        Field(m => m.OwnerId);
        Field(m => m.Open);
        Field(m => m.Won);
        Field(m => m.Lost);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MoneyTotalGraphType>>>>("wonAmounts").Resolve(c => c.Source.WonAmounts).ResolvesWithoutServices();
        Field<FloatGraphType>("winRate").Description("won / (won + lost); null before anything closed.").Resolve(c => c.Source.WinRate).ResolvesWithoutServices();
    }
}

public sealed class ReasonFiguresGraphType : CrmObjectGraphType<ReasonFigures>
{
    public ReasonFiguresGraphType()
    {
        Name = "ReasonFigures";
        Field(r => r.ReasonCode);
        Field(r => r.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MoneyTotalGraphType>>>>("amounts").Resolve(c => c.Source.Amounts).ResolvesWithoutServices();
    }
}
