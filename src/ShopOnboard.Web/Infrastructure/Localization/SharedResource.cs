namespace ShopOnboard.Web.Infrastructure.Localization;

/// <summary>
/// Marker for the app's one set of UI strings. Keys are the Vietnamese text itself (vi-VN is the default
/// culture and needs no file); <c>SharedResource.en.resx</c> holds the English.
/// </summary>
public sealed class SharedResource;
