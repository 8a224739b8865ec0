using System;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace AksReady.Analyzers.Internal;

/// <summary>
/// A per-compilation value (usually resolved types) computed on first use instead of in the compilation start action.
/// A type lookup searches every referenced assembly and loads their namespaces; deferring it until a callback has seen a
/// candidate by name means compilations without candidates never pay for it, and later lookups find namespaces the
/// compiler has loaded already. Thread-safe: two racing callbacks may both compute the value, the first one is kept.
/// </summary>
internal sealed class LazyCompilationValue<T>
    where T : class
{
    private readonly Compilation compilation;
    private readonly Func<Compilation, T> create;
    private T? value;

    /// <param name="compilation">The compilation the value is computed from.</param>
    /// <param name="create">Computes the value; a static method, so that it captures no per-callback state.</param>
    public LazyCompilationValue(Compilation compilation, Func<Compilation, T> create)
    {
        this.compilation = compilation;
        this.create = create;
    }

    /// <summary>True once <see cref="Value"/> has been computed.</summary>
    public bool IsCreated => Volatile.Read(ref value) is not null;

    public T Value => Volatile.Read(ref value) ?? Create();

    private T Create()
    {
        var created = create(compilation);
        return Interlocked.CompareExchange(ref value, created, null) ?? created;
    }
}
