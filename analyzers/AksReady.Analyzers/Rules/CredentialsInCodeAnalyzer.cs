using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AksReady.Analyzers.Internal;
using AksReady.Analyzers.Internal.Secrets;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AksReady.Analyzers.Rules;

/// <summary>
/// AKS2001: a string constant flows into something named like a credential (password, secret, token, api key,
/// connection string...): a field, property, local, constant, default parameter value, object/anonymous/dictionary
/// initializer entry, <c>Add("ApiKey", "...")</c> pair, or a credential parameter (<c>new NetworkCredential(user, "...")</c>,
/// <c>new SymmetricSecurityKey(Encoding.UTF8.GetBytes("..."))</c>). Literals that contain a recognizable token are left
/// to AKS2002 so that one literal gets one diagnostic. Also a comparison of something secret-named with a string literal
/// (<c>if (apiKey == "...")</c>, <c>token.Equals("...")</c>): the expected credential is then in the code.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CredentialsInCodeAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property: the configuration key the code fix reads instead (<c>Db:Password</c>).</summary>
    internal const string ConfigurationKeyProperty = "ConfigurationKey";

    internal static readonly DiagnosticDescriptor Rule = new(
        id: DiagnosticIds.CredentialsInCode,
        title: Localizable(nameof(Resources.AKS2001Title)),
        messageFormat: Localizable(nameof(Resources.AKS2001Message)),
        category: DiagnosticCategories.Security,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: Localizable(nameof(Resources.AKS2001Description)),
        helpLinkUri: DiagnosticIds.GetHelpUri(DiagnosticIds.CredentialsInCode));

    private static readonly Action<CompilationStartAnalysisContext> CompilationStartAction = OnCompilationStart;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(CompilationStartAction);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var scope = new SecretsAnalysisScope(context.Compilation, context.Options);
        if (!scope.MayAnalyzeAnything(context.Compilation, context.Options))
        {
            return;
        }

        var analyzerContext = new AnalyzerContext(scope);
        context.RegisterOperationAction(analyzerContext.AnalyzeFieldInitializer, OperationKind.FieldInitializer);
        context.RegisterOperationAction(analyzerContext.AnalyzePropertyInitializer, OperationKind.PropertyInitializer);
        context.RegisterOperationAction(analyzerContext.AnalyzeParameterInitializer, OperationKind.ParameterInitializer);
        context.RegisterOperationAction(analyzerContext.AnalyzeVariableInitializer, OperationKind.VariableInitializer);
        context.RegisterOperationAction(analyzerContext.AnalyzeAssignment, OperationKind.SimpleAssignment);
        // One callback per call, not per argument: arguments are the most frequent operation there is.
        context.RegisterOperationAction(analyzerContext.AnalyzeArguments, OperationKind.Invocation, OperationKind.ObjectCreation);
        context.RegisterOperationAction(analyzerContext.AnalyzeReturn, OperationKind.Return);
        // Comparisons: syntax only until one side is a string literal and the other side's name is secret-like.
        context.RegisterSyntaxNodeAction(analyzerContext.AnalyzeComparison, SyntaxKind.EqualsExpression, SyntaxKind.NotEqualsExpression);
    }

    private static LocalizableResourceString Localizable(string name) => new(name, Resources.ResourceManager, typeof(Resources));

    private sealed class AnalyzerContext
    {
        private readonly SecretsAnalysisScope scope;

        public AnalyzerContext(SecretsAnalysisScope scope)
        {
            this.scope = scope;
        }

        public void AnalyzeFieldInitializer(OperationAnalysisContext context)
        {
            var initializer = (IFieldInitializerOperation)context.Operation;
            if (!initializer.InitializedFields.IsEmpty)
            {
                Check(context, initializer.InitializedFields[0].Name, initializer.Value);
            }
        }

        public void AnalyzePropertyInitializer(OperationAnalysisContext context)
        {
            var initializer = (IPropertyInitializerOperation)context.Operation;
            if (!initializer.InitializedProperties.IsEmpty)
            {
                Check(context, initializer.InitializedProperties[0].Name, initializer.Value);
            }
        }

        public void AnalyzeParameterInitializer(OperationAnalysisContext context)
        {
            var initializer = (IParameterInitializerOperation)context.Operation;
            Check(context, initializer.Parameter.Name, initializer.Value);
        }

        public void AnalyzeVariableInitializer(OperationAnalysisContext context)
        {
            var initializer = (IVariableInitializerOperation)context.Operation;
            if (initializer.Parent is IVariableDeclaratorOperation declarator)
            {
                Check(context, declarator.Symbol.Name, initializer.Value);
            }
        }

        public void AnalyzeAssignment(OperationAnalysisContext context)
        {
            var assignment = (ISimpleAssignmentOperation)context.Operation;

            // Cheapest discriminator first: most assignments do not store a string constant, and of those that do not, only a
            // local or field read goes on (data flow below, after the target's name).
            var isConstant = TryGetConstantString(assignment.Value, out var text, out var literal);
            if (!isConstant && !IsVariableReference(literal))
            {
                // aes.Key = new byte[] { ... }: a byte-array literal, only at a symmetric key property.
                if (literal.Kind is OperationKind.ArrayCreation or OperationKind.ObjectCreation
                    && assignment.Target is IPropertyReferenceOperation { Property: var keyProperty } && IsKeyProperty(keyProperty))
                {
                    CheckKeyBytes(context, "EncryptionKey", literal);
                }

                return;
            }

            // aes.Key = Encoding.UTF8.GetBytes("..."), aes.Key = keyBytes: the symmetric key property is a key sink by its type.
            if (assignment.Target is IPropertyReferenceOperation { Property: { Name: "Key" } symmetricKey } && IsKeyProperty(symmetricKey))
            {
                if (isConstant)
                {
                    CheckConstant(context, "EncryptionKey", text, literal, nameIsSecret: true);
                }
                else
                {
                    CheckVariable(context, "EncryptionKey", literal, nameIsSecret: true);
                }

                return;
            }

            var name = assignment.Target switch
            {
                IPropertyReferenceOperation { Property.IsIndexer: true } indexer => IndexerKey(indexer),
                IPropertyReferenceOperation property => property.Property.Name,
                IFieldReferenceOperation field => field.Field.Name,
                ILocalReferenceOperation local => local.Local.Name,
                IParameterReferenceOperation parameter => parameter.Parameter.Name,
                _ => null,
            };

            if (name is null)
            {
                return;
            }

            if (isConstant)
            {
                CheckConstant(context, name, text, literal, nameIsSecret: false);
            }
            else
            {
                CheckVariable(context, name, literal, nameIsSecret: false);
            }
        }

        public void AnalyzeArguments(OperationAnalysisContext context)
        {
            ImmutableArray<IArgumentOperation> arguments;
            IInvocationOperation? invocation = null;
            if (context.Operation.Kind == OperationKind.Invocation)
            {
                invocation = (IInvocationOperation)context.Operation;
                arguments = invocation.Arguments;

                // token.Equals("..."), "...".Equals(token): a string compared with a secret-named value.
                if (invocation.Instance is { } instance && !arguments.IsEmpty && invocation.TargetMethod.Name == "Equals"
                    && invocation.TargetMethod.ContainingType.SpecialType == SpecialType.System_String)
                {
                    var argument = arguments[0].Value;
                    if (TryGetConstantString(argument, out var expected, out var expectedLiteral) && ComparedName(instance) is { } name)
                    {
                        CheckConstant(context, name, expected, expectedLiteral, nameIsSecret: false);
                    }
                    else if (TryGetConstantString(instance, out expected, out expectedLiteral) && ComparedName(argument) is { } otherName)
                    {
                        CheckConstant(context, otherName, expected, expectedLiteral, nameIsSecret: false);
                    }

                    return;
                }
            }
            else
            {
                arguments = ((IObjectCreationOperation)context.Operation).Arguments;
            }

            for (var i = 0; i < arguments.Length; i++)
            {
                var argument = arguments[i];
                if (argument.Parameter is not { } parameter)
                {
                    continue;
                }

                if (TryGetConstantString(argument.Value, out var text, out var literal))
                {
                    // The method name is only looked at for the rare call that passes a string constant after another argument.
                    var previous = i > 0 && (invocation is null || IsKeyValueSetter(invocation.TargetMethod.Name)) ? arguments[i - 1] : null;
                    AnalyzeArgument(context, parameter, text, literal, previous);
                }
                else if (IsVariableReference(literal))
                {
                    AnalyzeVariableArgument(context, parameter, literal);
                }
                else if (literal.Kind is OperationKind.ArrayCreation or OperationKind.ObjectCreation && IsKeyParameter(parameter))
                {
                    CheckKeyBytes(context, "SigningKey", literal);
                }
            }
        }

        /// <summary>The <c>value</c> parameter of the constructor of IdentityServer's <c>Secret</c> model (Duende or IdentityServer4).</summary>
        private static bool IsIdentityServerSecretValue(IParameterSymbol parameter)
            => parameter.Name == "value"
               && parameter.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.Constructor, ContainingType: { Name: "Secret", ContainingNamespace: { Name: "Models" } models } }
               && models.ContainingNamespace is { Name: "IdentityServer4" } or { Name: "IdentityServer", ContainingNamespace.Name: "Duende" };

        /// <summary>A <c>byte[]</c> or byte span parameter named <c>key</c> or <c>rgbKey</c> (the .NET cryptography APIs' name for key bytes).</summary>
        private static bool IsKeyParameter(IParameterSymbol parameter)
            => parameter.Name is "key" or "rgbKey" && IsByteBuffer(parameter.Type);

        private static bool IsByteBuffer(ITypeSymbol type)
            => type is IArrayTypeSymbol { Rank: 1, ElementType.SpecialType: SpecialType.System_Byte }
                || type is INamedTypeSymbol { Name: "ReadOnlySpan" or "Span", TypeArguments: { Length: 1 } arguments } && arguments[0].SpecialType == SpecialType.System_Byte;

        /// <summary>
        /// The <c>Key</c> property of a symmetric algorithm or keyed hash (<c>aes.Key = ...</c>, <c>new AesManaged { Key = ... }</c>):
        /// a key sink by its type, whatever the receiver is called.
        /// </summary>
        private static bool IsKeyProperty(IPropertySymbol property)
        {
            if (property.Name != "Key" || !IsByteBuffer(property.Type))
            {
                return false;
            }

            for (var type = property.ContainingType; type is not null; type = type.BaseType)
            {
                if (type.Name is "SymmetricAlgorithm" or "KeyedHashAlgorithm"
                    && type.ContainingNamespace is { Name: "Cryptography", ContainingNamespace: { Name: "Security", ContainingNamespace: { Name: "System" } } })
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// A byte-array literal given as a key (<c>new byte[] { 1, 2, 3, 4, 5 }</c>, <c>new ReadOnlySpan&lt;byte&gt;(new byte[] { ... })</c>),
        /// every element a constant: hard-coded key material. At least 5 bytes (40 bits, the smallest key size of the legacy
        /// ciphers); shorter ones are not keys any algorithm accepts.
        /// </summary>
        private void CheckKeyBytes(OperationAnalysisContext context, string name, IOperation value)
        {
            if (value is IObjectCreationOperation { Arguments: { Length: 1 } spanArguments } && IsByteBuffer(value.Type!))
            {
                value = spanArguments[0].Value.WalkDownConversions();
            }

            if (value is not IArrayCreationOperation { Initializer: { } initializer } || initializer.ElementValues.Length < MinKeyBytes)
            {
                return;
            }

            foreach (var element in initializer.ElementValues)
            {
                if (!element.ConstantValue.HasValue)
                {
                    return;
                }
            }

            Report(context, name, value, origin: null);
        }

        private const int MinKeyBytes = 5;

        private void AnalyzeArgument(OperationAnalysisContext context, IParameterSymbol parameter, string text, IOperation literal, IArgumentOperation? previous)
        {
            // new NetworkCredential(user, "..."), Connect(password: "..."), user.ChangePassword(old, "...") (newPassword).
            if (CredentialParameterName(parameter, scope.GetSettings(context.Operation.Syntax.SyntaxTree).AdditionalWords) is { } parameterName)
            {
                CheckConstant(context, parameterName, text, literal, nameIsSecret: false);
                return;
            }

            // new Secret("secret".Sha256()): an IdentityServer client or API secret (Duende.IdentityServer.Models.Secret,
            // IdentityServer4.Models.Secret), whose constructor calls its parameter "value".
            if (IsIdentityServerSecretValue(parameter))
            {
                CheckConstant(context, "ClientSecret", text, literal, nameIsSecret: false);
                return;
            }

            // new SymmetricSecurityKey(Encoding.UTF8.GetBytes("...")), new HMACSHA256(key: bytes), aes.CreateEncryptor(rgbKey, iv):
            // a byte[] (or byte span) named "key" or "rgbKey" is key material.
            if (IsKeyParameter(parameter))
            {
                CheckConstant(context, "SigningKey", text, literal, nameIsSecret: true);
                return;
            }

            // new AuthenticationHeaderValue("Basic", "b3JkZXJz..."): the header's credential, judged as "Authorization: Basic ...".
            if (parameter.Name == "parameter" && previous?.Value.ConstantValue is { HasValue: true, Value: string scheme }
                && parameter.ContainingType is { Name: "AuthenticationHeaderValue", ContainingNamespace.Name: "Headers" })
            {
                CheckConstant(context, "Authorization", scheme + " " + text, literal, nameIsSecret: false);
                return;
            }

            // dictionary.Add("Password", "..."), new KeyValuePair<string, string>("ApiKey", "..."), headers.Add("X-Api-Key", "..."),
            // Environment.SetEnvironmentVariable("DB_PASSWORD", "..."), collection initializer { "Password", "..." }.
            // Constructors (KeyValuePair, Tuple, Claim...) and key/value setters only: Log("Token", "refreshed") is not a pair.
            if (previous?.Value.ConstantValue is { HasValue: true, Value: string key } && IsKeyShaped(key))
            {
                CheckConstant(context, key, text, literal, nameIsSecret: false);
            }
        }

        /// <summary>
        /// <c>string data = "..."; new NetworkCredential("user", data)</c>: a local or field passed to a credential parameter
        /// (a secret-like parameter name, or a <c>byte[] key</c>) whose only stored value is one string constant.
        /// </summary>
        private void AnalyzeVariableArgument(OperationAnalysisContext context, IParameterSymbol parameter, IOperation reference)
        {
            if (IsKeyParameter(parameter))
            {
                CheckVariable(context, "SigningKey", reference, nameIsSecret: true);
            }
            else if (CredentialParameterName(parameter, scope.GetSettings(context.Operation.Syntax.SyntaxTree).AdditionalWords) is { } parameterName)
            {
                CheckVariable(context, parameterName, reference, nameIsSecret: false);
            }
        }

        /// <summary>
        /// The name a parameter's argument is judged under: its own when secret-like; for <c>newPassword</c>, <c>newSecret</c>
        /// the rest of it (<c>Password</c>). "new" rules out a name elsewhere (<c>NewPasswordLabel</c>, <c>GenerateNewToken</c>),
        /// but a parameter named that way receives the credential a call sets: <c>user.ChangePassword(old, "...")</c>.
        /// </summary>
        private static string? CredentialParameterName(IParameterSymbol parameter, string[]? additionalWords)
        {
            var name = parameter.Name;
            if (SecretNames.IsSecretLike(name, additionalWords))
            {
                return name;
            }

            if (name.Length > 3 && name.StartsWith("new", StringComparison.Ordinal) && char.IsUpper(name[3]) && SecretNames.MayBeSecretName(name, additionalWords))
            {
                var rest = name.Substring(3);
                return SecretNames.IsSecretLike(rest, additionalWords) ? rest : null;
            }

            return null;
        }

        public void AnalyzeComparison(SyntaxNodeAnalysisContext context)
        {
            var comparison = (BinaryExpressionSyntax)context.Node;
            var (literal, other) = comparison.Right is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } right
                ? (right, comparison.Left)
                : comparison.Left is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } left ? (left, comparison.Right) : (null, null);
            if (literal is null || other is null)
            {
                return;
            }

            var name = other switch
            {
                IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
                InvocationExpressionSyntax { Expression: IdentifierNameSyntax method } => method.Identifier.ValueText,
                InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax method } => method.Name.Identifier.ValueText,
                _ => null,
            };
            var text = literal.Token.ValueText;
            var settings = scope.GetSettings(context.Node.SyntaxTree);
            if (name is null || !settings.Analyze || !SecretNames.IsSecretLike(name, settings.AdditionalWords, out var words)
                || !SecretValues.IsLikelySecretValue(text, words, settings.ReportWeakValues) || SecretDetector.TryFind(text, out _))
            {
                return;
            }

            if (TestCodeDetector.SkipAsTestCode(context.ContainingSymbol, context.Node.SyntaxTree, context.Options))
            {
                return;
            }

            var properties = ImmutableDictionary<string, string?>.Empty.Add(ConfigurationKeyProperty, SecretNames.ToConfigurationKey(name));
            context.ReportDiagnostic(Diagnostic.Create(Rule, literal.GetLocation(), properties, name));
        }

        /// <summary>The name of the value a string is compared with: a local, parameter, field, property, or a method's result.</summary>
        private static string? ComparedName(IOperation value)
        {
            while (value.Kind == OperationKind.Conversion)
            {
                value = ((IConversionOperation)value).Operand;
            }

            return value switch
            {
                ILocalReferenceOperation local => local.Local.Name,
                IParameterReferenceOperation parameter => parameter.Parameter.Name,
                IFieldReferenceOperation field => field.Field.Name,
                IPropertyReferenceOperation { Property.IsIndexer: false } property => property.Property.Name,
                IInvocationOperation invocation => invocation.TargetMethod.Name,
                _ => null,
            };
        }

        public void AnalyzeReturn(OperationAnalysisContext context)
        {
            // string Password => "...";   string ApiKey { get { return "..."; } }
            if (context.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.PropertyGet, AssociatedSymbol: { } property }
                && ((IReturnOperation)context.Operation).ReturnedValue is { } value)
            {
                Check(context, property.Name, value);
            }
        }

        private static string? IndexerKey(IPropertyReferenceOperation indexer)
        {
            if (indexer.Arguments.Length == 1 && indexer.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string key } && IsKeyShaped(key))
            {
                return key;
            }

            return null;
        }

        private static bool IsKeyValueSetter(string methodName)
            => methodName is "Add" or "TryAdd" or "AddOrUpdate" or "Append" or "Insert" or "Set" or "SetValue" or "Put"
                or "SetEnvironmentVariable" or "TryAddWithoutValidation" or "Create" or "With" or "AddInMemoryCollection"
                || IsLookupWithDefault(methodName);

        /// <summary>
        /// A lookup with a fallback (<c>GetValue("ApiToken", "...")</c>, <c>GetEnvOrDefault("api_token", "...")</c>,
        /// <c>GetValueOrDefault</c>): the fallback is the value the service runs with whenever the setting is missing, so it
        /// is judged under the key it stands in for.
        /// </summary>
        private static bool IsLookupWithDefault(string methodName)
            => methodName is "GetValue" or "GetSetting" or "GetEnv" or "GetConfig" or "GetConfigValue"
               || methodName.EndsWith("OrDefault", StringComparison.Ordinal);

        private static bool IsKeyShaped(string key)
        {
            if (key.Length is 0 or > 128)
            {
                return false;
            }

            foreach (var c in key)
            {
                if (!(char.IsLetterOrDigit(c) || c is '_' or '-' or ':' or '.'))
                {
                    return false;
                }
            }

            return true;
        }

        private void Check(OperationAnalysisContext context, string name, IOperation value)
        {
            // Cheapest checks first: the declared name (a scan of a short string, no operation is touched; most names have no
            // secret word), then a string constant, then the rest.
            if (!SecretNames.MayBeSecretName(name, scope.GetSettings(context.Operation.Syntax.SyntaxTree).AdditionalWords) && !SecretNames.EndsWithAuth(name))
            {
                // A provider's name with a value of that provider's shape (TwitterConsumerKey = "<25 letters and digits>").
                if (TryGetConstantString(value, out var vendorText, out var vendorLiteral) && VendorValueShape.MayBeVendorValue(vendorText))
                {
                    CheckConstant(context, name, vendorText, vendorLiteral, nameIsSecret: false);
                }

                return;
            }

            if (TryGetConstantString(value, out var text, out var literal))
            {
                CheckConstant(context, name, text, literal, nameIsSecret: false);
            }
            else if (IsVariableReference(literal))
            {
                CheckVariable(context, name, literal, nameIsSecret: false);
            }
            else
            {
                // string[] Passwords = { "..." }, new List<string> { "..." }, ApiKeys = ["..."]: each string element is a value
                // stored under the collection's name.
                var index = 0;
                foreach (var element in StringElements(literal))
                {
                    if (TryGetConstantString(element, out var elementText, out var elementLiteral))
                    {
                        CheckConstant(context, name, elementText, elementLiteral, nameIsSecret: false, elementIndex: index);
                    }

                    index++;
                }
            }
        }

        /// <summary>
        /// The elements of an array creation (<c>{ "a", "b" }</c>, <c>new[] { ... }</c>), a collection initializer
        /// (<c>new List&lt;string&gt; { ... }</c>: each <c>Add</c> call's single argument) or a collection expression
        /// (<c>[ ... ]</c>); empty for anything else. Only collections of strings: byte and char arrays are keys and text.
        /// </summary>
        private static IEnumerable<IOperation> StringElements(IOperation value)
        {
            while (value is IConversionOperation conversion)
            {
                value = conversion.Operand;
            }

            switch (value)
            {
                case IArrayCreationOperation { Initializer: { } initializer, Type: IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_String } }:
                    return initializer.ElementValues;
                case IObjectCreationOperation { Initializer: IObjectOrCollectionInitializerOperation collection }:
                    return collection.Initializers
                        .OfType<IInvocationOperation>()
                        .Where(add => add.Arguments.Length == 1 && add.Arguments[0].Value.Type?.SpecialType == SpecialType.System_String)
                        .Select(add => add.Arguments[0].Value);
                default:
                    // A collection expression has no operation kind in the Roslyn 4.8 API the analyzer is built on (newer
                    // compilers give it one): recognized by its syntax, its elements are its child operations.
                    return value.Syntax.GetType().Name == "CollectionExpressionSyntax" ? value.ChildOperations : Enumerable.Empty<IOperation>();
            }
        }

        /// <summary>A local, field, parameter, parameterless call or property read: something data flow may resolve to one constant.</summary>
        private static bool IsVariableReference(IOperation operation) => ConstantValueFlow.IsFollowable(operation);

        /// <summary>
        /// A credential sink (secret-like name or key parameter) fed by a local or field whose only stored value is one string
        /// constant: reported at the sink (the read of the variable, which the code fix replaces), with the constant as an
        /// additional location. Skipped when the variable's own name already gets the constant reported where it is stored
        /// (one literal, one diagnostic); a value not secret-like under the variable's name (<c>secretVariable = "literalValue"</c>,
        /// an identifier-shaped secret) is still judged under the sink's name (a password parameter accepts chosen words).
        /// </summary>
        private void CheckVariable(OperationAnalysisContext context, string name, IOperation reference, bool nameIsSecret)
        {
            var settings = scope.GetSettings(context.Operation.Syntax.SyntaxTree);
            if (!settings.Analyze || (!nameIsSecret && !SecretNames.MayBeSecretName(name, settings.AdditionalWords) && !SecretNames.EndsWithAuth(name)))
            {
                return;
            }

            if (!ConstantValueFlow.TryGetSingleConstant(reference, context.CancellationToken, out var text, out var origin))
            {
                return;
            }

            // A byte-array literal reached a key sink through a variable: judged as key bytes, not as text.
            if (ConstantValueFlow.IsByteArrayLiteral(origin, out var byteCount))
            {
                if (nameIsSecret && byteCount >= MinKeyBytes)
                {
                    Report(context, name, reference, origin);
                }

                return;
            }

            // Already reported where the constant is stored, under the variable's own name: one literal, one diagnostic
            // (a method's return is not reported where it is returned, so a method name never counts).
            var variableName = reference.Kind == OperationKind.Invocation ? null : ConstantValueFlow.ReferencedName(reference);
            if (variableName is not null && SecretNames.IsSecretLike(variableName, settings.AdditionalWords, out var variableWords)
                ? SecretValues.IsLikelySecretValue(text, variableWords, settings.ReportWeakValues)
                : variableName is not null && SecretNames.EndsWithAuth(variableName) && SecretValues.LooksGenerated(text))
            {
                return;
            }

            CheckConstant(context, name, text, reference, nameIsSecret, origin);
        }

        // elementIndex: the position of the value in a collection stored under the name (its configuration key gets it as the
        // last segment, ApiKeys:1, as configuration binds arrays); -1 otherwise.
        private void CheckConstant(OperationAnalysisContext context, string name, string text, IOperation literal, bool nameIsSecret, SyntaxNode? origin = null, int elementIndex = -1)
        {
            var settings = scope.GetSettings(context.Operation.Syntax.SyntaxTree);
            if (!settings.Analyze)
            {
                return;
            }

            string[]? words = null;
            if (!nameIsSecret && !SecretNames.IsSecretLike(name, settings.AdditionalWords, out words))
            {
                // "auth", "proxyAuth": too common a word to make a name secret-like, but a generated-looking value under it is one;
                // so is "Basic ..."/"Bearer ..." under "Authorization" (headers.Add("Authorization", "Bearer ...")), an
                // issued-looking key under a plain "...Key" name (VisionKey, topicKey), and a provider's shape under its name.
                if (!SecretValues.IsCredentialUnderName(name, text, nameIsSecretLike: false, null, settings.ReportWeakValues)
                    && !VendorValueShape.TryMatch(name, text, out _))
                {
                    return;
                }
            }
            else if (nameIsSecret ? !IsKeyMaterial(text) || IsInvalidBase64Argument(literal, text) : !SecretValues.IsLikelySecretValue(text, words, settings.ReportWeakValues))
            {
                return;
            }

            // A recognizable token or a connection string with a password is AKS2002's: one literal, one diagnostic.
            if (SecretDetector.TryFind(text, out _))
            {
                return;
            }

            Report(context, name, literal, origin, elementIndex);
        }

        /// <summary>
        /// Text given to a key sink (a <c>key</c>/<c>rgbKey</c> parameter, a symmetric algorithm's <c>Key</c>) becomes key bytes
        /// whatever it looks like: the API, not the name, says it is key material. Only placeholders, published values and text
        /// shorter than 5 characters are not.
        /// </summary>
        private static bool IsInvalidBase64Argument(IOperation literal, string text)
            => literal.Parent is IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: "FromBase64String" } } && !ConstantValueFlow.IsBase64(text);

        private static bool IsKeyMaterial(string text)
            => text.Length >= MinKeyBytes && !SecretValues.IsPlaceholder(text) && !SecretValues.IsKnownPublicValue(text);

        private void Report(OperationAnalysisContext context, string name, IOperation at, SyntaxNode? origin, int elementIndex = -1)
        {
            // Test methods in a non-test project are test code (fixture users and passwords), like a test project.
            if (!scope.GetSettings(context.Operation.Syntax.SyntaxTree).Analyze
                || TestCodeDetector.SkipAsTestCode(context.ContainingSymbol, context.Operation.Syntax.SyntaxTree, context.Options))
            {
                return;
            }

            var key = SecretNames.ToConfigurationKey(name);
            var properties = ImmutableDictionary<string, string?>.Empty.Add(
                ConfigurationKeyProperty, elementIndex < 0 ? key : key + ":" + elementIndex.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var location = at.Syntax.GetLocation();
            context.ReportDiagnostic(origin is null
                ? Diagnostic.Create(Rule, location, properties, name)
                : Diagnostic.Create(Rule, location, new[] { origin.GetLocation() }, properties, name));
        }

        /// <summary>A <c>char[]</c> written out element by element with character constants (at least 4): the string they spell.</summary>
        private static bool TryGetCharArrayConstant(IArrayCreationOperation creation, out string text)
        {
            text = string.Empty;
            if (creation.Initializer is not { ElementValues: { Length: >= 4 } elements }
                || creation.Type is not IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Char })
            {
                return false;
            }

            var chars = new char[elements.Length];
            for (var i = 0; i < elements.Length; i++)
            {
                var element = elements[i];
                while (element is IConversionOperation conversion)
                {
                    element = conversion.Operand;
                }

                if (element.ConstantValue is not { HasValue: true, Value: char c })
                {
                    return false;
                }

                chars[i] = c;
            }

            text = new string(chars);
            return true;
        }

        /// <summary>
        /// The string constant behind <paramref name="value"/>: a literal, a constant, a constant concatenation, or the argument of
        /// <c>Encoding.GetBytes("...")</c> / <c>Convert.FromBase64String("...")</c> / <c>"...".ToCharArray()</c> / <c>x ?? "..."</c>.
        /// </summary>
        private static bool TryGetConstantString(IOperation value, out string text, out IOperation literal)
        {
            // Switches on Kind (one virtual call) rather than on interface types: this runs for every argument of every call.
            var current = value;
            for (var depth = 0; depth < 4; depth++)
            {
                while (true)
                {
                    var kind = current.Kind;
                    if (kind == OperationKind.Conversion)
                    {
                        current = ((IConversionOperation)current).Operand;
                    }
                    else if (kind == OperationKind.Parenthesized)
                    {
                        current = ((IParenthesizedOperation)current).Operand;
                    }
                    else
                    {
                        break;
                    }
                }

                if (current.TryGetStringConstant(out var constant))
                {
                    text = constant;
                    literal = current;
                    return true;
                }

                switch (current.Kind)
                {
                    case OperationKind.Invocation:
                        var invocation = (IInvocationOperation)current;
                        var arguments = invocation.Arguments;
                        var method = invocation.TargetMethod.Name;
                        // "secret".Sha256(): IdentityServer's hash extensions hash the literal at run time; it is still hard-coded.
                        if (arguments.Length == 1 && method is "GetBytes" or "FromBase64String" or "FromHexString" or "Sha256" or "Sha512")
                        {
                            current = arguments[0].Value;
                            continue;
                        }

                        if (arguments.IsEmpty && invocation.Instance is { } instance && method == "ToCharArray")
                        {
                            current = instance;
                            continue;
                        }

                        break;
                    case OperationKind.Coalesce:
                        current = ((ICoalesceOperation)current).WhenNull;
                        continue;
                    case OperationKind.ArrayCreation when TryGetCharArrayConstant((IArrayCreationOperation)current, out var chars):
                        // char[] passphrase = { 's', 'e', 'c', 'r', 'e', 't', '3' }: the same credential spelled as characters.
                        text = chars;
                        literal = current;
                        return true;
                }

                break;
            }

            // Not a constant: the innermost value (after conversions, GetBytes/FromBase64String/ToCharArray, ??) for the caller.
            text = string.Empty;
            literal = current;
            return false;
        }
    }
}
