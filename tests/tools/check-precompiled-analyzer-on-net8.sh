#!/usr/bin/env bash
# Does the ReadyToRun copy of AksReady.Analyzers.dll (compiled by the .NET 10 SDK's crossgen2) still work where csc runs
# on .NET 8 (the .NET 8 SDK, the oldest host the package supports)? This machine has only the .NET 10 runtime, so the
# script assembles a .NET 8 runtime from the Microsoft.NETCore.App.Runtime.linux-x64 package, runs both copies of the
# assembly with Roslyn 4.8 in it, and prints their diagnostics and how many AksReady methods the JIT compiled.
# Not part of tests/run.sh (it downloads a runtime pack). Usage: tests/tools/check-precompiled-analyzer-on-net8.sh [AksReady.Analyzers.nupkg]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=${WORK:-$(mktemp -d)}
runtime_version=${RUNTIME_VERSION:-8.0.34}
package=${1:-}
if [ -z "$package" ]; then
  dotnet pack "$root/analyzers/AksReady.Analyzers.Package" -c Release -o "$work/feed" -tl:off -v:q -nologo >/dev/null
  package=$(ls "$work"/feed/AksReady.Analyzers.*.nupkg | head -n 1)
fi
mkdir -p "$work/dl" "$work/pkg"
unzip -o -q "$package" 'precompiled/*' 'analyzers/dotnet/cs/AksReady.Analyzers.dll' -d "$work/pkg"

cat > "$work/dl/dl.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup>
  <ItemGroup><PackageDownload Include="Microsoft.NETCore.App.Runtime.linux-x64" Version="[$runtime_version]" /></ItemGroup>
</Project>
XML
NUGET_PACKAGES="$work/packages" dotnet restore "$work/dl/dl.csproj" -v:q >/dev/null
pack="$work/packages/microsoft.netcore.app.runtime.linux-x64/$runtime_version/runtimes/linux-x64"
dn="$work/dotnet8"; fx="$dn/shared/Microsoft.NETCore.App/$runtime_version"
mkdir -p "$dn/host/fxr/$runtime_version" "$fx"
cp "$(dirname "$(readlink -f "$(command -v dotnet)")")/dotnet" "$dn/"
cp "$pack/native/libhostfxr.so" "$dn/host/fxr/$runtime_version/"
cp "$pack"/lib/net8.0/*.dll "$pack"/native/* "$fx/"
python3 - "$fx" "$runtime_version" <<'PY'
import json, os, sys
fx, version = sys.argv[1], sys.argv[2]
files = sorted(os.listdir(fx))
key = "runtimepack.Microsoft.NETCore.App.Runtime.linux-x64/" + version
deps = {"runtimeTarget": {"name": ".NETCoreApp,Version=v8.0/linux-x64", "signature": ""}, "compilationOptions": {},
        "targets": {".NETCoreApp,Version=v8.0": {}, ".NETCoreApp,Version=v8.0/linux-x64": {key: {
            "runtime": {f: {} for f in files if f.endswith(".dll")},
            "native": {f: {} for f in files if not f.endswith(".dll")}}}},
        "libraries": {key: {"type": "runtimepack", "serviceable": False, "sha512": ""}}}
json.dump(deps, open(os.path.join(fx, "Microsoft.NETCore.App.deps.json"), "w"), indent=1)
PY

dotnet build "$root/tests/tools/precompiled-analyzer-net8/LoadCheck.csproj" -c Release -o "$work/app" -v:q -nologo >/dev/null
for copy in precompiled/linux-x64 analyzers/dotnet/cs; do
  echo "== $copy/AksReady.Analyzers.dll"
  rm -f "$work/jit.txt"
  DOTNET_ROOT="$dn" DOTNET_JitStdOutFile="$work/jit.txt" DOTNET_JitDisasmSummary=1 "$dn/dotnet" "$work/app/LoadCheck.dll" "$work/pkg/$copy/AksReady.Analyzers.dll"
  echo "AksReady methods JIT-compiled: $(grep -c 'AksReady' "$work/jit.txt" || true)"
done
