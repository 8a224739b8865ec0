#!/usr/bin/env bash
# The whole AksReady test suite, as README's Quick start and .ci/run call it.
# Packs the four packages once into artifacts/packages (the end-to-end tests install from there),
# runs every test project in AksReady.sln, and ends with one line: "N passed, N failed[, N skipped]".
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 MSBUILDDISABLENODEREUSE=1

results="$root/artifacts/test-results"
rm -rf "$results" "$root/artifacts/packages"
mkdir -p "$results"

echo "==> helm and kubectl for the manifest tests"
tools_bin=$(bash tests/tools/install-k8s-tools.sh)
export PATH="$tools_bin:$PATH" AKSREADY_TOOLS_BIN="$tools_bin"

echo "==> dotnet pack -c Release -o artifacts/packages"
dotnet pack AksReady.sln -c Release -o artifacts/packages -tl:off -v:minimal || { echo "0 passed, 1 failed"; exit 1; }
export AKSREADY_PACKAGES="$root/artifacts/packages"

echo "==> dotnet build -c Release"
dotnet build AksReady.sln -c Release -tl:off -v:minimal -nologo || { echo "0 passed, 1 failed"; exit 1; }

# One project at a time, each with its own TRX file (the default TRX names collide when two projects end in the same second).
status=0
for project in tests/*/*.Tests.csproj; do
  name=$(basename "$project" .csproj)
  echo "==> dotnet test $name"
  set +e
  dotnet test "$project" -c Release --no-build -tl:off --logger "trx;LogFileName=$name.trx" \
    --logger "console;verbosity=normal" --results-directory "$results" --blame-hang-timeout 15m "$@"
  code=$?
  set -e
  [ "$code" -eq 0 ] || status=$code
done

# Sum the counters of every test project's TRX file.
passed=0; failed=0; skipped=0; files=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  files=$((files + 1))
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  value() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  total=$(value total); executed=$(value executed); p=$(value passed); f=$(value failed)
  errors=$(value error); timeouts=$(value timeout); aborted=$(value aborted)
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0} + ${errors:-0} + ${timeouts:-0} + ${aborted:-0}))
  skipped=$((skipped + ${total:-0} - ${executed:-0}))
done

if [ "$files" -eq 0 ] && [ "$status" -eq 0 ]; then
  echo "no test results were written" >&2; status=1
fi
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1 # the run failed outside any counted test (build error, crashed host)
fi
if [ "$skipped" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
exit "$status"
