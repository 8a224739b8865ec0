using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;

namespace AksReady.Analyzers.Internal;

/// <summary>What is wrong with the braces of a message template.</summary>
internal enum MessageTemplateError
{
    None,

    /// <summary>A <c>{</c> without a matching <c>}</c>, or a <c>{</c> inside a placeholder.</summary>
    UnclosedBrace,

    /// <summary>A single <c>}</c> outside a placeholder (write <c>}}</c> for a literal brace).</summary>
    UnmatchedClosingBrace,

    /// <summary>An empty placeholder or one whose name is not made of letters, digits, '_' and '.'.</summary>
    InvalidPlaceholderName,

    /// <summary>
    /// An alignment that is not a whole number (<c>{Name,b}</c>, <c>{Name,}</c>): Microsoft.Extensions.Logging passes it
    /// to <c>string.Format</c>, which throws a <c>FormatException</c> when the message is written.
    /// </summary>
    InvalidAlignment,
}

/// <summary>One <c>{Name,alignment:format}</c> hole of a message template.</summary>
/// <remarks>
/// A class, not a struct: <c>ImmutableArray&lt;T&gt;</c> of a reference type runs the shared, precompiled generic code
/// instead of being JIT-compiled again for this type in every compiler process.
/// </remarks>
internal sealed class MessageTemplatePlaceholder
{
    public MessageTemplatePlaceholder(string name, char prefix, string? alignment, string? format, int start, int length)
    {
        Name = name;
        Prefix = prefix;
        Alignment = alignment;
        Format = format;
        Start = start;
        Length = length;
    }

    /// <summary>The name without the Serilog <c>@</c> (destructure) or <c>$</c> (stringify) prefix.</summary>
    public string Name { get; }

    /// <summary><c>@</c>, <c>$</c>, or <c>'\0'</c> when there is no prefix.</summary>
    public char Prefix { get; }

    public string? Alignment { get; }

    public string? Format { get; }

    /// <summary>Offset of the opening brace in the template.</summary>
    public int Start { get; }

    /// <summary>Length from the opening to the closing brace, both included.</summary>
    public int Length { get; }

    /// <summary>Positional placeholders (<c>{0}</c>) have an all-digit name.</summary>
    public bool IsPositional
    {
        get
        {
            foreach (var c in Name)
            {
                if (c is < '0' or > '9')
                {
                    return false;
                }
            }

            return Name.Length > 0;
        }
    }
}

/// <summary>
/// Parser for the message templates of Microsoft.Extensions.Logging (<c>LogValuesFormatter</c>) and Serilog:
/// <c>{{</c> and <c>}}</c> are literal braces, and a placeholder is <c>{[@|$]Name[,alignment][:format]}</c>.
/// Shared by AKS3001 (building templates), AKS3002 (checking them), AKS3003 and AKS3005.
/// </summary>
internal sealed class MessageTemplate
{
    private MessageTemplate(string text, ImmutableArray<MessageTemplatePlaceholder> placeholders, MessageTemplateError error, int errorPosition)
    {
        Text = text;
        Placeholders = placeholders;
        Error = error;
        ErrorPosition = errorPosition;
    }

    public string Text { get; }

    public ImmutableArray<MessageTemplatePlaceholder> Placeholders { get; }

    public MessageTemplateError Error { get; }

    /// <summary>Offset of the offending brace when <see cref="Error"/> is not <see cref="MessageTemplateError.None"/>.</summary>
    public int ErrorPosition { get; }

