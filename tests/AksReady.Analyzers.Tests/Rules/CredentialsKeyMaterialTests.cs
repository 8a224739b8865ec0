using AksReady.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VerifyCode = AksReady.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<AksReady.Analyzers.Rules.CredentialsInCodeAnalyzer>;

namespace AksReady.Analyzers.Tests.Rules;

/// <summary>
/// AKS2001 at symmetric key sinks (<c>key</c>/<c>rgbKey</c> byte parameters, <c>SymmetricAlgorithm.Key</c>,
/// <c>KeyedHashAlgorithm.Key</c>): byte-array literals and any non-placeholder text of at least 5 characters are key
/// material, whatever they look like.
/// </summary>
public sealed class CredentialsKeyMaterialTests
{
    private static DiagnosticResult At(int location, string name)
        => VerifyCode.Diagnostic(CredentialsInCodeAnalyzer.Rule).WithLocation(location).WithArguments(name);

    private static DiagnosticResult Flow(int sink, int constant, string name)
        => VerifyCode.Diagnostic(CredentialsInCodeAnalyzer.Rule).WithLocation(sink).WithLocation(constant).WithArguments(name);

    private static Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new VerifyCode.Test { TestCode = source };
        test.TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public Task ByteArrayLiterals_AtKeySinks_AreReported()
        => VerifyAsync("""
            using System;
            using System.Security.Cryptography;

            public sealed class Ciphers
            {
                private static readonly byte[] s_key = {|#7:{ 9, 8, 7, 6, 5, 4, 3, 2 }|};

                public void Property(Aes aes) => aes.Key = {|#0:new byte[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }|};

                public Aes Initializer() => new AesManaged { Key = {|#1:new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 }|} };

                public ICryptoTransform Encryptor(SymmetricAlgorithm algorithm, byte[] iv)
                    => algorithm.CreateEncryptor({|#2:new byte[] { 1, 2, 3, 4, 5 }|}, iv);

                public ICryptoTransform Local(SymmetricAlgorithm algorithm, byte[] iv)
                {
                    byte[] rgbKey = {|#4:new byte[] { 1, 2, 3, 4, 5 }|};
                    return algorithm.CreateDecryptor({|#3:rgbKey|}, iv);
                }

                public HMAC Field() => new HMACSHA256({|#6:s_key|});

                public void Short(SymmetricAlgorithm algorithm, byte[] iv, byte[] input)
                {
                    algorithm.CreateEncryptor(new byte[] { 1, 2, 3 }, iv);
                    algorithm.CreateEncryptor(new byte[] { 1, 2, 3, 4, input[0] }, iv);
                    algorithm.Key = input;
                    var buffer = new byte[] { 1, 2, 3, 4, 5, 6 };
                    Console.WriteLine(buffer.Length);
                }
            }
            """,
            At(0, "EncryptionKey"), At(1, "EncryptionKey"), At(2, "SigningKey"), Flow(3, 4, "SigningKey"), Flow(6, 7, "SigningKey"));

    [Fact]
    public Task Text_AtKeySinks_IsKeyMaterial()
        => VerifyAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;

            public sealed class Ciphers
            {
                private const string Word = "Kangaroo";

                public void Words(SymmetricAlgorithm algorithm, byte[] iv)
                {
                    algorithm.CreateEncryptor(Encoding.UTF8.GetBytes({|#0:"Hello, world: a very bad key"|}), iv);
                    algorithm.Key = Encoding.ASCII.GetBytes({|#1:Word|});
                    algorithm.Key = Encoding.ASCII.GetBytes({|#4:"Secret"|});
                    var key = {|#3:"SecretSecretSecretSecret"|};
                    Console.WriteLine(new HMACSHA256(Encoding.UTF8.GetBytes({|#2:key|})).HashSize);
                }

                public void NotKeys(SymmetricAlgorithm algorithm, byte[] iv, string input)
                {
                    algorithm.CreateEncryptor(Encoding.UTF8.GetBytes("AAAA"), iv);
                    algorithm.CreateEncryptor(Encoding.UTF8.GetBytes("<your-key-here>"), iv);
                    algorithm.CreateEncryptor(Encoding.UTF8.GetBytes(input), iv);
                    algorithm.Key = Convert.FromBase64String(Environment.GetEnvironmentVariable("KEY") ?? "");
                    algorithm.Key = Convert.FromBase64String("AAAAbbbbCCCCddddE");
                    var notBase64 = "AAAAbbbbCCCCddddE";
                    algorithm.Key = Convert.FromBase64String(notBase64);
                }
            }
            """,
            At(0, "SigningKey"), At(1, "EncryptionKey"), Flow(2, 3, "SigningKey"), At(4, "EncryptionKey"));
}
