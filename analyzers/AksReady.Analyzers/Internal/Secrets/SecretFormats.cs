namespace AksReady.Analyzers.Internal.Secrets;

/// <summary>
/// The data-driven table of credential formats shared by AKS2002 (strings in code) and AKS2003 (configuration files).
/// Each row: name, description (used in messages), regular expression (group <c>secret</c> = the part that is checked
/// for placeholders and entropy), minimum Shannon entropy in bits per character, and cheap anchors tried before the
/// expression. Loose shapes (bare base64/base32) need a context anchor or a high entropy floor.
/// Shapes come from the providers' public documentation; keep rows sorted by family.
/// </summary>
internal static class SecretFormats
{
    private const string NotTokenChar = "(?![A-Za-z0-9_-])";

    // Token alphabets for anchorFollowedBy: the anchor only counts when the characters the expression requires right after
    // it are there (SK + 32 lower-case hex digits), so base64 blobs and words containing "SK" or "AC" never build an expression.
    private const string LowerHex = "0123456789abcdef";
    private const string Letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private const string AlphaNumeric = Letters + "0123456789";
    private const string LowerAlphaNumeric = "abcdefghijklmnopqrstuvwxyz0123456789";
    private const string TokenChars = AlphaNumeric + "_-";
    private const string Base32Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    /// <summary>A credential word inside a name (the anchors of the rows judged by a name written in the text).</summary>
    private const string NameCredentialWord = "(?i:pass|pw|token|secret|key|cred)";

    private static readonly string[] CredentialWordAnchors = { "pass", "pw", "token", "secret", "key", "cred" };

    /// <summary>The schemes <see cref="HttpAuthorizationHeader"/> accepts (compared ignoring case).</summary>
    public static readonly string[] AuthorizationSchemes =
    {
        "Basic", "Bearer", "Token", "Key", "ApiKey", "Api-Key", "SSWS", "Splunk", "GenieKey", "Bot", "sso-key", "DeepL-Auth-Key",
        "Klaviyo-API-Key", "Zoho-oauthtoken",
    };

    /// <summary>
    /// An Authorization header written out with its credentials (Basic user:password in base64, a Bearer token), including
    /// the providers' own schemes (Okta <c>SSWS</c>, Splunk HEC <c>Splunk</c>, Opsgenie <c>GenieKey</c>, Discord <c>Bot</c>,
    /// GoDaddy <c>sso-key</c>, DeepL, Klaviyo, Zoho).
    /// </summary>
    public static readonly SecretFormat HttpAuthorizationHeader = new("HttpAuthorizationHeader", "an HTTP Authorization header with credentials",
        @"(?i)\bAuthorization[""']?\s*[:=]\s*[""']?(?:" + string.Join("|", AuthorizationSchemes) + @")\s+(?<secret>[A-Za-z0-9._~+/-]{8,}={0,2})(?![A-Za-z0-9._~+/=-])", 3.0, new[] { "Authorization" }, ignoreCaseAnchors: true, minLength: 20);

