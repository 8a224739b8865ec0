namespace AksReady.Analyzers.Tests.FeatureFlags;

/// <summary>
/// Source stubs of the Microsoft.FeatureManagement 4.x surface the AKS4xxx rules look for (the package is not in the
/// test reference assemblies), plus the AksReady.Hosting <c>FeatureFlagExpiresAttribute</c>.
/// </summary>
internal static class FeatureManagementStubs
{
    public const string Source = """
        namespace Microsoft.FeatureManagement
        {
            using System.Collections.Generic;
            using System.Threading;
            using System.Threading.Tasks;

            public interface IFeatureManager
            {
                IAsyncEnumerable<string> GetFeatureNamesAsync();
                Task<bool> IsEnabledAsync(string feature);
                Task<bool> IsEnabledAsync<TContext>(string feature, TContext context);
            }

            public interface IFeatureManagerSnapshot : IFeatureManager { }

            public sealed class Variant { public string Name { get; set; } = ""; }

            public interface IVariantFeatureManager
            {
                ValueTask<bool> IsEnabledAsync(string feature, CancellationToken cancellationToken = default);
                ValueTask<Variant> GetVariantAsync(string feature, CancellationToken cancellationToken = default);
            }

            public enum RequirementType { Any, All }
        }

        namespace Microsoft.FeatureManagement.Mvc
        {
            using System;

            [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
            public sealed class FeatureGateAttribute : Attribute
            {
                public FeatureGateAttribute(params string[] features) { }
                public FeatureGateAttribute(Microsoft.FeatureManagement.RequirementType requirementType, params string[] features) { }
                public FeatureGateAttribute(params object[] features) { }
            }
        }

        namespace Microsoft.FeatureManagement.Mvc.TagHelpers
        {
            // Microsoft.FeatureManagement.AspNetCore's <feature name="A,B" requirement="All" negate="true"> tag helper
            // (the TagHelper base class is left out). Razor generated code assigns Name from the attribute.
            public class FeatureTagHelper
            {
                public string Name { get; set; } = "";
                public Microsoft.FeatureManagement.RequirementType Requirement { get; set; }
                public bool Negate { get; set; }
            }
        }

        namespace AksReady.FeatureFlags
        {
            using System;

            [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Field, AllowMultiple = true)]
            public sealed class FeatureFlagExpiresAttribute : Attribute
            {
                public FeatureFlagExpiresAttribute(string expires) { }
                public FeatureFlagExpiresAttribute(string featureName, string expires) { }
                public string? Owner { get; set; }
            }
        }
        """;
}
