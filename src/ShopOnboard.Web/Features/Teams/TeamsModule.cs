namespace ShopOnboard.Web.Features.Teams;

public static class TeamsModule
{
    public static WebApplicationBuilder AddTeams(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<TeamHomeQuery>();
        return builder;
    }
}