    public static readonly SecretFormat[] All =
    {
        // ---- Connection strings (key=value;...) -------------------------------------------------------------
        new("ConnectionStringPassword", "a connection string with a password",
            @"(?i)(?:^|[;,])\s*(?:password|pwd)\s*=\s*(?<secret>""[^""]*""|'[^']*'|[^;,\r\n]*)", 0, new[] { "password", "pwd" }, ignoreCaseAnchors: true, minLength: 6, finder: SecretFinders.ConnectionStringPassword),
        new("AzureStorageAccountKey", "an Azure Storage or Cosmos DB account key",
            @"(?i)(?:^|;)\s*AccountKey\s*=\s*(?<secret>[A-Za-z0-9+/=]{20,})", 3.5, new[] { "AccountKey" }, ignoreCaseAnchors: true),
        new("AzureSharedAccessKey", "an Azure Service Bus or Event Hubs shared access key",
            @"(?i)(?:^|;)\s*SharedAccessKey\s*=\s*(?<secret>[A-Za-z0-9+/=]{20,})", 3.5, new[] { "SharedAccessKey" }, ignoreCaseAnchors: true),
        new("AzureSharedAccessSignature", "an Azure shared access signature",
            @"(?i)(?:^|;)\s*SharedAccessSignature\s*=\s*(?<secret>[^;\r\n]{20,})", 3.0, new[] { "SharedAccessSignature" }, ignoreCaseAnchors: true),
        // Azure SignalR Service, Web PubSub, Communication Services: Endpoint=...;AccessKey=...
        new("AzureAccessKey", "an Azure SignalR, Web PubSub or Communication Services access key",
            @"(?i)(?:^|;)\s*AccessKey\s*=\s*(?<secret>[A-Za-z0-9+/=]{20,})", 3.5, new[] { "AccessKey" }, ignoreCaseAnchors: true),
        new("AzureAppConfigurationSecret", "an Azure App Configuration access key",
            @"(?i)Endpoint\s*=\s*https://[^;]+;\s*Id\s*=\s*[^;]+;\s*Secret\s*=\s*(?<secret>[A-Za-z0-9+/=]{20,})", 3.5, new[] { "Secret" }, ignoreCaseAnchors: true),

        // A command line or shell line setting a secret-named environment variable (docker run -e DB_PASSWORD=...,
        // "PGPASSWORD=... psql"): upper-case names by convention, so the anchors are case-sensitive. Not PWD (the shell's
        // working directory).
        new("EnvironmentVariableSecret", "a secret-named environment variable set to a value",
            @"(?<![A-Za-z0-9_$])[A-Z0-9_]*(?:PASSWORD|PASSWD|SECRET|TOKEN|API_KEY|APIKEY|ACCESS_KEY)=(?<secret>""[^""\r\n]{4,}""|'[^'\r\n]{4,}'|[^\s""';&|`]{4,})", 0,
            new[] { "PASSWORD=", "PASSWD=", "SECRET=", "TOKEN=", "API_KEY=", "APIKEY=", "ACCESS_KEY=" }, minLength: 8),

        // npm's .npmrc registry credentials: //registry.npmjs.org/:_authToken=..., _auth (base64 of user:password), _password.
        new("NpmrcAuth", "an npm registry credential (.npmrc)",
            @"(?:^|[\s""':])_(?:authToken|auth|password)\s*=\s*(?<secret>[A-Za-z0-9+/=._~-]{16,})", 3.0, new[] { "_auth", "_password" }, minLength: 20),
        // A .netrc entry (curl, git, pip): machine <host> login <user> password <password>.
        new("NetrcCredentials", "a .netrc login and password",
            @"\bmachine\s+[^\s""']+\s+login\s+[^\s""']+\s+password\s+(?<secret>[^\s""']{4,200})", 0, new[] { "machine" }, minLength: 30),

        // ---- HTTP -----------------------------------------------------------------------------------------------
        HttpAuthorizationHeader,

        // ---- URIs with user information ----------------------------------------------------------------------
        // RFC 3986 user information has no '<' or '>': "http://site<br>Email:info@example.com" is HTML, not user:password@.
        // The user may be empty (redis://:password@host, the form Redis and some FTP clients use).
        new("UriCredentials", "a URI with a user name and password",
            @"(?i)\b[a-z][a-z0-9+.-]{1,20}://[^:/?#@\s""'<>]{0,100}:(?<secret>[^@/?#\s""'<>]{1,200})@[^\s""'/@<>]", 0, new[] { "@" }),

        // ---- Credential pairs written as text ----------------------------------------------------------------
        // A user label and a password label, each with a value, in one text (notes, seed data, command lines):
        // "ID:master PW:...", "username=app,password=...", "--user=app --password=...", "password:... username:app".
        // Both labels are required: a password label alone is how UI text and log templates speak about passwords.
        new("CredentialPair", "a user name and password written together",
            @"(?i)(?:user(?:[ _-]?(?:name|id))?|login(?:[ _-]?as)?|id|account)\s*[:=]\s*[^\s,;/:=]{1,64}[\s,;/]+-{0,2}[a-z_ ]{0,12}?(?:password|passwd|pwd|pass|pw)\s*[:=]\s*(?<secret>[^\s,;'""<>]{4,64})"
            + @"|(?:password|passwd|pwd|pass|pw)\s*[:=]\s*(?<secret>[^\s,;'""<>]{4,64})[\s,;/]+-{0,2}[a-z_]{0,12}?(?:user(?:[ _-]?name)?|login|account)\s*[:=]\s*[^\s,;/:=]{1,64}",
            0, new[] { "pass", "pw" }, ignoreCaseAnchors: true, minLength: 12),

        // ---- Azure --------------------------------------------------------------------------------------------
        // Storage and Service Bus SAS use base64 (URL-encoded); Logic Apps' trigger URLs (sp=...&sv=1.0&sig=...) base64url.
        new("AzureSasSignature", "an Azure SAS token signature",
            @"(?:[?&;]|^)sig=(?<secret>[A-Za-z0-9%+/_-]{30,}(?:%3D|%3d|=){0,2})", 3.5, new[] { "sig=" }),
        // A function URL with its key: https://app.azurewebsites.net/api/orders?code=... (function or host key).
        new("AzureFunctionKey", "an Azure Functions access key",
            @"(?i)\.azurewebsites\.net(?::\d+)?/api/[^\s""'?]*\?(?:[^\s""'#]*&)?code=(?<secret>[A-Za-z0-9_/+-]{30,}(?:%3D|=){0,2})", 3.5, new[] { "code=" }),
        // Azure AI services (Cognitive Services) and API Management keys: 32 hex digits after subscription-key.
        new("AzureSubscriptionKey", "an Azure AI services or API Management subscription key",
            @"(?i)(?:[?&]subscription-key=|Ocp-Apim-Subscription-Key[""']?\s*[:=,]\s*[""']?)(?<secret>[0-9a-f]{32})(?![0-9a-f])", 3.0, new[] { "subscription-key" }, ignoreCaseAnchors: true),
        // Event Grid: Authorization: SharedAccessSignature r=<resource>&e=<expiry>&s=<signature>.
        new("AzureEventGridSas", "an Azure Event Grid shared access signature",
            @"SharedAccessSignature\s+r=[^&\s""']+&e=[^&\s""']+&s=(?<secret>[A-Za-z0-9%+/=_-]{30,})", 3.5, new[] { "SharedAccessSignature r=" }),
        // Bot Framework Direct Line / Web Chat secrets: "BotConnector <secret>" headers and webchat embed URLs (?s=<secret>).
        new("AzureBotFrameworkSecret", "an Azure Bot Service Direct Line or Web Chat secret",
            @"(?:BotConnector\s+|botframework\.com/embed/[^?\s""']+\?(?:[^\s""'#]*&)?s=)(?<secret>[A-Za-z0-9_-]{11}\.[A-Za-z0-9_-]{30,})", 3.5, new[] { "BotConnector", "botframework.com/embed/" }),
        // App Service publish profiles (.PublishSettings): userPWD="<60 alphanumerics>".
        new("AzurePublishProfilePassword", "an Azure App Service publish profile password",
            @"userPWD\s*=\s*[""'\\]*(?<secret>[A-Za-z0-9]{40,})", 3.5, new[] { "userPWD" }),
        // A bare 88-character base64 value is also every SHA-512 digest, HMAC-SHA512 output or 64-byte random test vector:
        // it is only an account key next to a key-ish name in the same text (AccountKey=, storage_key:, "PrimaryKey": ...).
        // Bare values under a secret-like name are found by AKS2001 (C#) and AKS2003 (configuration). See docs/rules/AKS2002.md.
        new("AzureStorageKeyBase64", "an Azure account key (88-character base64)",
            @"(?i:account|storage|primary|secondary|master|shared|access|cosmos(?:db)?|blob)[ _.-]?(?i:key)[A-Za-z0-9_.-]{0,20}[""']?(?:\s*[:=]\s*|\s+)[""']?(?<secret>[A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])", 4.5, new[] { "key" }, ignoreCaseAnchors: true, minLength: 92),
        new("AzureAdClientSecret", "a Microsoft Entra ID client secret",
            @"(?<![A-Za-z0-9_~.-])(?<secret>[A-Za-z0-9_~.-]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])", 3.5, new[] { "Q~" }),
        new("AzureDevOpsPat", "an Azure DevOps personal access token",
            @"(?<![A-Za-z0-9])(?<secret>[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4})(?![A-Za-z0-9])", 3.5, new[] { "AZDO" }, minLength: 84),
        new("AzureDevOpsPatLegacy", "an Azure DevOps personal access token",
            @"(?i:pat|personal.?access.?token|devops|accesstoken)[A-Za-z0-9_.:-]{0,20}[""']?\s*[:=]\s*[""']?(?<secret>[a-z2-7]{52})(?![A-Za-z0-9])", 3.8, new[] { "pat", "devops", "accesstoken" }, ignoreCaseAnchors: true, minLength: 52),

        // ---- AWS -----------------------------------------------------------------------------------------------
        new("AwsAccessKeyId", "an AWS access key ID",
            @"(?<![A-Z0-9])(?<secret>(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})(?![A-Z0-9])", 3.0, new[] { "AKIA", "ASIA", "ABIA", "ACCA" }, minLength: 20, anchorFollowedBy: Base32Upper, followCount: 16),
        new("AwsSecretAccessKey", "an AWS secret access key",
            @"(?i:aws)[A-Za-z0-9_. -]{0,30}(?i:secret)[A-Za-z0-9_. -]{0,20}[""']?\s*[:=]\s*[""']?(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])", 4.0, new[] { "aws" }, ignoreCaseAnchors: true, minLength: 40),

        // ---- Source control and package registries ----------------------------------------------------------
        new("GitHubToken", "a GitHub token",
            @"\b(?<secret>gh[pousr]_[A-Za-z0-9]{36,251})\b", 3.5, new[] { "ghp_", "gho_", "ghu_", "ghs_", "ghr_" }, anchorFollowedBy: AlphaNumeric, followCount: 36, anchorStartsWord: true),
        new("GitHubFineGrainedPat", "a GitHub fine-grained personal access token",
            @"\b(?<secret>github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})\b", 3.5, new[] { "github_pat_" }, anchorStartsWord: true),
        new("GitLabPat", "a GitLab personal access token",
            @"\b(?<secret>glpat-[A-Za-z0-9_-]{20,})" + NotTokenChar, 3.0, new[] { "glpat-" }, anchorFollowedBy: TokenChars, followCount: 20, anchorStartsWord: true),
        new("NpmToken", "an npm access token",
            @"\b(?<secret>npm_[A-Za-z0-9]{36})\b", 3.5, new[] { "npm_" }, anchorFollowedBy: AlphaNumeric, followCount: 36, anchorStartsWord: true),
        new("NuGetApiKey", "a NuGet API key",
            @"\b(?<secret>oy2[a-z0-9]{43})\b", 3.5, new[] { "oy2" }, anchorFollowedBy: LowerAlphaNumeric, followCount: 43, anchorStartsWord: true),
        new("PyPiToken", "a PyPI API token",
            @"\b(?<secret>pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,})" + NotTokenChar, 3.5, new[] { "pypi-AgEIcHlwaS5vcmc" }, anchorStartsWord: true),
        new("DockerHubPat", "a Docker Hub personal access token",
            @"\b(?<secret>dckr_pat_[A-Za-z0-9_-]{27})" + NotTokenChar, 3.5, new[] { "dckr_pat_" }, anchorFollowedBy: TokenChars, followCount: 27, anchorStartsWord: true),
        new("AtlassianApiToken", "an Atlassian API token",
            @"\b(?<secret>ATATT3[A-Za-z0-9_=-]{150,})(?![A-Za-z0-9_=-])", 3.5, new[] { "ATATT3" }, anchorStartsWord: true),

        // ---- Messaging and SaaS APIs ---------------------------------------------------------------------------
        new("SlackToken", "a Slack token",
            @"\b(?<secret>xox[baprse]-(?:[0-9]{8,13}-){1,3}[A-Za-z0-9]{20,40})\b", 3.0, new[] { "xox" }, anchorStartsWord: true),
        new("SlackAppToken", "a Slack app-level token",
            @"\b(?<secret>xapp-[0-9]-[A-Z0-9]{8,12}-[0-9]{8,13}-[a-f0-9]{32,64})\b", 3.0, new[] { "xapp-" }, anchorStartsWord: true),
        // Incoming webhooks (services/) and Workflow Builder webhooks (workflows/, triggers/): the URL is the credential.
        new("SlackWebhook", "a Slack incoming webhook URL",
            @"https://hooks\.slack\.com/(?:services/(?<secret>T[A-Z0-9]{8,11}/B[A-Z0-9]{8,11}/[A-Za-z0-9]{24})|(?:workflows|triggers)/(?<secret>T[A-Z0-9]{8,11}/[A-Z0-9]{8,12}/(?:[0-9]{6,20}/)?[A-Za-z0-9]{20,40}))", 3.0, new[] { "hooks.slack.com" }),
        // Microsoft Teams / Office 365 incoming webhooks: the path after IncomingWebhook/ is the secret that lets anyone post.
        new("TeamsWebhook", "a Microsoft Teams incoming webhook URL",
            @"https://(?:[A-Za-z0-9_-]+\.)?(?:webhook\.office|outlook\.office|outlook\.office365)\.com/webhook(?:b2)?/[0-9a-fA-F-]{36}@[0-9a-fA-F-]{36}/IncomingWebhook/(?<secret>[0-9a-fA-F]{32}/[0-9a-fA-F-]{36})", 3.0, new[] { "/IncomingWebhook/" }, minLength: 150),
        new("DiscordWebhook", "a Discord webhook URL",
            @"https://(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/[0-9]{17,20}/(?<secret>[A-Za-z0-9_-]{60,68})", 3.5, new[] { "discord" }),
        new("TelegramBotToken", "a Telegram bot token",
            @"\b(?<secret>[0-9]{8,10}:AA[A-Za-z0-9_-]{33})" + NotTokenChar, 3.5, new[] { ":AA" }),
        new("TwilioApiKey", "a Twilio API key",
            @"\b(?<secret>SK[0-9a-f]{32})\b", 3.0, new[] { "SK" }, minLength: 34, anchorFollowedBy: LowerHex, followCount: 32, anchorStartsWord: true),
        new("TwilioAccountCredentials", "a Twilio account SID with its auth token",
            @"\bAC[0-9a-f]{32}\b[^0-9a-f]{1,40}(?<secret>[0-9a-f]{32})\b", 3.0, new[] { "AC" }, minLength: 66, anchorFollowedBy: LowerHex, followCount: 32, anchorStartsWord: true),
        new("SendGridApiKey", "a SendGrid API key",
            @"\b(?<secret>SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})" + NotTokenChar, 3.5, new[] { "SG." }, anchorStartsWord: true),
        new("MailgunApiKey", "a Mailgun API key",
            @"\b(?<secret>key-[0-9a-f]{32})\b", 3.0, new[] { "key-" }, anchorFollowedBy: LowerHex, followCount: 32, anchorStartsWord: true),
        new("StripeLiveKey", "a Stripe live secret key",
            @"\b(?<secret>(?:sk|rk)_live_[A-Za-z0-9]{24,99})\b", 3.0, new[] { "_live_" }, anchorFollowedBy: AlphaNumeric, followCount: 24),
        new("StripeWebhookSecret", "a Stripe webhook signing secret",
            @"\b(?<secret>whsec_[A-Za-z0-9]{32,})\b", 3.5, new[] { "whsec_" }, anchorFollowedBy: AlphaNumeric, followCount: 32, anchorStartsWord: true),
        new("ShopifyToken", "a Shopify access token",
            @"\b(?<secret>shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32})\b", 3.0, new[] { "shpat_", "shpca_", "shppa_", "shpss_" }, anchorStartsWord: true),
        new("SquareToken", "a Square access token",
            @"\b(?<secret>(?:EAAA|sq0atp-)[A-Za-z0-9_-]{22,60})" + NotTokenChar, 3.5, new[] { "EAAA", "sq0atp-" }, anchorFollowedBy: TokenChars, followCount: 22, anchorStartsWord: true),
        new("GoogleApiKey", "a Google API key",
            @"\b(?<secret>AIza[0-9A-Za-z_-]{35})" + NotTokenChar, 3.5, new[] { "AIza" }, anchorFollowedBy: TokenChars, followCount: 35, anchorStartsWord: true),
        new("PostmanApiKey", "a Postman API key",
            @"\b(?<secret>PMAK-[a-f0-9]{24}-[a-f0-9]{34})\b", 3.0, new[] { "PMAK-" }, anchorStartsWord: true),
        new("LinearApiKey", "a Linear API key",
            @"\b(?<secret>lin_api_[A-Za-z0-9]{40})\b", 3.5, new[] { "lin_api_" }, anchorStartsWord: true),

        // ---- Cloud and platform ----------------------------------------------------------------------------------
        new("QuayRobotToken", "a Quay robot account token",
            @"\b[a-z0-9][a-z0-9_]{0,63}\+[a-z0-9][a-z0-9_]{0,63}:(?<secret>[A-Z0-9]{64})\b", 3.5, new[] { "+" }, minLength: 68),
        new("MongoDbAtlasServiceAccountSecret", "a MongoDB Atlas service account secret",
            @"\b(?<secret>mdb_sa_sk_[A-Za-z0-9_-]{40})" + NotTokenChar, 3.5, new[] { "mdb_sa_sk_" }, anchorStartsWord: true),
        new("DigitalOceanToken", "a DigitalOcean token",
            @"\b(?<secret>do[por]_v1_[a-f0-9]{64})\b", 3.0, new[] { "_v1_" }),
        new("HerokuApiKey", "a Heroku API key",
            @"\b(?<secret>HRKU-[A-Za-z0-9_-]{60})" + NotTokenChar, 3.5, new[] { "HRKU-" }, anchorStartsWord: true),
        new("DatabricksToken", "a Databricks personal access token",
            @"\b(?<secret>dapi[a-f0-9]{32}(?:-[0-9])?)\b", 3.0, new[] { "dapi" }, anchorFollowedBy: LowerHex, followCount: 32, anchorStartsWord: true),
        new("VaultToken", "a HashiCorp Vault token",
            @"\b(?<secret>hv[sb]\.[A-Za-z0-9_-]{24,})" + NotTokenChar, 3.5, new[] { "hvs.", "hvb." }, anchorStartsWord: true),
        new("NewRelicUserKey", "a New Relic user API key",
            @"\b(?<secret>NRAK-[A-Z0-9]{27})\b", 3.0, new[] { "NRAK-" }, anchorStartsWord: true),
        new("GrafanaServiceAccountToken", "a Grafana service account token",
            @"\b(?<secret>glsa_[A-Za-z0-9]{32}_[a-f0-9]{8})\b", 3.0, new[] { "glsa_" }, anchorStartsWord: true),
        new("FigmaPersonalAccessToken", "a Figma personal access token",
            @"\b(?<secret>figd_[A-Za-z0-9_-]{40})" + NotTokenChar, 3.5, new[] { "figd_" }, anchorStartsWord: true),
        new("MapboxSecretToken", "a Mapbox secret access token",
            @"\b(?<secret>sk\.eyJ[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{20,})" + NotTokenChar, 3.5, new[] { "sk.eyJ" }, anchorStartsWord: true),
        new("AmazonMwsAuthToken", "an Amazon Marketplace Web Service auth token",
            @"\b(?<secret>amzn\.mws\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b", 3.0, new[] { "amzn.mws." }, anchorStartsWord: true),
        // Docker Swarm join tokens: SWMTKN-1-<50 base36 of the CA digest>-<25 base36 secret>; whoever holds one joins the swarm.
        new("DockerSwarmJoinToken", "a Docker Swarm join token",
            @"\b(?<secret>SWMTKN-1-[a-z0-9]{50}-[a-z0-9]{25})\b", 3.0, new[] { "SWMTKN-1-" }, anchorStartsWord: true),
        // SonarQube tokens: squ_ (user), sqp_ (project analysis), sqa_ (global analysis), then 40 hexadecimal digits.
        new("SonarQubeToken", "a SonarQube token",
            @"\b(?<secret>sq[upa]_[0-9a-f]{40})\b", 3.0, new[] { "squ_", "sqp_", "sqa_" }, anchorFollowedBy: LowerHex, followCount: 40, anchorStartsWord: true),
        // RapidAPI application keys: 10 hex, "msh", 15 hex, "p", 6 hex, "jsn", 12 hex (50 characters).
        new("RapidApiKey", "a RapidAPI key",
            @"\b(?<secret>[0-9a-f]{10}msh[0-9a-f]{15}p[0-9a-f]{6}jsn[0-9a-f]{12})\b", 3.0, new[] { "jsn" }, minLength: 50),
        // Web3 RPC endpoints carry the project key in the path: https://mainnet.infura.io/v3/<32 hex>, .../alchemy.com/v2/<key>.
        new("InfuraProjectKey", "an Infura API key in an endpoint URL",
            @"\binfura\.io/(?:ws/)?v3/(?<secret>[0-9a-f]{32})\b", 3.0, new[] { "infura.io/" }),
        new("AlchemyApiKey", "an Alchemy API key in an endpoint URL",
            @"\balchemy(?:api)?\.(?:io|com)/v2/(?<secret>[A-Za-z0-9_-]{32})" + NotTokenChar, 3.5, new[] { "alchemy" }),
        // JFrog Artifactory reference token: base64 of "reftkn:01:<expiry>:<random>", so it always starts with cmVmdGtuOjAxOj.
        new("ArtifactoryReferenceToken", "a JFrog Artifactory reference token",
            @"(?<![A-Za-z0-9+/])(?<secret>cmVmdGtuOjAxOj[A-Za-z0-9+/]{40,100}={0,2})(?![A-Za-z0-9+/=])", 3.5, new[] { "cmVmdGtuOjAxOj" }),
        // Alibaba Cloud AccessKey ID: LTAI and 12 to 20 letters and digits (gitleaks' row asks for exactly 20).
        new("AlibabaAccessKeyId", "an Alibaba Cloud access key ID",
            @"\b(?<secret>LTAI[A-Za-z0-9]{12,20})\b", 3.0, new[] { "LTAI" }, anchorFollowedBy: AlphaNumeric, followCount: 12, anchorStartsWord: true),
        // Firebase Cloud Messaging registration token / legacy key: <instance id>:APA91b<140-ish characters>.
        new("FirebaseCloudMessagingToken", "a Firebase Cloud Messaging token",
            @"\b(?<secret>[A-Za-z0-9_-]{11}:APA91b[A-Za-z0-9_-]{100,})" + NotTokenChar, 3.5, new[] { ":APA91b" }),
        // Django's startproject writes SECRET_KEY = 'django-insecure-' + 50 characters of get_random_secret_key().
        new("DjangoInsecureSecretKey", "a Django secret key",
            @"(?<secret>django-insecure-[a-z0-9!@#$%^&*(\-_=+)]{50})", 3.5, new[] { "django-insecure-" }),

        // ---- AI providers ----------------------------------------------------------------------------------------
        new("OpenAiApiKey", "an OpenAI API key",
            @"\b(?<secret>sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{16,}T3BlbkFJ[A-Za-z0-9_-]{16,})" + NotTokenChar, 3.5, new[] { "T3BlbkFJ" }),
        new("AnthropicApiKey", "an Anthropic API key",
            @"\b(?<secret>sk-ant-(?:(?:api|admin)[0-9]{2,3}-[A-Za-z0-9_-]{80,}|(?:oat|ort)[0-9]{2}-[A-Za-z0-9_-]{40,}))" + NotTokenChar, 3.5, new[] { "sk-ant-" }, anchorStartsWord: true),
        new("HuggingFaceToken", "a Hugging Face access token",
            @"\b(?<secret>hf_[A-Za-z]{34})\b", 3.5, new[] { "hf_" }, anchorFollowedBy: Letters, followCount: 34, anchorStartsWord: true),

        // ---- Generic structured secrets -------------------------------------------------------------------------
        // Also the legacy encrypted form (RFC 1421 headers before the body: Proc-Type: 4,ENCRYPTED / DEK-Info: ...) and
        // PGP armor headers (Version:, Comment:): still a private key, its passphrase usually beside it.
        new("PemPrivateKey", "a PEM private key",
            @"-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----(?:(?:\\[nr]|\s)*(?:Proc-Type|DEK-Info|Version|Comment|Hash|Charset):[^\r\n\\]*)*(?:\\[nr]|\s)*(?<secret>[A-Za-z0-9+/=]{16,})", 3.0, new[] { "PRIVATE KEY" }, spansLines: true),
        // PuTTY's .ppk private key files (version 2 and 3): the first line of the private part after "Private-Lines: N".
        new("PuttyPrivateKey", "a PuTTY private key",
            @"PuTTY-User-Key-File-[23]:[^\r\n\\]*(?:(?:\\[nr]|[\r\n])+[^\r\n\\]*){0,40}?Private-Lines:\s*[0-9]+(?:\\[nr]|\s)+(?<secret>[A-Za-z0-9+/=]{16,})", 3.0, new[] { "PuTTY-User-Key-File-" }, spansLines: true),
        // An RSA private key in .NET's XML form (RSA.ToXmlString(true), FromXmlString): the private parts P, Q, DP, DQ,
        // InverseQ and D follow Modulus and Exponent. A public key (Modulus and Exponent only) never matches.
        new("XmlRsaPrivateKey", "an RSA private key in XML",
            @"<RSAKeyValue>(?:(?!</RSAKeyValue>)[\s\S]){0,2000}?<(?:P|D)>\s*(?<secret>[A-Za-z0-9+/]{20,}={0,2})\s*</(?:P|D)>", 3.0, new[] { "<RSAKeyValue>" }, spansLines: true),
        // A JSON Web Key with its private exponent: "d" next to "kty" (RFC 7517/7518; JsonWebKey.d, IdentityServer's
        // private_key_jwt clients). Public JWKs (n and e only) never match.
        new("JwkPrivateKey", "a private JSON Web Key",
            @"[{,]\s*[""']d[""']\s*:\s*[""'](?<secret>[A-Za-z0-9_-]{40,})[""'](?=(?:(?![{}])[\s\S]){0,4000}?[""']kty[""'])|[""']kty[""'](?:(?![{}])[\s\S]){0,4000}?[{,]\s*[""']d[""']\s*:\s*[""'](?<secret>[A-Za-z0-9_-]{40,})[""']", 3.5, new[] { "kty" }, spansLines: true),
        new("JsonWebToken", "a JSON Web Token",
            @"\b(?<secret>eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{16,})" + NotTokenChar, 3.5, new[] { "eyJ" }, anchorFollowedBy: TokenChars, followCount: 10, anchorStartsWord: true),
        // A "name": "value" pair of JSON text inside a string (curl -d '{"accessKey": "..."}', service credentials parsed
        // from a constant): judged like AKS2001 judges a value under that name (SecretFormat.JudgedByName).
        new("JsonSecretPair", "a credential in JSON text",
            @"""(?<name>[A-Za-z_][A-Za-z0-9_.-]{1,60})""\s*:\s*""(?<secret>[^""\\\r\n]{4,200})""", 0, new[] { "\":", "\" :" }, minLength: 12, judgedByName: true),
        // Named values written in other notations inside a text (a ConfigMap's embedded application.properties or XML, a
        // code sample, an INI or .env file kept in a string), each judged by its name like AKS2001 judges a value under
        // that name. The expressions start at the separator and look back for the name, so only '=', ':' and '<' positions
        // are ever tried; the name must hold a credential word (the anchors).
        // Quoted: password="...", api_key='...', 'token' => '...', secret := "...", clientSecret: '...' (XML and HTML
        // attributes, Python and JavaScript code, TOML, PHP arrays).
        new("QuotedSecretAssignment", "a credential in a quoted assignment",
            @"(?<=(?<![A-Za-z0-9_.-])(?<name>[A-Za-z0-9_.-]{0,60}?" + NameCredentialWord + @"[A-Za-z0-9_.-]{0,40})[""']?[ \t]*)(?::=|=>|[=:])[ \t]*(?:""(?<secret>[^""\\\r\n]{4,200})""|'(?<secret>[^'\\\r\n]{4,200})')",
            0, CredentialWordAnchors, ignoreCaseAnchors: true, minLength: 12, judgedByName: true),
        // Unquoted, alone on its line: db.password=..., export API_TOKEN=..., secret: ... (properties, INI, .env, YAML lines).
        // The value must hold a character other than a letter, '.', '_' or '-': "password: required" is a sentence fragment.
        new("LineSecretAssignment", "a credential in a settings line",
            @"(?<=(?:^|[\r\n])[ \t]*(?:export[ \t]+)?(?<name>[A-Za-z0-9_.-]{0,60}?" + NameCredentialWord + @"[A-Za-z0-9_.-]{0,40})[ \t]*)[=:][ \t]*(?<secret>(?=[^\s""'#;]*[^A-Za-z\s""'#;._-])[^\s""'#;]{4,200})(?=[ \t]*(?:$|[\r\n]))",
            0, CredentialWordAnchors, ignoreCaseAnchors: true, minLength: 10, judgedByName: true),
        // XML elements and .NET appSettings entries: <adminToken>...</adminToken>, <add key="SmtpPassword" value="..." />.
        new("XmlSecretElement", "a credential in an XML element",
            @"<(?<name>(?=[A-Za-z_])[A-Za-z0-9_.:-]{0,60}?" + NameCredentialWord + @"[A-Za-z0-9_.:-]{0,40})>(?<secret>[^<>\r\n]{4,200})</\k<name>>"
            + @"|<add\s+key\s*=\s*""(?<name>[^""<>]{0,60}?" + NameCredentialWord + @"[^""<>]{0,40})""\s+value\s*=\s*""(?<secret>[^""]{4,200})""",
            0, CredentialWordAnchors, ignoreCaseAnchors: true, minLength: 16, judgedByName: true),
        // A credential in an HTTP header line (curl -H 'X-Figma-Token: ...', 'Ocp-Apim-Subscription-Key: ...'): a hyphenated
        // header name ending in a credential word, then a colon (the anchors include it, so "public-key" in prose never
        // runs the expression). Sec-WebSocket-Key (a nonce) and Idempotency-Key are not credentials.
        new("HttpSecretHeader", "a credential in an HTTP header",
            @"(?i)(?<![A-Za-z0-9-])(?!Sec-)(?![A-Za-z0-9-]*Idempotency)(?:[A-Za-z0-9]+-)+(?:token|secret|api-?key|access-?key|subscription-key|auth-?key|private-?key|client-?secret):\s*(?<secret>[A-Za-z0-9._~+/=-]{16,})(?![A-Za-z0-9._~+/=-])",
            3.5, new[] { "-token:", "-secret:", "-key:", "-apikey:", "-accesskey:" }, ignoreCaseAnchors: true, minLength: 24),
        // A command-line option with its value (Process.Start arguments, scripts, pipeline steps): --password hunter2x,
        // --api-key=..., -storepass ..., -Dsonar.password=..., -p:NuGetApiKey=... / /p:Password=... (MSBuild properties).
        // Judged by the option's name like AKS2001 judges a value under that name, so --password-file /run/pw, --token
        // $TOKEN, --client-secret "${{ secrets.X }}" and --password <password> stay silent.
        new("CommandLineSecretOption", "a credential in a command-line option",
            @"(?<![A-Za-z0-9_.-])(?:-D|--?|[-/]p(?:roperty)?:)(?<name>(?=[A-Za-z])[A-Za-z0-9_.-]{0,40}?" + NameCredentialWord + @"[A-Za-z0-9_.-]{0,40})(?:=|[ \t]+)(?!-)(?:""(?<secret>[^""\r\n]{4,200})""|'(?<secret>[^'\r\n]{4,200})'|(?<secret>[^\s""'`;&|()<>\[\]{}]{4,200}))",
            0, CredentialWordAnchors, ignoreCaseAnchors: true, minLength: 12, judgedByName: true),
        // A password on a database or cache client's command line, written in one string (a compose health check's CMD-SHELL,
        // a script step, Process.Start arguments): mysql/mysqladmin/mysqldump/mariadb -p<password> (attached: "-p" alone
        // prompts, and "-P" is the port), redis-cli -a <password>, sqlcmd/osql/bcp -P <password>. Judged as a value under
        // a password name, so -p$MYSQL_ROOT_PASSWORD and -P ${SA_PASSWORD} stay silent.
        new("CliClientPassword", "a password on a database client's command line",
            @"(?<![A-Za-z0-9_.-])(?:(?:mysql(?:admin|dump|import|show|check)?|mariadb(?:-admin|-dump)?)[ \t][^\r\n;&|""'`]{0,200}?(?<=[ \t])-p(?<secret>[^\s""'`;&|()<>\[\]{}]{4,200})"
            + @"|redis-cli[ \t][^\r\n;&|""'`]{0,200}?(?<=[ \t])-a[ \t]+(?<secret>[^\s""'`;&|()<>\[\]{}-][^\s""'`;&|()<>\[\]{}]{3,199})"
            + @"|(?:sqlcmd|osql|bcp)[ \t][^\r\n;&|""'`]{0,200}?(?<=[ \t])-P[ \t]*(?:""(?<secret>[^""\r\n]{4,200})""|'(?<secret>[^'\r\n]{4,200})'|(?<secret>[^\s""'`;&|()<>\[\]{}-][^\s""'`;&|()<>\[\]{}]{3,199})))",
            0, new[] { "mysql", "mariadb", "redis-cli", "sqlcmd", "osql", "bcp" }, minLength: 12, judgedByName: true),
        // A query parameter of a URL (?api_key=..., &access_token=..., ?key=<hex>): judged by its name like AKS2001 judges a
        // value under that name. Not SigV4's X-Amz-Credential (the access key ID and scope, published with every pre-signed link).
        new("UrlQuerySecret", "a credential in a URL query parameter",
            @"[?&](?!X-Amz-Credential=)(?<name>(?=[A-Za-z])[A-Za-z0-9_.-]{0,40}?" + NameCredentialWord + @"[A-Za-z0-9_.-]{0,40})=(?<secret>[^&#\s""'<>\[\]{}]{4,200})(?![^&#\s""'<>])",
            0, CredentialWordAnchors, ignoreCaseAnchors: true, minLength: 12, judgedByName: true),
        // Last, so that a specific format names the match first: secret=, token=, api_key=, client_secret= in a key=value
        // string or a query string, with a long random-looking value ("PublicKeyToken=" is not matched: no boundary before it).
        // The anchors include the '=' so that texts merely mentioning a secret or a token never reach the expression.
        new("SecretKeyValue", "a secret in a key=value string",
            @"(?i)(?:^|[;&?,\s])(?:secret|token|access[_-]?token|auth[_-]?token|api[_-]?key|client[_-]?secret)=(?<secret>[A-Za-z0-9+/_~.-]{16,}={0,2})(?![A-Za-z0-9+/_~.=-])", 3.0, new[] { "secret=", "token=", "key=" }, ignoreCaseAnchors: true, minLength: 22),
    };

    /// <summary>The row named <paramref name="name"/>, or <see langword="null"/>.</summary>
    public static SecretFormat? Get(string name)
    {
        foreach (var format in All)
        {
            if (string.Equals(format.Name, name, System.StringComparison.Ordinal))
            {
                return format;
            }
        }

        return null;
    }
}