    public static MessageTemplate Parse(string text)
    {
        // Sized by the number of '{' (an upper bound of the placeholders), so the common template fills its builder
        // exactly and MoveToImmutable hands the array over without a copy; a template without braces needs none.
        var opening = 0;
        foreach (var c in text)
        {
            if (c == '{')
            {
                opening++;
            }
        }

        if (opening == 0 && text.IndexOf('}') < 0)
        {
            return new MessageTemplate(text, ImmutableArray<MessageTemplatePlaceholder>.Empty, MessageTemplateError.None, -1);
        }

        var placeholders = ImmutableArray.CreateBuilder<MessageTemplatePlaceholder>(opening);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '{')
            {
                if (i + 1 < text.Length && text[i + 1] == '{')
                {
                    i += 2;
                    continue;
                }

                var close = -1;
                for (var j = i + 1; j < text.Length; j++)
                {
                    if (text[j] == '}')
                    {
                        close = j;
                        break;
                    }

                    if (text[j] == '{')
                    {
                        break;
                    }
                }

                if (close < 0)
                {
                    return Failed(text, placeholders, MessageTemplateError.UnclosedBrace, i);
                }

                if (!TryParsePlaceholder(text, i, close, out var placeholder))
                {
                    return Failed(text, placeholders, MessageTemplateError.InvalidPlaceholderName, i);
                }

                if (placeholder!.Alignment is { } alignment && !IsWholeNumber(alignment))
                {
                    return Failed(text, placeholders, MessageTemplateError.InvalidAlignment, i);
                }

                placeholders.Add(placeholder!);
                i = close + 1;
            }
            else if (c == '}')
            {
                if (i + 1 < text.Length && text[i + 1] == '}')
                {
                    i += 2;
                    continue;
                }

                return Failed(text, placeholders, MessageTemplateError.UnmatchedClosingBrace, i);
            }
            else
            {
                i++;
            }
        }

        return new MessageTemplate(text, ToImmutable(placeholders), MessageTemplateError.None, -1);
    }

    private static ImmutableArray<MessageTemplatePlaceholder> ToImmutable(ImmutableArray<MessageTemplatePlaceholder>.Builder placeholders)
        => placeholders.Count == placeholders.Capacity ? placeholders.MoveToImmutable() : placeholders.ToImmutable();

    /// <summary>An alignment <c>string.Format</c> accepts: optional spaces, an optional '-', digits, optional spaces.</summary>
    private static bool IsWholeNumber(string alignment)
    {
        var value = alignment.Trim(' ');
        var start = value.Length > 0 && value[0] == '-' ? 1 : 0;
        if (value.Length == start)
        {
            return false;
        }

        for (var i = start; i < value.Length; i++)
        {
            if (value[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Escapes literal text for use inside a template: <c>{</c> → <c>{{</c>, <c>}</c> → <c>}}</c>.</summary>
    public static string EscapeLiteral(string text)
        => text.IndexOf('{') < 0 && text.IndexOf('}') < 0 ? text : text.Replace("{", "{{").Replace("}", "}}");

    /// <summary>True for <c>UserId</c>, <c>Count</c>, <c>HttpStatus2</c>; false for <c>userId</c>, <c>user_id</c>, <c>0</c>.</summary>
    public static bool IsPascalCase(string name)
    {
        if (name.Length == 0 || !char.IsUpper(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// PascalCase form of a name: splits on anything that is not a letter or digit and capitalises each part
    /// (<c>user_id</c> → <c>UserId</c>, <c>user.Id</c> → <c>UserId</c>, <c>count</c> → <c>Count</c>).
    /// Returns an empty string when the name has no letter to start with.
    /// </summary>
    public static string ToPascalCase(string name)
    {
        var builder = new StringBuilder(name.Length);
        var upperNext = true;
        foreach (var c in name)
        {
            if (!char.IsLetterOrDigit(c))
            {
                upperNext = true;
                continue;
            }

            if (builder.Length == 0 && !char.IsLetter(c))
            {
                continue;
            }

            builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
            upperNext = false;
        }

        return builder.ToString();
    }

    /// <summary>Names seen more than once, in order of their second occurrence (case-sensitive, prefix ignored).</summary>
    public IEnumerable<string> DuplicateNames()
    {
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        var reported = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var placeholder in Placeholders)
        {
            if (!seen.Add(placeholder.Name) && reported.Add(placeholder.Name))
            {
                yield return placeholder.Name;
            }
        }
    }

    private static MessageTemplate Failed(string text, ImmutableArray<MessageTemplatePlaceholder>.Builder placeholders, MessageTemplateError error, int position)
        => new(text, ToImmutable(placeholders), error, position);

    private static bool TryParsePlaceholder(string text, int open, int close, out MessageTemplatePlaceholder? placeholder)
    {
        placeholder = null;
        var start = open + 1;
        var prefix = '\0';
        if (start < close && text[start] is '@' or '$')
        {
            prefix = text[start];
            start++;
        }

        var nameEnd = start;
        while (nameEnd < close && text[nameEnd] is not ',' and not ':')
        {
            nameEnd++;
        }

        var name = text.Substring(start, nameEnd - start);
        if (name.Length == 0)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsLetterOrDigit(c) && c is not '_' and not '.')
            {
                return false;
            }
        }

        string? alignment = null;
        string? format = null;
        var rest = nameEnd;
        if (rest < close && text[rest] == ',')
        {
            var alignmentEnd = rest + 1;
            while (alignmentEnd < close && text[alignmentEnd] != ':')
            {
                alignmentEnd++;
            }

            alignment = text.Substring(rest + 1, alignmentEnd - rest - 1);
            rest = alignmentEnd;
        }

        if (rest < close && text[rest] == ':')
        {
            format = text.Substring(rest + 1, close - rest - 1);
        }

        placeholder = new MessageTemplatePlaceholder(name, prefix, alignment, format, open, close - open + 1);
        return true;
    }
}
