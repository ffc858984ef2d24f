using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ShopOnboard.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AnalyticsSnapshots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "LastOrderDay",
                table: "Shops",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ShopOpeningMonths",
                columns: table => new
                {
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Opened = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ShopOpeningMonths", x => new { x.UnitId, x.Month });
                    table.ForeignKey(
                        name: "FK_ShopOpeningMonths_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StaleUnits",
                columns: table => new
                {
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaleUnits", x => x.UnitId);
                });

            migrationBuilder.CreateTable(
                name: "TeamStats",
                columns: table => new
                {
                    TeamId = table.Column<int>(type: "INTEGER", nullable: false),
                    Shops = table.Column<int>(type: "INTEGER", nullable: false),
                    ActiveShops = table.Column<int>(type: "INTEGER", nullable: false),
                    Visits = table.Column<int>(type: "INTEGER", nullable: false),
                    Trainings = table.Column<int>(type: "INTEGER", nullable: false),
                    RefreshedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TeamStats", x => x.TeamId);
                    table.ForeignKey(
                        name: "FK_TeamStats_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UnitMonthlyStats",
                columns: table => new
                {
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Orders = table.Column<int>(type: "INTEGER", nullable: false),
                    RevenueVnd = table.Column<long>(type: "INTEGER", nullable: false),
                    Items = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitMonthlyStats", x => new { x.UnitId, x.Month, x.Channel });
                    table.ForeignKey(
                        name: "FK_UnitMonthlyStats_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UnitSnapshots",
                columns: table => new
                {
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Households = table.Column<int>(type: "INTEGER", nullable: false),
                    HouseholdsWithShop = table.Column<int>(type: "INTEGER", nullable: false),
                    HouseholdsWithEPayment = table.Column<int>(type: "INTEGER", nullable: false),
                    Visited = table.Column<int>(type: "INTEGER", nullable: false),
                    ShopCreated = table.Column<int>(type: "INTEGER", nullable: false),
                    PaymentAccount = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstListing = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    RepeatSeller = table.Column<int>(type: "INTEGER", nullable: false),
                    Shops = table.Column<int>(type: "INTEGER", nullable: false),
                    ActiveShops = table.Column<int>(type: "INTEGER", nullable: false),
                    DormantShops = table.Column<int>(type: "INTEGER", nullable: false),
                    RefreshedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitSnapshots", x => x.UnitId);
                    table.ForeignKey(
                        name: "FK_UnitSnapshots_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Shops_Status_LastOrderDay",
                table: "Shops",
                columns: new[] { "Status", "LastOrderDay" });

            migrationBuilder.CreateIndex(
                name: "IX_UnitMonthlyStats_Month",
                table: "UnitMonthlyStats",
                column: "Month");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ShopOpeningMonths");

            migrationBuilder.DropTable(
                name: "StaleUnits");

            migrationBuilder.DropTable(
                name: "TeamStats");

            migrationBuilder.DropTable(
                name: "UnitMonthlyStats");

            migrationBuilder.DropTable(
                name: "UnitSnapshots");

            migrationBuilder.DropIndex(
                name: "IX_Shops_Status_LastOrderDay",
                table: "Shops");

            migrationBuilder.DropColumn(
                name: "LastOrderDay",
                table: "Shops");
        }
    }
}
