using AksReady.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VerifyCode = AksReady.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<AksReady.Analyzers.Rules.CredentialsInCodeAnalyzer>;
using VerifyFix = AksReady.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<AksReady.Analyzers.Rules.CredentialsInCodeAnalyzer, AksReady.Analyzers.CodeFixes.Rules.CredentialsInCodeCodeFixProvider>;
using VerifyStrings = AksReady.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<AksReady.Analyzers.Rules.CredentialsInStringsAnalyzer>;

namespace AksReady.Analyzers.Tests.Rules;

/// <summary>
/// AKS2001/AKS2002 data flow: a local (or private/readonly field) read at a credential sink while a string constant reaches
/// it on some path (not hidden by a later assignment; other paths may bring input). Reported at the sink, with the constant as an additional location (AKS2001).
/// </summary>
public sealed class CredentialsDataFlowTests
{
    private static DiagnosticResult Code(int sink, int constant, string name)
        => VerifyCode.Diagnostic(CredentialsInCodeAnalyzer.Rule).WithLocation(sink).WithLocation(constant).WithArguments(name);

    private static Task VerifyCodeAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new VerifyCode.Test { TestCode = source };
        test.TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    private static Task VerifyStringsAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new VerifyStrings.Test { TestCode = source };
        test.TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public Task LocalsAndFields_HoldingOneConstant_ReportedAtTheSink()
        => VerifyCodeAsync("""
            using System;
            using System.Net;
            using System.Security.Cryptography;
            using System.Text;

            public sealed class Clients
            {
                private static readonly string s_material = {|#5:"Zq8-Lm3!Rt6@Wx1#Yv4"|};
                private string _current;

                public Clients(bool fallback)
                {
                    _current = fallback ? null : {|#7:"Kp7!Qz2-Wm9x"|};
                }

                public NetworkCredential Smtp()
                {
                    string data;
                    data = {|#1:"Sm7p-Pa55!"|};
                    return new NetworkCredential("orders", {|#0:data|}, "corp");
                }

                public NetworkCredential Copied(bool flag)
                {
                    string value = null;
                    if (flag)
                    {
                        value = {|#3:"Rl4y-Pa55!"|};
                    }

                    var copy = value;
                    return new NetworkCredential("relay", {|#2:copy|});
                }

                public HMACSHA256 Signer() => new HMACSHA256(Encoding.UTF8.GetBytes({|#4:s_material|}));

                public UriBuilder Uri()
                {
                    var text = {|#9:"Ftp-Pa55!x"|};
                    return new UriBuilder("ftp://files.contoso.com") { UserName = "feed", Password = {|#8:text|} };
                }

                public NetworkCredential Current() => new NetworkCredential("svc", {|#6:_current|});
            }
            """,
            Code(0, 1, "password"), Code(2, 3, "password"), Code(4, 5, "SigningKey"), Code(6, 7, "password"), Code(8, 9, "Password"));

    [Fact]
    public Task Variables_NoConstantReachesTheRead_AreNotFollowed()
        => VerifyCodeAsync("""
            using System;
            using System.Net;

            public sealed class Clients
            {
                public string Shared = "Pub-Pa55!x";

                public NetworkCredential FromConsole()
                {
                    string data = "Sm7p-Pa55!";
                    data = Console.ReadLine();
                    return new NetworkCredential("orders", data);
                }

                public NetworkCredential Appended()
                {
                    string data = "Sm7p";
                    data += "-Pa55!";
                    return new NetworkCredential("orders", data);
                }

                public NetworkCredential Sibling(bool flag)
                {
                    {
                        string data = "Sm7p-Pa55!";
                        Console.WriteLine(data.Length);
                    }
                    {
                        string data = Console.ReadLine();
                        return new NetworkCredential("orders", data);
                    }
                }

                public NetworkCredential PublicField() => new NetworkCredential("svc", Shared);

                public NetworkCredential PlaceholderFallbacks()
                {
                    var data = Environment.GetEnvironmentVariable("SMTP_PASSWORD") ?? "changeme";
                    var other = Environment.GetEnvironmentVariable("RELAY_PASSWORD") ?? "";
                    var third = Console.ReadLine() ?? string.Empty;
                    return new NetworkCredential(data, other + third);
                }

                public NetworkCredential NotASink()
                {
                    var data = "Sm7p-Pa55!";
                    return new NetworkCredential(data, "");
                }
            }
            """);

