using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ShopOnboard.Web.Data;

/// <summary>Production's database: SQL Server, shared by web and worker nodes.</summary>
public sealed class SqlServerShopDbContext(DbContextOptions<SqlServerShopDbContext> options) : ShopDbContext(options);

/// <summary>Lets <c>dotnet ef</c> build the SQL Server model without a server.</summary>
internal sealed class SqlServerShopDbContextDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerShopDbContext>
{
    public SqlServerShopDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerShopDbContext>()
            .UseSqlServer("Server=localhost;Database=ShopOnboard;Integrated Security=true;TrustServerCertificate=true")
            .Options);
}
