using AksReady.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VerifyCode = AksReady.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<AksReady.Analyzers.Rules.CredentialsInCodeAnalyzer>;
using VerifyFix = AksReady.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<AksReady.Analyzers.Rules.CredentialsInCodeAnalyzer, AksReady.Analyzers.CodeFixes.Rules.CredentialsInCodeCodeFixProvider>;
using VerifyStrings = AksReady.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<AksReady.Analyzers.Rules.CredentialsInStringsAnalyzer>;

namespace AksReady.Analyzers.Tests.Rules;

/// <summary>
/// AKS2001/AKS2002 data flow within one type: a private method's parameter fed by a constant at some call, a
/// parameterless method or getter-only property returning one constant, casts, and <c>byte[]</c> locals made by
/// <c>Encoding.*.GetBytes</c> of a constant.
/// </summary>
public sealed class CredentialsInterproceduralFlowTests
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

    [Fact]
    public Task PrivateMethodParameter_FedByAConstant_IsReportedAtTheSink()
        => VerifyCodeAsync("""
            using System.Net;
            using System.Security.Cryptography;
            using System.Text;

            public sealed class Relay
            {
                public NetworkCredential Open()
                {
                    string data = {|#1:"Rl4y-Pa55!"|};
                    return Build(data);
                }

                public NetworkCredential OpenBoxed()
                {
                    var data = {|#3:"Bx7d-Pa55!"|};
                    return BuildBoxed((object)data);
                }

                public HMAC Sign() => Signer(Encoding.UTF8.GetBytes({|#5:"Zq8-Lm3!Rt6@Wx1#Yv4"|}));

                private static NetworkCredential Build(string data) => new NetworkCredential("relay", {|#0:data|});

                private static NetworkCredential BuildBoxed(object value)
                {
                    var data = (string)value;
                    return new NetworkCredential("relay", {|#2:data|});
                }

                private static HMAC Signer(byte[] material) => new HMACSHA256({|#4:material|});
            }
            """,
            Code(0, 1, "password"), Code(2, 3, "password"), Code(4, 5, "SigningKey"));

    [Fact]
    public Task Parameters_NotProvablyConstant_AreNotFollowed()
        => VerifyCodeAsync("""
            using System;
            using System.Net;

            public sealed class Relay
            {
                public NetworkCredential Public(string data) => new NetworkCredential("relay", data);

                public NetworkCredential FromConsole() => Console(System.Console.ReadLine());

                public Func<string, NetworkCredential> Group() => Grouped;

                public NetworkCredential CallsGrouped() => Grouped(System.Console.ReadLine());

                public NetworkCredential Reassigned() => Overwritten("Ovr-Pa55!x");

                private static NetworkCredential Console(string data) => new NetworkCredential("relay", data);

                private static NetworkCredential Grouped(string data) => new NetworkCredential("relay", data);

                private static NetworkCredential Overwritten(string data)
                {
                    data = System.Console.ReadLine();
                    return new NetworkCredential("relay", data);
                }

                private static NetworkCredential NeverCalled(string data) => new NetworkCredential("relay", data);
            }
            """);

    [Fact]
    public Task Parameters_AConstantFromOneCaller_IsFollowed()
        => VerifyCodeAsync("""
            using System;
            using System.Net;

            public sealed class Relay
            {
                public NetworkCredential TwoCallers(bool flag) => flag ? Two({|#1:"One-Pa55!x"|}) : Two("Two-Pa55!x");

                public NetworkCredential Mixed(bool flag) => flag ? Three(Console.ReadLine()) : Three({|#3:"Thr-Pa55!x"|});

                public Func<string, NetworkCredential> Group() => Grouped;

                public NetworkCredential CallsGrouped() => Grouped({|#5:"Grp-Pa55!x"|});

                private static NetworkCredential Two(string data) => new NetworkCredential("relay", {|#0:data|});

                private static NetworkCredential Three(string data) => new NetworkCredential("relay", {|#2:data|});

                private static NetworkCredential Grouped(string data) => new NetworkCredential("relay", {|#4:data|});
            }
            """,
            Code(0, 1, "password"), Code(2, 3, "password"), Code(4, 5, "password"));

    [Fact]
    public Task MethodsAndProperties_ReturningOneConstant_AreFollowed()
        => VerifyCodeAsync("""
            using System.Net;
            using System.Security.Cryptography;
            using System.Text;

            public sealed class Sources
            {
                private static string Material => {|#5:"Zq8-Lm3!Rt6@Wx1#Yv4"|};

                public NetworkCredential Local()
                {
                    string data = Source();
                    return new NetworkCredential("orders", {|#0:data|});
                }

                public NetworkCredential Direct() => new NetworkCredential("orders", {|#2:Other.Source()|});

                public HMAC Sign() => new HMACSHA256(Encoding.UTF8.GetBytes({|#4:Material|}));

                public HMAC SignBytes()
                {
                    byte[] bytes = Encoding.UTF8.GetBytes({|#7:"Kp7!Qz2-Wm9x-Lr5t"|});
                    return new HMACSHA256({|#6:bytes|});
                }

                private static string Source()
                {
                    string data;
                    data = {|#1:"Sm7p-Pa55!"|};
                    return data;
                }
            }

            public static class Other
            {
                public static string Source() => {|#3:"Oth3r-Pa55!"|};
            }
            """,
            Code(0, 1, "password"), Code(2, 3, "password"), Code(4, 5, "SigningKey"), Code(6, 7, "SigningKey"));

    [Fact]
    public Task MethodsAndProperties_NotProvablyConstant_AreNotFollowed()
        => VerifyCodeAsync("""
            using System;
            using System.Net;

            public class Sources
            {
                public string Settable { get; set; } = "Set-Pa55!x";

                public NetworkCredential Virtual() => new NetworkCredential("orders", Overridable());

                public NetworkCredential Branches(bool flag) => new NetworkCredential("orders", Either(flag));

                public NetworkCredential Input() => new NetworkCredential("orders", Read());

                public NetworkCredential Auto() => new NetworkCredential("orders", Settable);

                protected virtual string Overridable() => "Vir-Pa55!x";

                private static string Either(bool flag)
                {
                    if (flag)
                    {
                        return "One-Pa55!x";
                    }

                    return "Two-Pa55!x";
                }

                private static string Read() => Console.ReadLine();
            }
            """);

    [Fact]
    public Task StatementOrder_HiddenWritesDoNotCount_OtherPathsDo()
        => VerifyCodeAsync("""
            using System;
            using System.Net;

            public sealed class Ordered
            {
                public NetworkCredential ReassignedAfter()
                {
                    string data = {|#1:"Bf0r3-Pa55!"|};
                    var first = new NetworkCredential("orders", {|#0:data|});
                    data = Console.ReadLine();
                    Console.WriteLine(new NetworkCredential("orders", data).UserName);
                    return first;
                }

                public NetworkCredential HiddenEntry(string data)
                {
                    data = {|#3:"H1dd3n-Pa55!"|};
                    return new NetworkCredential("orders", {|#2:data|});
                }

                public NetworkCredential OverwrittenBefore()
                {
                    string data = "0ld-Pa55!x";
                    data = Console.ReadLine();
                    return new NetworkCredential("orders", data);
                }

                public void InALoop()
                {
                    string data = {|#5:"L00p-Pa55!x"|};
                    for (var i = 0; i < 3; i++)
                    {
                        Console.WriteLine(new NetworkCredential("orders", {|#4:data|}).UserName);
                        data = Console.ReadLine();
                    }
                }

                public NetworkCredential OnOneBranch(bool flag)
                {
                    string data = Console.ReadLine();
                    if (flag)
                    {
                        data = {|#7:"Br4nch-Pa55!"|};
                    }

                    return new NetworkCredential("orders", {|#6:data|});
                }
            }
            """,
            Code(0, 1, "password"), Code(2, 3, "password"), Code(4, 5, "password"), Code(6, 7, "password"));

    [Fact]
    public Task TestMethods_InANonTestProject_AreTestCode()
        => VerifyCodeAsync("""
            using System;
            using System.Net;

            namespace Xunit
            {
                public class FactAttribute : Attribute { }
                public sealed class SkippableFactAttribute : FactAttribute { }
            }

            namespace Microsoft.VisualStudio.TestTools.UnitTesting
            {
                public sealed class TestMethodAttribute : Attribute { }
            }

            public sealed class Fixtures
            {
                [Xunit.Fact]
                public void Fact() => Console.WriteLine(new NetworkCredential("tester", "T3st-Pa55!x").UserName);

                [Xunit.SkippableFact]
                public void Derived()
                {
                    var apiKey = "Zq8-Lm3!Rt6@Wx1#Yv4";
                    Action use = () => Console.WriteLine(new NetworkCredential("tester", "T3st-Pa55!y").UserName + apiKey);
                    use();
                }

                [Microsoft.VisualStudio.TestTools.UnitTesting.TestMethod]
                public void MsTest() => Console.WriteLine(new NetworkCredential("tester", "T3st-Pa55!z").UserName);

                public void NotATest() => Console.WriteLine(new NetworkCredential("tester", {|#0:"Pr0d-Pa55!x"|}).UserName);
            }
            """,
            VerifyCode.Diagnostic(CredentialsInCodeAnalyzer.Rule).WithLocation(0).WithArguments("password"));

    [Fact]
    public Task ArrayElements_ReadAtAConstantIndex_AreFollowed()
        => VerifyCodeAsync("""
            using System;
            using System.Net;

            public sealed class Arrays
            {
                public NetworkCredential Initializer()
                {
                    string[] pair = { "orders", {|#1:"Arr4y-Pa55!"|} };
                    return new NetworkCredential(pair[0], {|#0:pair[1]|});
                }

                public NetworkCredential Passed()
                {
                    string data = {|#3:"P4ss3d-Pa55!"|};
                    string[] values = new string[5];
                    values[2] = data;
                    return Sink(values);
                }

                public NetworkCredential FromInput()
                {
                    string[] values = new string[5];
                    values[2] = Console.ReadLine();
                    values[3] = "N0tR34d-Pa55!";
                    return new NetworkCredential("orders", values[2]);
                }

                public NetworkCredential Replaced(string[] input)
                {
                    string[] values = { "F1rst-Pa55!" };
                    values = input;
                    return new NetworkCredential("orders", values[0]);
                }

                public NetworkCredential Indexed(int i)
                {
                    string[] values = new string[2];
                    values[i] = "Ind3x-Pa55!";
                    return new NetworkCredential("orders", values[1]);
                }

                private static NetworkCredential Sink(string[] values)
                {
                    string data = values[2];
                    return new NetworkCredential("orders", {|#2:data|});
                }
            }
            """,
            Code(0, 1, "password"), Code(2, 3, "password"));

    [Fact]
    public Task NewCredentialParameters_AreCredentialSinks()
        => VerifyCodeAsync("""
            public sealed class Account
            {
                public bool ChangePassword(string oldPassword, string newPassword) => true;

                public string NewPasswordLabel { get; set; }

                public void Rotate(string current)
                {
                    ChangePassword(current, {|#0:"myNewPa55word"|});
                    string next = {|#2:"N3xt-Pa55!x"|};
                    ChangePassword(current, {|#1:next|});
                    NewPasswordLabel = "Choose a new password";
                }
            }
            """,
            VerifyCode.Diagnostic(CredentialsInCodeAnalyzer.Rule).WithLocation(0).WithArguments("Password"),
            Code(1, 2, "Password"));

    [Fact]
    public Task CodeFix_ReplacesTheReadAtTheSink_InAPrivateMethodAndAtAnArrayElement()
        => VerifyFix.VerifyCodeFixAsync("""
            using System.Net;
            using Microsoft.Extensions.Configuration;

            public sealed class Mail
            {
                private readonly IConfiguration _configuration;

                public Mail(IConfiguration configuration) => _configuration = configuration;

                public NetworkCredential Open() => Build({|#1:"Sm7p-Pa55!"|});

                public NetworkCredential Pair()
                {
                    string[] pair = { "orders", {|#3:"Arr4y-Pa55!"|} };
                    return new NetworkCredential(pair[0], {|#2:pair[1]|});
                }

                private NetworkCredential Build(string data) => new NetworkCredential("orders", {|#0:data|});
            }
            """,
            new[]
            {
                VerifyFix.Diagnostic(CredentialsInCodeAnalyzer.Rule).WithLocation(0).WithLocation(1).WithArguments("password"),
                VerifyFix.Diagnostic(CredentialsInCodeAnalyzer.Rule).WithLocation(2).WithLocation(3).WithArguments("password"),
            },
            """
            using System.Net;
            using Microsoft.Extensions.Configuration;

            public sealed class Mail
            {
                private readonly IConfiguration _configuration;

                public Mail(IConfiguration configuration) => _configuration = configuration;

                public NetworkCredential Open() => Build("Sm7p-Pa55!");

                public NetworkCredential Pair()
                {
                    string[] pair = { "orders", "Arr4y-Pa55!" };
                    return new NetworkCredential(pair[0], _configuration["Password"]);
                }

                private NetworkCredential Build(string data) => new NetworkCredential("orders", _configuration["Password"]);
            }
            """,
            OutputKind.DynamicallyLinkedLibrary);

    [Fact]
    public Task ConnectionString_WithAPrivateMethodParameter_IsReported()
    {
        var test = new VerifyStrings.Test
        {
            TestCode = """
                public static class Data
                {
                    public static string Open() => Build("7e5tc4s3");

                    private static string Build(string data)
                        => {|#0:@"Data Source=(local);Initial Catalog=orders;User ID=sa;Password=" + data|};

                    public static string KeyInAVariable()
                    {
                        var passwordPrefix = "Password = ";
                        return {|#1:"Server = db;" + " User = app; " + passwordPrefix + "Xk9-Pa55!x"|};
                    }

                    public static string NameInAVariable(string user)
                    {
                        var database = "orders";
                        return "Server = db;" + database + ";User = " + user;
                    }
                }
                """,
        };
        test.TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        test.ExpectedDiagnostics.Add(VerifyStrings.Diagnostic(CredentialsInStringsAnalyzer.Rule).WithLocation(0).WithArguments("a connection string with a password"));
        test.ExpectedDiagnostics.Add(VerifyStrings.Diagnostic(CredentialsInStringsAnalyzer.Rule).WithLocation(1).WithArguments("a connection string with a password"));
        return test.RunAsync(CancellationToken.None);
    }
}
