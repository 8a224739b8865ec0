#!/usr/bin/env bash
# Measures AksReady.Sdk's build cost (not a test; prints numbers):
#  1. the ratio of a no-op incremental 'dotnet build' of a web project with the SDK (AksReadyGenerateOnBuild=true)
#     to the same project without it: median of RUNS runs each, alternating, in the same run (goal <= 1.05);
#  2. one full generation: the task's own Stopwatch (logged at low importance) and MSBuild's task performance
#     summary for GenerateDeploymentArtifacts (goal <= 150 ms).
# Usage: bash tests/AksReady.Sdk.Tests/perf/measure.sh [RUNS]   (default 7; builds the test project first)
set -euo pipefail
runs=${1:-7}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 MSBUILDDISABLENODEREUSE=1

dotnet build "$root/tests/AksReady.Sdk.Tests" -c Release -tl:off -v:q -nologo >/dev/null
tasks="$root/tests/AksReady.Sdk.Tests/bin/Release/net10.0/AksReady.Sdk.dll"
sdk="$root/src/AksReady.Sdk"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

write_project() { # $1 folder, $2 with|without
  mkdir -p "$work/$1"
  printf 'var app = WebApplication.CreateBuilder(args).Build();\napp.MapGet("/", () => "ok");\napp.Run();\n' > "$work/$1/Program.cs"
  if [ "$2" = with ]; then
    cat > "$work/$1/$1.csproj" <<XML
<Project>
  <Import Project="Sdk.props" Sdk="Microsoft.NET.Sdk.Web" />
  <Import Project="$sdk/Sdk/Sdk.props" />
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings><Version>1.0.0</Version>
    <AksReadyTasksAssembly>$tasks</AksReadyTasksAssembly><AksReadyIncludeAnalyzers>false</AksReadyIncludeAnalyzers>
    <AksReadyGenerateOnBuild>true</AksReadyGenerateOnBuild>
  </PropertyGroup>
  <Import Project="Sdk.targets" Sdk="Microsoft.NET.Sdk.Web" />
  <Import Project="$sdk/Sdk/Sdk.targets" />
</Project>
XML
  else
    cat > "$work/$1/$1.csproj" <<XML
<Project>
  <Import Project="Sdk.props" Sdk="Microsoft.NET.Sdk.Web" />
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings><Version>1.0.0</Version>
  </PropertyGroup>
  <Import Project="Sdk.targets" Sdk="Microsoft.NET.Sdk.Web" />
</Project>
XML
  fi
}

echo '<Project />' > "$work/Directory.Build.props"
write_project With with
write_project Without without
build() { dotnet build "$work/$1/$1.csproj" --no-restore -nr:false -tl:off -v:q -nologo -p:UseSharedCompilation=false >/dev/null; }
for p in With Without; do dotnet build "$work/$p/$p.csproj" -nr:false -tl:off -v:q -nologo -p:UseSharedCompilation=false >/dev/null; build "$p"; done

ms() { local s e; s=$(date +%s%N); build "$1"; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
with=(); without=()
for _ in $(seq "$runs"); do
  without+=("$(ms Without)")
  with+=("$(ms With)")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
mw=$(median "${with[@]}"); mo=$(median "${without[@]}")
echo "no-op build without AksReady.Sdk (ms): ${without[*]}  median $mo"
echo "no-op build with AksReady.Sdk    (ms): ${with[*]}  median $mw"
awk -v a="$mw" -v b="$mo" 'BEGIN { printf "ratio with/without: %.3f (goal <= 1.05)\n", a / b }'

# The same no-op build, timed by MSBuild itself: the AksReady targets' share of the build (less noisy than wall time
# on a shared machine). Ratio = total / (total - AksReady targets).
perf=$(dotnet build "$work/With/With.csproj" --no-restore -nr:false -tl:off -v:q -nologo -p:UseSharedCompilation=false -clp:PerformanceSummary)
aks=$(echo "$perf" | awk '/Target Performance Summary/ {t=1} /Task Performance Summary/ {t=0} t && $3 ~ /AksReady/ {s += $1} END {print s + 0}')
total=$(echo "$perf" | grep -E 'Time Elapsed' | tail -n 1 | sed -E 's/.*Time Elapsed ([0-9]+):([0-9]+):([0-9]+)\.([0-9]+).*/\1 \2 \3 \4/' | awk '{ printf "%d", $1*3600000 + $2*60000 + $3*1000 + ("0." $4) * 1000 }')
echo "no-op build with AksReady.Sdk, MSBuild performance summary: AksReady targets ${aks} ms of ${total} ms"
awk -v a="$aks" -v t="$total" 'BEGIN { if (t > a) printf "ratio from the summary: %.3f (goal <= 1.05)\n", t / (t - a) }'

# One full generation: change a property so the inputs hash changes and every file is rewritten.
rm -rf "$work/With/bin/aksready"
log=$(dotnet msbuild "$work/With/With.csproj" -t:AksReadyGenerate -p:AksReadyReplicas=3 -nr:false -tl:off -v:diag -clp:PerformanceSummary -nologo)
echo "$log" | grep -o 'AksReady: generation of [0-9]* files took [0-9.]* ms' | tail -n 1
echo "$log" | grep -E '^\s+[0-9]+ ms\s+GenerateDeploymentArtifacts\s' | tail -n 1 | awk '{ printf "MSBuild task performance summary: GenerateDeploymentArtifacts %s ms (goal <= 150 ms)\n", $1 }'
