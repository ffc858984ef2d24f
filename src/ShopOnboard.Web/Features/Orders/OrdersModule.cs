namespace ShopOnboard.Web.Features.Orders;

public static class OrdersModule
{
    public static WebApplicationBuilder AddOrders(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<OrderPlacement>();
        builder.Services.AddScoped<OrderWorkflow>();
        builder.Services.AddScoped<OrderQueries>();
        return builder;
    }
}
