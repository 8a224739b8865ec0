namespace AksReady.Hosting.Internal;

/// <summary>Registered once the HttpClient defaults are configured, so a second call adds nothing.</summary>
internal sealed class HttpClientDefaultsMarker;
