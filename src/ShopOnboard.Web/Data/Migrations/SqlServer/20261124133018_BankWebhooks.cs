using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ShopOnboard.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class BankWebhooks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "PaymentAccountId",
                table: "Payments",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReviewedAt",
                table: "Payments",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewedByUserId",
                table: "Payments",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WebhookProvider",
                table: "PaymentAccounts",
                type: "nvarchar(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WebhookSecretProtected",
                table: "PaymentAccounts",
                type: "varchar(2000)",
                unicode: false,
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "WebhookSetAt",
                table: "PaymentAccounts",
                type: "datetime2",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Payments_PaymentAccountId_ReviewedAt",
                table: "Payments",
                columns: new[] { "PaymentAccountId", "ReviewedAt" });

            migrationBuilder.AddForeignKey(
                name: "FK_Payments_PaymentAccounts_PaymentAccountId",
                table: "Payments",
                column: "PaymentAccountId",
                principalTable: "PaymentAccounts",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Payments_PaymentAccounts_PaymentAccountId",
                table: "Payments");

            migrationBuilder.DropIndex(
                name: "IX_Payments_PaymentAccountId_ReviewedAt",
                table: "Payments");

            migrationBuilder.DropColumn(
                name: "PaymentAccountId",
                table: "Payments");

            migrationBuilder.DropColumn(
                name: "ReviewedAt",
                table: "Payments");

            migrationBuilder.DropColumn(
                name: "ReviewedByUserId",
                table: "Payments");

            migrationBuilder.DropColumn(
                name: "WebhookProvider",
                table: "PaymentAccounts");

            migrationBuilder.DropColumn(
                name: "WebhookSecretProtected",
                table: "PaymentAccounts");

            migrationBuilder.DropColumn(
                name: "WebhookSetAt",
                table: "PaymentAccounts");
        }
    }
}
