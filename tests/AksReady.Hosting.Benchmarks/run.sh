#!/usr/bin/env bash
# Probe-cost benchmark: builds the three apps and the driver in Release, then measures them in one run (127.0.0.1 only).
#   tests/AksReady.Hosting.Benchmarks/run.sh [--requests 20000] [--concurrency 4] [--rounds 5] [--warmup 2000] [--max-seconds 60]
#                                            [--app "label|path/App.dll|/probe[|NAME=value;...]"]...
# Environment: BENCH_SKIP_BUILD=1 reuses the last build; BENCH_TIMEOUT (seconds, default 1800) bounds the whole run.
# Bounded: every phase stops after --max-seconds, a measurement that fails (a starved machine) is reported as FAILED and
# the rounds go on, and the whole run stops after BENCH_TIMEOUT.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 MSBUILDDISABLENODEREUSE=1
out="$here/bin/bench"

build() {
  # One retry: on a machine shared with other builds a restore or a file copy now and then fails for no reason of ours.
  dotnet build "$1" -c Release -o "$2" -tl:off -v:quiet -nologo || { sleep 5; dotnet build "$1" -c Release -o "$2" -tl:off -v:quiet -nologo; }
}

if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
  rm -rf "$out"
  for app in Bare Aspire AksReadyApp; do
    build "$here/Apps/$app/$app.csproj" "$out/apps/$app"
  done
  build "$here/AksReady.Hosting.Benchmarks.csproj" "$out/driver"
fi

echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
timeout "${BENCH_TIMEOUT:-1800}" dotnet "$out/driver/AksReady.Hosting.Benchmarks.dll" "$out/apps" "$@"
