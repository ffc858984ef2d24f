using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.Razor;

namespace ShopOnboard.Web.Infrastructure.Web;

/// <summary>
/// Views live beside their feature: a controller in namespace <c>ShopOnboard.Web.Features.Shops</c>
/// finds its views in <c>Features/Shops/Views/</c>, shared ones in <c>Features/Shared/</c>.
/// </summary>
internal sealed class FeatureViewLocations : IViewLocationExpander, IControllerModelConvention
{
    private const string FeatureKey = "feature";

    public void Apply(ControllerModel controller)
    {
        var ns = controller.ControllerType.Namespace ?? "";
        const string marker = ".Features.";
        var at = ns.IndexOf(marker, StringComparison.Ordinal);
        var feature = at < 0 ? "" : ns[(at + marker.Length)..].Split('.')[0];
        controller.Properties[FeatureKey] = feature;
    }

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        if (context.ActionContext.ActionDescriptor.Properties.TryGetValue(FeatureKey, out var feature))
        {
            context.Values[FeatureKey] = feature as string;
        }
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations)
    {
        var feature = context.Values.TryGetValue(FeatureKey, out var value) ? value : null;
        if (!string.IsNullOrEmpty(feature))
        {
            yield return $"/Features/{feature}/Views/{{0}}.cshtml";
        }

        yield return "/Features/Shared/{0}.cshtml";
    }
}
