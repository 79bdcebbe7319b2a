namespace Crm.Modules.Sales.UseCases;

/// <summary>The sales module's own error codes, beside the SDK's <c>ContractErrorCodes</c> (NOT_FOUND, INVALID_INPUT, CONFLICT...).</summary>
public static class SalesErrorCodes
{
    /// <summary>The stage named belongs to another funnel than the opportunity's.</summary>
    public const string StageOfAnotherFunnel = "STAGE_OF_ANOTHER_FUNNEL";

    /// <summary>Closing as lost needs a reason from the catalog and a comment.</summary>
    public const string LossReasonRequired = "LOSS_REASON_REQUIRED";

    /// <summary>The owner (or assignee) is not a known, active user.</summary>
    public const string UnknownOwner = "UNKNOWN_OWNER";

    /// <summary>A purchase needs at least one line.</summary>
    public const string EmptyPurchase = "EMPTY_PURCHASE";

    /// <summary>An amount, price or quantity is negative (or zero where it must be positive).</summary>
    public const string NegativeAmount = "NEGATIVE_AMOUNT";

    /// <summary>The opportunity or lead is closed already.</summary>
    public const string AlreadyClosed = "ALREADY_CLOSED";

    /// <summary>A SKU, reason code or funnel name is taken.</summary>
    public const string Duplicate = "DUPLICATE";
}
