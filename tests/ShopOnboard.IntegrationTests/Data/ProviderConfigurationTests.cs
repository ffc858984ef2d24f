using Microsoft.AspNetCore.Builder;
using ShopOnboard.Web.Data;
using ShopOnboard.Web.Infrastructure;

namespace ShopOnboard.IntegrationTests.Data;

public class ProviderConfigurationTests
{
    [Fact]
    public void AddData_UnknownProvider_OneClearMessage()
    {
        var builder = WebApplication.CreateBuilder(["--Database:Provider=Postgres"]);

        var problem = Assert.Throws<StartupException>(() => builder.AddData());

        Assert.Contains("'Postgres' is not known", problem.Message);
        Assert.Contains("Sqlite", problem.Message);
    }

    [Fact]
    public void AddData_SqlServerWithoutConnectionString_NamesTheSetting()
    {
        var builder = WebApplication.CreateBuilder(["--Database:Provider=SqlServer"]);

        var problem = Assert.Throws<StartupException>(() => builder.AddData());

        Assert.Contains("ConnectionStrings__ShopOnboard", problem.Message);
    }

    [Fact]
    public void AddData_SqlServerWithConnectionString_RegistersSqlServerContext()
    {
        var builder = WebApplication.CreateBuilder(["--Database:Provider=SqlServer", "--ConnectionStrings:ShopOnboard=Server=db;Database=x;User Id=sa;Password=p;TrustServerCertificate=true"]);

        builder.AddData();

        Assert.Contains(builder.Services, s => s.ServiceType == typeof(ShopDbContext) && s.ImplementationType == typeof(SqlServerShopDbContext));
    }
}
