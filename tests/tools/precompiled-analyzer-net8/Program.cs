using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
Console.WriteLine($"runtime {Environment.Version} {System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier}");
var asm = Assembly.LoadFrom(args[0]);
var analyzers = asm.GetTypes().Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
    .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!).ToImmutableArray();
var fw = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
var refs = Directory.GetFiles(fw, "*.dll").Where(f => { try { System.Reflection.AssemblyName.GetAssemblyName(f); return true; } catch { return false; } }).Select(f => MetadataReference.CreateFromFile(f)).ToArray();
var src = """
using System;
class C {
  const string ApiToken = "ghp_0123456789abcdefghijklmnopqrstuvwxyzAB";
  string Password = "Xq7!vR2#pL9mK4tZ";
  void M(string s) { Console.WriteLine("Server=db;Password=Sup3rS3cr3tValue!;"); }
}
""";
var comp = CSharpCompilation.Create("t", new[] { CSharpSyntaxTree.ParseText(src) }, refs, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
var diags = await comp.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync();
foreach (var d in diags.OrderBy(d => d.Location.SourceSpan.Start)) Console.WriteLine(d.Id + " " + d.GetMessage().Substring(0, Math.Min(70, d.GetMessage().Length)));
Console.WriteLine($"{analyzers.Length} analyzers, {diags.Length} diagnostics");