    [Fact]
    public Task ConstantOnOnePath_IsReportedAtTheSink()
        => VerifyCodeAsync("""
            using System;
            using System.Net;
            using System.Security.Cryptography;
            using System.Text;

            public sealed class Clients
            {
                private string _mutable = {|#9:"Mut-Pa55!x"|};

                public void Reset(string value) => _mutable = value;

                public NetworkCredential FromInput(bool flag, string input)
                {
                    string data = {|#1:"Sm7p-Pa55!"|};
                    if (flag)
                    {
                        data = input;
                    }

                    return new NetworkCredential("orders", {|#0:data|});
                }

                public NetworkCredential OneBranch(bool flag)
                {
                    string data;
                    if (flag)
                    {
                        data = {|#3:"7e5tc4s3"|};
                    }
                    else
                    {
                        data = Console.ReadLine();
                    }

                    return new NetworkCredential("orders", {|#2:data|});
                }

                public NetworkCredential Fallback()
                {
                    var data = Environment.GetEnvironmentVariable("SMTP_PASSWORD") ?? {|#5:"Rl4y-Pa55!"|};
                    var other = Environment.GetEnvironmentVariable("SMTP_USER") is { } user ? user : {|#7:"One-Pa55!x"|};
                    var relay = new NetworkCredential("relay", {|#6:other|});
                    return new NetworkCredential(relay.UserName, {|#4:data|});
                }

                public NetworkCredential Field() => new NetworkCredential("svc", {|#8:_mutable|});

                public ICryptoTransform Encryptor(Aes aes, byte[] key, bool useDefault)
                {
                    if (useDefault)
                    {
                        key = Encoding.UTF8.GetBytes({|#11:"Kp7!Qz2-Wm9xLv4#"|});
                    }

                    return aes.CreateEncryptor({|#10:key|}, new byte[16]);
                }
            }
            """,
            Code(0, 1, "password"), Code(2, 3, "password"), Code(4, 5, "password"), Code(6, 7, "password"), Code(8, 9, "password"), Code(10, 11, "SigningKey"));

    [Fact]
    public Task SecretNamedVariable_IsReportedOnceAtItsDeclaration()
        => VerifyCodeAsync("""
            using System.Net;

            public static class Mail
            {
                public static NetworkCredential Create()
                {
                    var smtpPassword = {|#0:"Sm7p-Pa55!"|};
                    return new NetworkCredential("orders", smtpPassword);
                }
            }
            """,
            VerifyCode.Diagnostic(CredentialsInCodeAnalyzer.Rule).WithLocation(0).WithArguments("smtpPassword"));

    [Fact]
    public Task SecretNamedVariable_NotReportedUnderItsName_IsJudgedAtThePasswordSink()
        => VerifyCodeAsync("""
            using System.Net;

            public sealed class Mail
            {
                private string secretField = {|#3:"literalValue"|};

                public NetworkCredential Create()
                {
                    var secretVariable = {|#1:"literalValue"|};
                    var first = new NetworkCredential("orders", {|#0:secretVariable|});
                    first.Password = {|#2:secretField|};
                    return first;
                }
            }
            """,
            Code(0, 1, "password"), Code(2, 3, "Password"));

    [Fact]
    public Task ConnectionStrings_AssembledFromAConstantLocal()
        => VerifyStringsAsync("""
            public static class Data
            {
                public static string Concatenated()
                {
                    string data;
                    data = "7e5tc4s3";
                    return {|#0:@"Data Source=(local);Initial Catalog=orders;User ID=" + "sa" + ";Password=" + data|};
                }

                public static string Interpolated()
                {
                    var secret = "Q7v!mZ2#pL9x";
                    return {|#1:$"Server=db;User ID=app;Password={secret};"|};
                }

                public static string Spaced()
                {
                    var value = "Q7v!mZ2#pL9x";
                    return {|#2:$"Server = db; User = app; Password = {value}"|};
                }

                public static string FromInput(string input)
                {
                    var data = input;
                    return "Server=db;User ID=app;Password=" + data + ";" + $"Server=db;User ID=app;Password={input};";
                }

                public static string NotAfterAKey()
                {
                    var name = "Q7v!mZ2#pL9x";
                    return "Server=db;Database=" + name + ";Integrated Security=true";
                }
            }
            """,
            VerifyStrings.Diagnostic(CredentialsInStringsAnalyzer.Rule).WithLocation(0).WithArguments("a connection string with a password"),
            VerifyStrings.Diagnostic(CredentialsInStringsAnalyzer.Rule).WithLocation(1).WithArguments("a connection string with a password"),
            VerifyStrings.Diagnostic(CredentialsInStringsAnalyzer.Rule).WithLocation(2).WithArguments("a connection string with a password"));

    [Fact]
    public Task CodeFix_ReplacesTheReadAtTheSink()
        => VerifyFix.VerifyCodeFixAsync("""
            using System.Net;
            using Microsoft.Extensions.Configuration;

            public sealed class Mail
            {
                public NetworkCredential Create(IConfiguration configuration)
                {
                    string data = {|#1:"Sm7p-Pa55!"|};
                    return new NetworkCredential("orders", {|#0:data|});
                }
            }
            """,
            new[] { VerifyFix.Diagnostic(CredentialsInCodeAnalyzer.Rule).WithLocation(0).WithLocation(1).WithArguments("password") },
            """
            using System.Net;
            using Microsoft.Extensions.Configuration;

            public sealed class Mail
            {
                public NetworkCredential Create(IConfiguration configuration)
                {
                    string data = "Sm7p-Pa55!";
                    return new NetworkCredential("orders", configuration["Password"]);
                }
            }
            """,
            OutputKind.DynamicallyLinkedLibrary);
}
