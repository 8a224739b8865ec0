#!/usr/bin/env bash
# Probe-cost benchmark: builds the three apps and the driver in Release, then measures them in one run (127.0.0.1 only).
#   tests/AksReady.Hosting.Benchmarks/run.sh [--requests 20000] [--concurrency 4] [--rounds 3] [--max-seconds 60]
# Bounded: every phase stops after --max-seconds, and the whole run after 15 minutes.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 MSBUILDDISABLENODEREUSE=1
out="$here/bin/bench"
rm -rf "$out"
for app in Bare Aspire AksReadyApp; do
  dotnet build "$here/Apps/$app/$app.csproj" -c Release -o "$out/apps/$app" -tl:off -v:quiet -nologo
done
dotnet build "$here/AksReady.Hosting.Benchmarks.csproj" -c Release -o "$out/driver" -tl:off -v:quiet -nologo
timeout 900 dotnet "$out/driver/AksReady.Hosting.Benchmarks.dll" "$out/apps" "$@"
