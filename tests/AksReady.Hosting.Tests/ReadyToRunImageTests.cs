using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Runtime.Loader;

namespace AksReady.Hosting.Tests;

/// <summary>
/// The package's linux-x64 ReadyToRun image of AksReady.Hosting (runtimes/linux-x64/lib/net10.0) and the IL-only
/// assembly everything else uses (lib/, project references): an image compiled for one platform throws
/// BadImageFormatException on another, so only NuGet's runtime-specific asset selection may pick it.
/// </summary>
public sealed class ReadyToRunImageTests
{
    // IMAGE_FILE_MACHINE_AMD64 xor the value crossgen2 uses to mark Linux images.
    private const ushort LinuxX64Machine = 0x8664 ^ 0x7B79;

    private static readonly string? s_image = typeof(ReadyToRunImageTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "AksReadyTests.ReadyToRunImage").Value;

    private static string IlAssemblyPath => typeof(AksReadyOptions).Assembly.Location;

    [Fact]
    public void ProjectOutput_IsIlOnly()
    {
        using var pe = new PEReader(File.OpenRead(IlAssemblyPath));

        Assert.True(pe.PEHeaders.CorHeader!.Flags.HasFlag(CorFlags.ILOnly));
        Assert.Equal(0, pe.PEHeaders.CorHeader.ManagedNativeHeaderDirectory.Size);
        Assert.Equal(Machine.I386, pe.PEHeaders.CoffHeader.Machine);
    }

    [Fact]
    public void Image_IsReadyToRunCodeForLinuxX64_OfTheSameAssembly()
    {
        if (string.IsNullOrEmpty(s_image))
        {
            return; // Built with -p:AksReadyHostingReadyToRun=false: there is no image.
        }

        using var image = new PEReader(File.OpenRead(s_image));
        using var il = new PEReader(File.OpenRead(IlAssemblyPath));

        Assert.NotEqual(0, image.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size);
        Assert.Equal(LinuxX64Machine, (ushort)image.PEHeaders.CoffHeader.Machine);

        // Same identity and the same compilation (module version id), so the image is this build's IL plus native code.
        var imageMetadata = image.GetMetadataReader();
        var ilMetadata = il.GetMetadataReader();
        Assert.Equal(ilMetadata.GetAssemblyDefinition().GetAssemblyName().FullName, imageMetadata.GetAssemblyDefinition().GetAssemblyName().FullName);
        Assert.Equal(ilMetadata.GetGuid(ilMetadata.GetModuleDefinition().Mvid), imageMetadata.GetGuid(imageMetadata.GetModuleDefinition().Mvid));
    }

    [Fact]
    public void Image_LoadsAndRunsOnLinuxX64()
    {
        if (string.IsNullOrEmpty(s_image) || !OperatingSystem.IsLinux() || RuntimeInformation.ProcessArchitecture != Architecture.X64)
        {
            return; // No image, or another platform: there the runtime would not load it, which is why lib/ stays IL-only.
        }

        var context = new AssemblyLoadContext("AksReady.Hosting ReadyToRun image", isCollectible: true);
        try
        {
            var assembly = context.LoadFromAssemblyPath(s_image);
            var options = Activator.CreateInstance(assembly.GetType("AksReady.Hosting.AksReadyOptions", throwOnError: true)!)!;

            Assert.Equal("/healthz/ready", options.GetType().GetProperty(nameof(AksReadyOptions.ReadinessPath))!.GetValue(options));
        }
        finally
        {
            context.Unload();
        }
    }
}
