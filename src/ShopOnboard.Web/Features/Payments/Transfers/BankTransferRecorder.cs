using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Features.Audit;
using ShopOnboard.Web.Features.Orders;

namespace ShopOnboard.Web.Features.Payments.Transfers;

/// <summary>
/// Records an authenticated transfer exactly once and matches it to the shop's order named in its text.
/// Providers retry, and may deliver the same transfer twice at the same moment: the unique
/// (Provider, ProviderTransactionId) index decides, and the loser is told "already recorded". A transfer
/// that names no order of the shop is still recorded, without an order: that is the shop's payment inbox.
/// </summary>
public sealed partial class BankTransferRecorder(ShopDbContext db, AuditLog audit, TimeProvider clock, ILogger<BankTransferRecorder> logger)
{
    public const int MaxTextLength = 500;

    public async Task<TransferOutcome> RecordAsync(int paymentAccountId, int shopId, IncomingTransfer transfer, CancellationToken cancellationToken)
    {
        if (transfer.AmountVnd <= 0)
        {
            return TransferOutcome.Ignored;
        }

        try
        {
            // SQL Server retries transient failures; a retried unit of work must start from a clean context.
            var strategy = db.Database.CreateExecutionStrategy();
            return await strategy.ExecuteAsync(
                ct => RecordOnceAsync(paymentAccountId, shopId, transfer, ct), cancellationToken);
        }
        catch (DbUpdateException problem) when (IsUniqueViolation(problem))
        {
            db.ChangeTracker.Clear();
            LogDuplicate(logger, transfer.Provider, transfer.TransactionId);
            return TransferOutcome.Duplicate;
        }
    }

    private async Task<TransferOutcome> RecordOnceAsync(int paymentAccountId, int shopId, IncomingTransfer transfer, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        // On SQLite this takes the write lock first (BEGIN IMMEDIATE), so deliveries queue instead of racing.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.Payments.AnyAsync(p => p.Provider == transfer.Provider && p.ProviderTransactionId == transfer.TransactionId, cancellationToken))
        {
            return TransferOutcome.Duplicate;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var payment = new Payment
        {
            PaymentAccountId = paymentAccountId,
            Method = PaymentMethod.BankTransfer,
            Provider = transfer.Provider,
            ProviderTransactionId = transfer.TransactionId,
            AmountVnd = transfer.AmountVnd,
            TransferText = transfer.Text is { Length: > MaxTextLength } text ? text[..MaxTextLength] : transfer.Text,
            Match = PaymentMatch.Unmatched,
            ReceivedAt = now,
        };

        var order = await FindOrderAsync(shopId, transfer.Text, cancellationToken);
        if (order is not null)
        {
            var alreadyPaid = await db.Payments.Where(p => p.OrderId == order.Id).SumAsync(p => p.AmountVnd, cancellationToken);
            payment.OrderId = order.Id;
            payment.Match = PaymentJudge.Judge(order, alreadyPaid, transfer.AmountVnd);
            if (PaymentJudge.Settle(order, payment.Match, now))
            {
                audit.Record("order.payment", "Order", order.Id, order.Shop.Village.Path,
                    new { PaymentStatus = nameof(PaymentStatus.Unpaid) },
                    new { PaymentStatus = nameof(PaymentStatus.Paid), payment.Provider, payment.ProviderTransactionId, payment.AmountVnd });
            }
        }

        db.Payments.Add(payment);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogRecorded(logger, transfer.Provider, transfer.TransactionId, payment.Match, payment.OrderId);
        return TransferOutcome.Recorded;
    }

    /// <summary>
    /// The one order of this shop the text names. When digit groups give several readings ("dh 12 34" is
    /// DH12 or DH1234), the longest number found wins; a tie is a job for a person.
    /// </summary>
    internal async Task<Order?> FindOrderAsync(int shopId, string? text, CancellationToken cancellationToken)
    {
        var codes = OrderReference.CandidateCodes(text);
        if (codes.Count == 0)
        {
            return null;
        }

        var orders = await db.Orders.Include(o => o.Shop).ThenInclude(s => s.Village)
            .Where(o => o.ShopId == shopId && codes.Contains(o.Code))
            .ToListAsync(cancellationToken);
        var best = orders.GroupBy(o => o.Code[OrderReference.Prefix.Length..].TrimStart('0').Length)
            .MaxBy(g => g.Key);
        return best?.Count() == 1 ? best.First() : null;
    }

    internal static bool IsUniqueViolation(DbUpdateException problem) => problem.InnerException switch
    {
        // SQLITE_CONSTRAINT, narrowed to UNIQUE (2067) or PRIMARY KEY (1555) so a broken foreign key still fails loudly.
        SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        SqlException sql => sql.Number is 2601 or 2627,
        _ => false,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Transfer {Provider}/{TransactionId} was already recorded")]
    private static partial void LogDuplicate(ILogger logger, string provider, string transactionId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Transfer {Provider}/{TransactionId} recorded: {Match}, order {OrderId}")]
    private static partial void LogRecorded(ILogger logger, string provider, string transactionId, PaymentMatch match, int? orderId);
}
