namespace AksReady.Sdk;

/// <summary>Names shared by the task, the targets and the tests.</summary>
public static class KnownStrings
{
    /// <summary>Resource names of the coded errors in Resources/Strings.resx.</summary>
    public static class Errors
    {
        public const string InvalidName = nameof(InvalidName);
        public const string InvalidNamespace = nameof(InvalidNamespace);
        public const string InvalidQuantity = nameof(InvalidQuantity);
        public const string InvalidPort = nameof(InvalidPort);
        public const string InvalidProbePath = nameof(InvalidProbePath);
        public const string LimitBelowRequest = nameof(LimitBelowRequest);
        public const string InvalidNonNegativeInteger = nameof(InvalidNonNegativeInteger);
        public const string MinReplicasAboveMaxReplicas = nameof(MinReplicasAboveMaxReplicas);
        public const string GracePeriodTooShort = nameof(GracePeriodTooShort);
        public const string UserFileExists = nameof(UserFileExists);
        public const string InvalidImageRepository = nameof(InvalidImageRepository);
        public const string InvalidImageTag = nameof(InvalidImageTag);
        public const string UnsupportedTargetFramework = nameof(UnsupportedTargetFramework);
        public const string WriteFailed = nameof(WriteFailed);
        public const string ContextNotAncestor = nameof(ContextNotAncestor);
        public const string InvalidBoolean = nameof(InvalidBoolean);
        public const string InvalidPercentage = nameof(InvalidPercentage);
        public const string InvalidCidr = nameof(InvalidCidr);
        public const string InvalidOverlayName = nameof(InvalidOverlayName);
        public const string AutoscalingMinimumTooLow = nameof(AutoscalingMinimumTooLow);
        public const string InvalidRunAsUser = nameof(InvalidRunAsUser);
        public const string InvalidImageDigest = nameof(InvalidImageDigest);
        public const string InvalidImagePullPolicy = nameof(InvalidImagePullPolicy);
        public const string InvalidPriorityClassName = nameof(InvalidPriorityClassName);
        public const string InvalidChartVersion = nameof(InvalidChartVersion);
        public const string InvalidConfigKey = nameof(InvalidConfigKey);
        public const string InvalidMountPath = nameof(InvalidMountPath);
        public const string InvalidEnvironmentVariableName = nameof(InvalidEnvironmentVariableName);
        public const string InvalidDnsSubdomain = nameof(InvalidDnsSubdomain);
        public const string InvalidGuid = nameof(InvalidGuid);
        public const string InvalidKeyVaultName = nameof(InvalidKeyVaultName);
        public const string InvalidKeyVaultSecretName = nameof(InvalidKeyVaultSecretName);
        public const string MissingSetting = nameof(MissingSetting);
        public const string InvalidNodePool = nameof(InvalidNodePool);
        public const string ServiceRequired = nameof(ServiceRequired);
    }

    /// <summary>Resource names of the messages.</summary>
    public static class Messages
    {
        public const string ArtifactsWritten = nameof(ArtifactsWritten);
        public const string ArtifactsUpToDate = nameof(ArtifactsUpToDate);
        public const string StaleArtifactsRemoved = nameof(StaleArtifactsRemoved);
        public const string GenerationTime = nameof(GenerationTime);
    }

    /// <summary>The error codes, as they appear at the start of each string.</summary>
    public static class ErrorCodes
    {
        public const string AKSB1001 = nameof(AKSB1001);
        public const string AKSB1002 = nameof(AKSB1002);
        public const string AKSB1003 = nameof(AKSB1003);
        public const string AKSB1004 = nameof(AKSB1004);
        public const string AKSB1005 = nameof(AKSB1005);
        public const string AKSB1006 = nameof(AKSB1006);
        public const string AKSB1007 = nameof(AKSB1007);
        public const string AKSB1008 = nameof(AKSB1008);
        public const string AKSB1009 = nameof(AKSB1009);
        public const string AKSB1010 = nameof(AKSB1010);
        public const string AKSB1011 = nameof(AKSB1011);
        public const string AKSB1012 = nameof(AKSB1012);
        public const string AKSB1013 = nameof(AKSB1013);
        public const string AKSB1014 = nameof(AKSB1014);
        public const string AKSB1015 = nameof(AKSB1015);
        public const string AKSB1016 = nameof(AKSB1016);
        public const string AKSB1017 = nameof(AKSB1017);
        public const string AKSB1018 = nameof(AKSB1018);
        public const string AKSB1019 = nameof(AKSB1019);
        public const string AKSB1020 = nameof(AKSB1020);
        public const string AKSB1021 = nameof(AKSB1021);
        public const string AKSB1022 = nameof(AKSB1022);
        public const string AKSB1023 = nameof(AKSB1023);
        public const string AKSB1024 = nameof(AKSB1024);
        public const string AKSB1025 = nameof(AKSB1025);
        public const string AKSB1026 = nameof(AKSB1026);
        public const string AKSB1027 = nameof(AKSB1027);
        public const string AKSB1028 = nameof(AKSB1028);
        public const string AKSB1029 = nameof(AKSB1029);
        public const string AKSB1030 = nameof(AKSB1030);
        public const string AKSB1031 = nameof(AKSB1031);
        public const string AKSB1032 = nameof(AKSB1032);
        public const string AKSB1033 = nameof(AKSB1033);
        public const string AKSB1034 = nameof(AKSB1034);
        public const string AKSB1035 = nameof(AKSB1035);
    }
}
