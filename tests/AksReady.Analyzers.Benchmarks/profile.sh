#!/usr/bin/env bash
# Where does AksReady's analyzer time go? Samples the compiler (dotnet-trace, ~100 Hz thread-time sampling) while it
# compiles each project of the benchmark solution with the analyzers of the working tree, then prints the methods under
# AksReady frames (inclusive) and what they call into.
#
#   tests/AksReady.Analyzers.Benchmarks/run.sh          # once: generates the solution and the build logs this reads
#   tests/AksReady.Analyzers.Benchmarks/profile.sh      # builds analyzers/AksReady.Analyzers (Release), profiles, reports
#
# Each project's csc command line is taken from the last benchmark build log (logs/with-1.log) and re-run as is, with
# the AksReady.Analyzers path replaced by the freshly built assembly, in its own process (the worst case the benchmark
# measures). Needs python3 and dotnet-trace (installed as a global tool on first use). Output: artifacts/bench-analyzers/profile/.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
OUT=${OUT:-$root/artifacts/bench-analyzers}
log="$OUT/logs/with-1.log"
[ -f "$log" ] || { echo "No $log: run tests/AksReady.Analyzers.Benchmarks/run.sh first." >&2; exit 1; }
export PATH="$PATH:$HOME/.dotnet/tools"
command -v dotnet-trace > /dev/null || dotnet tool install -g dotnet-trace --version 10.0.750501 > /dev/null

# ANALYZER=path/to/AksReady.Analyzers.dll profiles that assembly instead (e.g. the precompiled linux-x64 copy that
# `dotnet pack analyzers/AksReady.Analyzers.Package -c Release` leaves under its obj/Release/precompiled/linux-x64/, so the
# profile shows steady work rather than JIT compilation).
if [ -n "${ANALYZER:-}" ]; then
  analyzer=$(cd "$(dirname "$ANALYZER")" && pwd)/$(basename "$ANALYZER")
else
  dotnet build "$root/analyzers/AksReady.Analyzers" -c Release -tl:off -v:q -nologo > /dev/null
  analyzer="$root/analyzers/AksReady.Analyzers/bin/Release/netstandard2.0/AksReady.Analyzers.dll"
fi
prof="$OUT/profile"; rm -rf "$prof"; mkdir -p "$prof"
cp "$analyzer" "$prof/AksReady.Analyzers.dll"
csc=$(dirname "$(command -v dotnet)")/sdk/$(dotnet --version)/Roslyn/bincore/csc.dll
[ -f "$csc" ] || csc=$(ls /usr/share/dotnet/sdk/*/Roslyn/bincore/csc.dll | tail -n 1)

grep -n 'Roslyn/bincore/csc /noconfig' "$log" | cut -d: -f1 | while read -r line; do
  command_line=$(sed -n "${line}p" "$log")
  project=$(echo "$command_line" | grep -o '/out:obj/[^ ]*' | sed 's#.*/##; s#\.dll$##')
  echo "$command_line" | sed 's#^ *[^ ]*/csc ##' \
    | sed "s#/analyzer:[^ ]*/AksReady\.Analyzers\.dll#/analyzer:$prof/AksReady.Analyzers.dll#; s#/analyzer:[^ ]*/AksReady\.Analyzers\.CodeFixes\.dll##; s#/out:[^ ]*#/out:$prof/out.dll#; s#/refout:[^ ]*##" \
    > "$prof/$project.rsp"
  echo "==> $project"
  (cd "$OUT/solution/src/$project" \
    && dotnet-trace collect --profile dotnet-sampled-thread-time -o "$prof/$project.nettrace" -- dotnet exec "$csc" "@$prof/$project.rsp" > "$prof/$project.out" 2>&1 \
    && dotnet-trace convert --format speedscope "$prof/$project.nettrace" -o "$prof/$project.json" > /dev/null 2>&1)
  rm -f "$prof/$project.nettrace"
done

python3 "$here/profile_report.py" "$prof"/*.speedscope.json | tee "$prof/report.txt"
