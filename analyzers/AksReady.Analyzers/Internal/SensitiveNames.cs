using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;

namespace AksReady.Analyzers.Internal;

/// <summary>Recognises names of secret-like values (<c>password</c>, <c>apiKey</c>, <c>ConnectionString</c>, …).</summary>
internal sealed class SensitiveNames
{
    /// <summary>Built-in words, compared against the name lower-cased with everything but letters and digits removed.</summary>
    private static readonly ImmutableArray<string> BuiltInWords = ImmutableArray.Create(
        "password", "passwd", "pwd", "secret", "token", "apikey", "connectionstring", "credential", "privatekey", "accesskey", "bearer");

    /// <summary>Names that contain a word above but describe metadata, not the secret (<c>TokenExpiry</c>, <c>SecretName</c>).</summary>
    private static readonly ImmutableArray<string> MetadataSuffixes = ImmutableArray.Create(
        "count", "length", "expiry", "expiration", "expiresat", "expireson", "expiresin", "lifetime", "ttl", "type", "kind", "name",
        "id", "version", "endpoint", "url", "uri", "policy", "provider", "source", "scheme", "format", "status", "valid", "required",
        "index", "arn", "path", "manager", "properties");

    /// <summary>
    /// Words that contain a secret word but are not secrets: a tokenizer, pagination cursors (<c>nextToken</c>,
    /// <c>continuationToken</c>: opaque positions in a result set), and hashes of a secret (<c>HashPassword(...)</c>).
    /// </summary>
    private static readonly ImmutableArray<string> NotSecretWords = ImmutableArray.Create(
        "cancellationtoken", "tokenizer", "nexttoken", "nextpagetoken", "pagetoken", "pagingtoken", "continuationtoken", "cursortoken",
        "synctoken", "hash");

    /// <summary>Verdicts per name, bounded: logging calls repeat the same placeholder and argument names.</summary>
    private const int MaxCachedVerdicts = 4096;

    private readonly ImmutableArray<string> words;
    private readonly ConcurrentDictionary<string, bool> verdicts = new(System.StringComparer.Ordinal);

    public SensitiveNames(ImmutableHashSet<string> additionalWords)
    {
        var builder = BuiltInWords.ToBuilder();
        foreach (var word in additionalWords)
        {
            var normalized = Normalize(word);
            if (normalized.Length > 0)
            {
                builder.Add(normalized);
            }
        }

        words = builder.ToImmutable();
    }

    /// <summary>True when <paramref name="name"/> names a secret-like value.</summary>
    public bool IsSensitive(string? name)
    {
        if (name is null || name.Length == 0)
        {
            return false;
        }

        if (verdicts.TryGetValue(name, out var known))
        {
            return known;
        }

        var verdict = Judge(name);
        if (verdicts.Count < MaxCachedVerdicts)
        {
            verdicts.TryAdd(name, verdict);
        }

        return verdict;
    }

    private bool Judge(string name)
    {
        var normalized = Normalize(name);
        foreach (var notSecret in NotSecretWords)
        {
            if (normalized.Contains(notSecret))
            {
                return false;
            }
        }

        foreach (var suffix in MetadataSuffixes)
        {
            if (normalized.EndsWith(suffix, System.StringComparison.Ordinal) && normalized.Length > suffix.Length)
            {
                return false;
            }
        }

        foreach (var word in words)
        {
            if (normalized.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Numbers, booleans, dates, durations, enums and tokens of other kinds are never secrets.</summary>
    public static bool CanHoldSecret(ITypeSymbol? type)
    {
        if (type is null)
        {
            return true;
        }

        if (type.TypeKind == TypeKind.Enum)
        {
            return false;
        }

        switch (type.SpecialType)
        {
            case SpecialType.System_Boolean:
            case SpecialType.System_Char:
            case SpecialType.System_SByte:
            case SpecialType.System_Byte:
            case SpecialType.System_Int16:
            case SpecialType.System_UInt16:
            case SpecialType.System_Int32:
            case SpecialType.System_UInt32:
            case SpecialType.System_Int64:
            case SpecialType.System_UInt64:
            case SpecialType.System_Decimal:
            case SpecialType.System_Single:
            case SpecialType.System_Double:
            case SpecialType.System_DateTime:
                return false;
        }

        if (type is INamedTypeSymbol { IsGenericType: true, ConstructedFrom.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            return CanHoldSecret(nullable.TypeArguments[0]);
        }

        return type.Name is not ("TimeSpan" or "DateTimeOffset" or "CancellationToken" or "DateOnly" or "TimeOnly")
               || type.ContainingNamespace?.ToDisplayString() is not ("System" or "System.Threading");
    }

    private static string Normalize(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
