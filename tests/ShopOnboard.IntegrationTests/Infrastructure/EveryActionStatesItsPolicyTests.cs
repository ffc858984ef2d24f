using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ShopOnboard.IntegrationTests.Infrastructure;

public class EveryActionStatesItsPolicyTests
{
    /// <summary>
    /// Every action says who may call it: a named policy, or [AllowAnonymous] on purpose. (The fallback
    /// policy already closes what is forgotten; this keeps the intent written down.)
    /// </summary>
    [Fact]
    public void Actions_AllControllers_HavePolicyOrAllowAnonymous()
    {
        var actions = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(ControllerBase).IsAssignableFrom(t) && !t.IsAbstract)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => !m.IsSpecialName && m.GetCustomAttribute<NonActionAttribute>() is null)
                .Select(m => (Controller: t, Action: m)))
            .ToList();

        var unstated = actions
            .Where(a => a.Action.GetCustomAttribute<AllowAnonymousAttribute>() is null
                && a.Action.GetCustomAttributes<AuthorizeAttribute>().All(x => string.IsNullOrEmpty(x.Policy))
                && a.Controller.GetCustomAttributes<AuthorizeAttribute>().All(x => string.IsNullOrEmpty(x.Policy)))
            .Select(a => $"{a.Controller.Name}.{a.Action.Name}")
            .ToList();

        Assert.NotEmpty(actions);
        Assert.Empty(unstated);
    }
}
