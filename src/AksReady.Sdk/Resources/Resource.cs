using System.Resources;

namespace AksReady.Sdk.Resources;

/// <summary>The resource manager for Strings.resx (the task's TaskResources).</summary>
internal static class Resource
{
    public static ResourceManager Manager { get; } = new("AksReady.Sdk.Resources.Strings", typeof(Resource).Assembly);
}
