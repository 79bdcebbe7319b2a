using Crm.Sdk.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Crm.Modules.Sales.Storage.Migrations;

/// <summary>
/// The funnel report's roll-up (<see cref="FunnelDayTotal"/>): one row per funnel, UTC day of creation, stage, owner,
/// currency, furthest position and loss reason, filled from the opportunities already there.
/// </summary>
[DbContext(typeof(SalesDbContext))]
[Migration(Id)]
public sealed class AddFunnelDayTotals : ModuleMigration
{
    public const string Id = "20261202223000_AddFunnelDayTotals";

    private const string Table = "funnel_day_totals";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: Storage.Table(Table),
            schema: Storage.Schema,
            columns: t => new
            {
                FunnelId = t.Column<Guid>(nullable: false),
                Day = t.Column<DateOnly>(nullable: false),
                StageId = t.Column<Guid>(nullable: false),
                OwnerId = t.Column<string>(maxLength: 100, nullable: false),
                Currency = t.Column<string>(maxLength: 3, nullable: false),
                FurthestPosition = t.Column<int>(nullable: false),
                LossReasonCode = t.Column<string>(maxLength: 32, nullable: false),
                OpportunityCount = t.Column<long>(nullable: false),
                AmountHundredths = t.Column<long>(nullable: false),
            },
            constraints: t => t.PrimaryKey(
                Storage.PrimaryKeyName(Table),
                x => new { x.FunnelId, x.Day, x.StageId, x.OwnerId, x.Currency, x.FurthestPosition, x.LossReasonCode }));
        migrationBuilder.Sql(FunnelTotalsBackfill.Sql(migrationBuilder.ActiveProvider, Storage));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(Storage.Table(Table), Storage.Schema);
    }
}
