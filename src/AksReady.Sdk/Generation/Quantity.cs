using System.Globalization;
using System.Text.RegularExpressions;

namespace AksReady.Sdk.Generation;

/// <summary>Parses Kubernetes resource quantities ("100m", "512Mi", "1.5Gi", "2e3").</summary>
public static class Quantity
{
    private static readonly Regex s_pattern = new(
        @"^\+?(?<num>[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:(?<bin>Ki|Mi|Gi|Ti|Pi|Ei)|(?<dec>[numkMGTPE])|[eE](?<exp>[+-]?[0-9]+))?$",
        RegexOptions.CultureInvariant);

    /// <summary>Parses <paramref name="text"/>; returns false when it is not a quantity.</summary>
    public static bool TryParse(string text, out decimal value)
    {
        value = 0;
        var m = s_pattern.Match(text);
        if (!m.Success || !decimal.TryParse(m.Groups["num"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        decimal factor = 1;
        if (m.Groups["bin"].Success)
        {
            var power = "KMGTPE".IndexOf(m.Groups["bin"].Value[0]) + 1;
            for (var i = 0; i < power; i++)
            {
                factor *= 1024;
            }
        }
        else if (m.Groups["dec"].Success)
        {
            factor = m.Groups["dec"].Value[0] switch
            {
                'n' => 0.000000001m,
                'u' => 0.000001m,
                'm' => 0.001m,
                'k' => 1e3m,
                'M' => 1e6m,
                'G' => 1e9m,
                'T' => 1e12m,
                'P' => 1e15m,
                _ => 1e18m,
            };
        }
        else if (m.Groups["exp"].Success)
        {
            if (!int.TryParse(m.Groups["exp"].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var exp) || exp > 18 || exp < -9)
            {
                return false;
            }

            for (var i = 0; i < System.Math.Abs(exp); i++)
            {
                factor = exp > 0 ? factor * 10 : factor / 10;
            }
        }

        value = number * factor;
        return true;
    }
}
