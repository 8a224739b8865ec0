using Microsoft.Extensions.Options;

namespace AksReady.Hosting.Internal.Validators;

/// <summary>Source-generated DataAnnotations validator for <see cref="AksReadyOptions"/>.</summary>
[OptionsValidator]
internal sealed partial class AksReadyOptionsValidator : IValidateOptions<AksReadyOptions>
{
}
