using System.ComponentModel.DataAnnotations;

namespace AksReady.Hosting;

/// <summary>
/// Settings for the management listener: a minimal Kestrel server that serves only the probes, for worker services
/// without HTTP, or to keep probes on a port that no ingress exposes.
/// </summary>
/// <remarks>Used only when <c>AddAksReadyManagementServer()</c> is called. Configuration section <c>AksReady:Management</c>.</remarks>
public sealed class AksReadyManagementOptions
{
    /// <summary>Gets or sets the port of the management listener.</summary>
    /// <value>
    /// Defaults to <see langword="null"/>: use <see cref="AksReadyOptions.Port"/> (8080), the port the generated manifests probe.
    /// <c>0</c> picks a free port (tests). Configuration key <c>AksReady:Management:Port</c>.
    /// </value>
    [Range(0, 65535)]
    public int? Port { get; set; }

    /// <summary>Gets or sets the address the management listener binds to.</summary>
    /// <value>
    /// Defaults to <c>*</c> (every interface, IPv4 and IPv6), which the kubelet needs to reach the pod IP.
    /// Also accepts <c>localhost</c> or an IP address such as <c>127.0.0.1</c>. Configuration key <c>AksReady:Management:Host</c>.
    /// </value>
    [Required]
    public string Host { get; set; } = "*";
}
