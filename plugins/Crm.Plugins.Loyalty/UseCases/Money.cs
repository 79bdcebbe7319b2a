namespace Crm.Plugins.Loyalty.UseCases;

/// <summary>Money is rounded to cents, half away from zero, once per amount shown.</summary>
internal static class Money
{
    public static decimal Round(decimal amount) => decimal.Round(amount, 2, MidpointRounding.AwayFromZero);

    public static decimal PercentOf(decimal amount, decimal percent) => Round(amount * percent / 100m);
}
