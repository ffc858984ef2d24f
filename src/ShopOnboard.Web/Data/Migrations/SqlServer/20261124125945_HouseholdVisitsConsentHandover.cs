using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ShopOnboard.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class HouseholdVisitsConsentHandover : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ConsentGivenBy",
                table: "Shops",
                type: "nvarchar(120)",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ConsentMethod",
                table: "Shops",
                type: "nvarchar(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ConsentRecordedAt",
                table: "Shops",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ConsentRecordedByUserId",
                table: "Shops",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "MarketplacesDeferred",
                table: "Shops",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "OwnerConfirmedAt",
                table: "Shops",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "OneTimeCodeExpiresAt",
                table: "AspNetUsers",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OneTimeCodeHash",
                table: "AspNetUsers",
                type: "varchar(200)",
                unicode: false,
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Visits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    HouseholdId = table.Column<int>(type: "int", nullable: false),
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    VisitedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Activities = table.Column<int>(type: "int", maxLength: 30, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Visits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Visits_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Visits_Households_HouseholdId",
                        column: x => x.HouseholdId,
                        principalTable: "Households",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Visits_HouseholdId_VisitedOn",
                table: "Visits",
                columns: new[] { "HouseholdId", "VisitedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Visits_UserId",
                table: "Visits",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Visits");

            migrationBuilder.DropColumn(
                name: "ConsentGivenBy",
                table: "Shops");

            migrationBuilder.DropColumn(
                name: "ConsentMethod",
                table: "Shops");

            migrationBuilder.DropColumn(
                name: "ConsentRecordedAt",
                table: "Shops");

            migrationBuilder.DropColumn(
                name: "ConsentRecordedByUserId",
                table: "Shops");

            migrationBuilder.DropColumn(
                name: "MarketplacesDeferred",
                table: "Shops");

            migrationBuilder.DropColumn(
                name: "OwnerConfirmedAt",
                table: "Shops");

            migrationBuilder.DropColumn(
                name: "OneTimeCodeExpiresAt",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "OneTimeCodeHash",
                table: "AspNetUsers");
        }
    }
}
