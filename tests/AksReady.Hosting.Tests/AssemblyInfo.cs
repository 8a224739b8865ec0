using System.Reflection;

// Deployment values as AksReady.Sdk would stamp them; used by AssemblyMetadataTests (only apps whose
// ApplicationName is this assembly see them, so the other tests keep the built-in defaults).
[assembly: AssemblyMetadata("AksReady.StartupPath", "/meta/startup")]
[assembly: AssemblyMetadata("AksReady.LivenessPath", "/meta/live")]
[assembly: AssemblyMetadata("AksReady.ReadinessPath", "/meta/ready")]
[assembly: AssemblyMetadata("AksReady.Port", "9090")]
[assembly: AssemblyMetadata("AksReady.DrainDelaySeconds", "7")]
[assembly: AssemblyMetadata("AksReady.TerminationGracePeriodSeconds", "45")]

// Tests start real Kestrel servers and stop hosts; keep them sequential on a 2-core machine.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
