namespace ShopOnboard.Web.Infrastructure;

/// <summary>A configuration mistake that must stop the app with one plain message, not a stack trace.</summary>
public sealed class StartupException(string message) : Exception(message);
