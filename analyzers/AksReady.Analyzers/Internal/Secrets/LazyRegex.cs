using System;
using System.Text.RegularExpressions;
using System.Threading;

namespace AksReady.Analyzers.Internal.Secrets;

/// <summary>
/// A regular expression built on first use, once per process (a lost race builds a second copy that is dropped): most of the
/// secret formats and vendor shapes never run in a given compilation, and the first <see cref="Regex"/> construction in a
/// compiler process costs milliseconds.
/// </summary>
internal sealed class LazyRegex
{
    private readonly string pattern;
    private readonly RegexOptions options;
    private readonly TimeSpan timeout;
    private Regex? regex;

    public LazyRegex(string pattern, RegexOptions options, TimeSpan timeout)
    {
        this.pattern = pattern;
        this.options = options;
        this.timeout = timeout;
    }

    public Regex Value
    {
        get
        {
            var current = Volatile.Read(ref regex);
            if (current is null)
            {
                current = new Regex(pattern, options, timeout);
                current = Interlocked.CompareExchange(ref regex, current, null) ?? current;
            }

            return current;
        }
    }
}
