#!/usr/bin/env bash
# AksReady analyzer benchmark: what do the AksReady analyzers cost on a big ASP.NET Core solution?
#
#   tests/AksReady.Analyzers.Benchmarks/run.sh            # defaults: RUNS=3 SCALE=1.2 WARMUP=0
#   RUNS=1 tests/AksReady.Analyzers.Benchmarks/run.sh   # quick look: one with/without pair
#
# 1. packs analyzers/AksReady.Analyzers.Package (Release) into artifacts/bench-analyzers/feed
# 2. generates the solution (generate.py, fixed seed) into artifacts/bench-analyzers/solution; every project references
#    AksReady.Analyzers from that feed; NuGet cache = artifacts/bench-analyzers/nuget-packages (wiped, so a re-packed
#    0.1.0 is never stale)
# 3. warm-up restore (WARMUP=1 adds one uncounted build that starts the compiler server; off by default: the first
#    build of each kind is then slower, which the median of 3 absorbs)
# 4. RUNS x (build WITH AksReady, build WITHOUT AksReady), interleaved, each `dotnet build --no-incremental --no-restore
#    -p:ReportAnalyzer=true -v:d -clp:PerformanceSummary -bl`; the WITHOUT build removes the AksReady analyzer assemblies
#    from @(Analyzer) just before CoreCompile (Directory.Build.targets), so restore and inputs are identical.
# 5. per build: Csc task time (PerformanceSummary), total analyzer time and per-analyzer time (ReportAnalyzer section, summed
#    over projects); reports the medians, the per-analyzer table and the wall-time ratio; writes results.md + results.tsv.
#
# REPORT_ONLY=1 only re-reads the logs of the last run and prints the report.
# Environment: RUNS (3), SCALE (1.2), WARMUP (0), SHARED_COMPILATION (0), SEED (20261125), OUT (artifacts/bench-analyzers), BUDGET_SECONDS (840:
# a with/without pair is only started if the last pair's duration still fits; the medians then use the runs done so far).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
RUNS=${RUNS:-3}
SCALE=${SCALE:-1.2}
WARMUP=${WARMUP:-0}
SEED=${SEED:-20261125}
OUT=${OUT:-$root/artifacts/bench-analyzers}
BUDGET_SECONDS=${BUDGET_SECONDS:-840}
# SHARED_COMPILATION: 0 (default) compiles every project in a fresh csc process, as this machine's environment sets
# (UseSharedCompilation=false), so analyzer assemblies are loaded, JIT-compiled and initialised once per project: the
# worst case. 1 uses the compiler server, as `dotnet build` does by default on a developer machine; WARMUP=1 then starts it.
SHARED_COMPILATION=${SHARED_COMPILATION:-0}
# PORTABLE=1 adds a third build to every run: with AksReady, but the portable IL analyzer assembly instead of the
# ReadyToRun copy the package hands csc on this host (-p:AksReadyAnalyzersPrecompiled=false), reported as its own line.
PORTABLE=${PORTABLE:-0}
if [ "$SHARED_COMPILATION" = 1 ]; then shared=true; else shared=false; fi
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export NUGET_PACKAGES="$OUT/nuget-packages"
start=$(date +%s)
now() { date +%s.%N; }

mkdir -p "$OUT"
if [ "${REPORT_ONLY:-0}" = 1 ]; then
  # Re-extract the report from the logs of the last run (e.g. after stopping it between builds).
  done_runs=$(awk -F'\t' '$1 == "without" { n = $2 } END { print n + 0 }' "$OUT/logs/walls.tsv")
  version=$(ls "$OUT"/feed/AksReady.Analyzers.*.nupkg | head -n 1 | sed 's/.*AksReady\.Analyzers\.\(.*\)\.nupkg/\1/')
else
rm -rf "$OUT/feed" "$OUT/nuget-packages" "$OUT/logs"
mkdir -p "$OUT/logs"

echo "==> dotnet pack analyzers/AksReady.Analyzers.Package -c Release -o $OUT/feed"
dotnet pack "$root/analyzers/AksReady.Analyzers.Package" -c Release -o "$OUT/feed" -tl:off -v:minimal -nologo
pkg=$(ls "$OUT"/feed/AksReady.Analyzers.*.nupkg | head -n 1)
version=$(basename "$pkg" .nupkg); version=${version#AksReady.Analyzers.}

echo "==> generate.py $OUT/solution --seed $SEED --scale $SCALE"
python3 "$here/generate.py" "$OUT/solution" --seed "$SEED" --scale "$SCALE" | tee "$OUT/logs/generate.txt"
cat > "$OUT/solution/NuGet.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="aksready-bench" value="$OUT/feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
</configuration>
EOF
sln="$OUT/solution/BenchSolution.slnx"

echo "==> warm-up restore"
dotnet restore "$sln" -tl:off -v:minimal -nologo -p:AksReadyAnalyzersVersion="$version"

common=(--no-restore --no-incremental -tl:off -nologo -v:d -clp:PerformanceSummary -p:ReportAnalyzer=true
        -p:AksReadyAnalyzersVersion="$version" -p:UseSharedCompilation=$shared)

if [ "$WARMUP" = 1 ]; then
  echo "==> warm-up build (not counted)"
  dotnet build "$sln" --no-restore -tl:off -nologo -v:q -p:AksReadyAnalyzersVersion="$version" -p:UseSharedCompilation=$shared > "$OUT/logs/warmup.log" 2>&1 \
    || { tail -n 30 "$OUT/logs/warmup.log"; exit 1; }
fi

# build <label> <run> [extra msbuild args]: writes logs/<label>-<run>.log and .binlog, appends "label run wall" to walls.tsv
: > "$OUT/logs/walls.tsv"
build() {
  local label=$1 run=$2; shift 2
  local log="$OUT/logs/$label-$run.log" t0 t1
  t0=$(now)
  if ! dotnet build "$sln" "${common[@]}" -bl:"$OUT/logs/$label-$run.binlog" "$@" > "$log" 2>&1; then
    grep -E ' error ' "$log" | sort -u | head -n 20; tail -n 5 "$log"; exit 1
  fi
  t1=$(now)
  printf '%s\t%s\t%s\n' "$label" "$run" "$(echo "$t1 - $t0" | bc)" >> "$OUT/logs/walls.tsv"
  printf '    %-8s run %s: %6.1f s wall\n' "$label" "$run" "$(echo "$t1 - $t0" | bc)"
}

# A pair (with + without) is only started when the previous pair's duration still fits in the budget; run 1 always runs.
done_runs=0
pair=0
for run in $(seq 1 "$RUNS"); do
  elapsed=$(( $(date +%s) - start ))
  if [ "$run" -gt 1 ] && [ $(( elapsed + pair )) -gt "$BUDGET_SECONDS" ]; then
    echo "==> time budget: ${elapsed}s used, a pair takes ~${pair}s, budget ${BUDGET_SECONDS}s; reporting $done_runs run(s)" >&2
    break
  fi
  echo "==> run $run/$RUNS"
  p0=$(date +%s)
  build with "$run"
  build without "$run" -p:BenchWithoutAksReady=true
  if [ "$PORTABLE" = 1 ]; then build portable "$run" -p:AksReadyAnalyzersPrecompiled=false; fi
  pair=$(( $(date +%s) - p0 ))
  done_runs=$run
done
fi # REPORT_ONLY

# ---------------------------------------------------------------------------------------------------------- extract
# One TSV row per (build, analyzer): label run kind name seconds. kind: csc | total | asm (analyzer assembly) | rule.
extract() {
  local label=$1 run=$2 log="$OUT/logs/$1-$2.log"
  awk -v label="$label" -v run="$run" '
    function secs(s) { return (s ~ /^</) ? 0 : s + 0 }
    /Total analyzer execution time:/ { for (i = 1; i <= NF; i++) if ($i == "time:") total += $(i + 1); inrep = 1; next }
    /Total generator execution time:/ { inrep = 0 }
    inrep && /^[ \t]*[<0-9.]+[ \t]+[<0-9]+[ \t]+[^ ]/ {
      t = $1; rest = $0; sub(/^[ \t]*[<0-9.]+[ \t]+[<0-9]+[ \t]+/, "", rest)
      if (rest ~ /, Version=/) { name = rest; sub(/, Version=.*/, "", name); asm[name] += secs(t) }
      else { name = rest; sub(/ \(.*$/, "", name); ids[name] = rest; sub(/^[^(]*/, "", ids[name]); rule[name] += secs(t) }
    }
    /^[ \t]*[0-9]+ ms[ \t]+Csc[ \t]+[0-9]+ calls/ { csc = $1 / 1000 }
    END {
      printf "%s\t%s\tcsc\tCsc\t%.3f\n", label, run, csc
      printf "%s\t%s\ttotal\tall analyzers\t%.3f\n", label, run, total
      for (a in asm) printf "%s\t%s\tasm\t%s\t%.3f\n", label, run, a, asm[a]
      for (r in rule) printf "%s\t%s\trule\t%s %s\t%.3f\n", label, run, r, ids[r], rule[r]
    }' "$log"
}
: > "$OUT/results.tsv"
for run in $(seq 1 "$done_runs"); do
  extract with "$run" >> "$OUT/results.tsv"
  extract without "$run" >> "$OUT/results.tsv"
  if [ -f "$OUT/logs/portable-$run.log" ]; then extract portable "$run" >> "$OUT/results.tsv"; fi
done

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print 0; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
col() { awk -F'\t' -v l="$1" -v k="$2" -v n="$3" '$1 == l && $3 == k && $4 == n { print $5 }' "$OUT/results.tsv"; }
wall() { awk -F'\t' -v l="$1" '$1 == l { print $3 }' "$OUT/logs/walls.tsv"; }

csc_with=$(col with csc Csc | median)
csc_without=$(col without csc Csc | median)
an_with=$(col with total "all analyzers" | median)
aks=$(col with asm AksReady.Analyzers | median)
wall_with=$(wall with | median | xargs printf "%.1f")
wall_without=$(wall without | median | xargs printf "%.1f")
# Secrets + logging rules: AKS2xxx and AKS3xxx.
per_run_group() { # sums the rules whose ids match $1, per run, then prints them one a line
  awk -F'\t' -v re="$1" '$1 == "with" && $3 == "rule" && $4 ~ /^AksReady\./ && $4 ~ re { s[$2] += $5 } END { for (r in s) print s[r] }' "$OUT/results.tsv"
}
secrets_logging=$(per_run_group '\\(AKS[23][0-9][0-9][0-9]' | median)
pct() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", 100 * a / b; else print "n/a" }'; }
# Median over runs of (time of <kind,name> / Csc time) of the same WITH build, in %. $3 = regex on the name (rule groups).
run_pct() {
  awk -F'\t' -v k="$1" -v n="$2" -v re="${3:-}" -v label="${4:-with}" '
    $1 == label && $3 == "csc" { csc[$2] = $5 }
    $1 == label && $3 == k && ((re == "" && $4 == n) || (re != "" && $4 ~ /^AksReady\./ && $4 ~ re)) { t[$2] += $5 }
    END { for (r in csc) if (csc[r] > 0) printf "%.4f\n", 100 * t[r] / csc[r] }' "$OUT/results.tsv" | median | xargs printf "%.2f"
}
aks_pct=$(run_pct asm AksReady.Analyzers)
secrets_logging_pct=$(run_pct rule "" '\\(AKS[23][0-9][0-9][0-9]')

report="$OUT/results.md"
{
  echo "# AksReady analyzer benchmark — $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), $(uname -sr); .NET SDK $(dotnet --version); AksReady.Analyzers $version"
  echo "Solution: $(cat "$OUT/logs/generate.txt")"
  if grep -q 'CompilerServer: server' "$OUT"/logs/with-1.log 2>/dev/null; then compiler="compiler server (UseSharedCompilation=true)"; else compiler="one csc process per project (UseSharedCompilation=false)"; fi
  echo "Builds: $done_runs x with + $done_runs x without AksReady (--no-incremental, ReportAnalyzer=true, -v:d), $compiler; medians below."
  echo
  echo "| measure | with AksReady | without AksReady |"
  echo "|---|---:|---:|"
  echo "| build wall time (s) | $wall_with | $wall_without |"
  echo "| Csc task time, sum over projects (s) | $csc_with | $csc_without |"
  echo "| all analyzers, ReportAnalyzer sum (s) | $an_with | $(col without total "all analyzers" | median) |"
  echo "| AksReady analyzers (s) | $aks | 0 |"
  echo
  echo "- (a) AksReady analyzers / Csc time of the same build, median over runs: **$aks_pct %** (goal <= 3 %)"
  echo "- (a') secrets + logging rules (AKS2xxx + AKS3xxx) / Csc time, median over runs: **$secrets_logging_pct %** (goal <= 2 %; $secrets_logging s median)"
  if grep -q 'precompiled/[a-z0-9-]*/AksReady\.Analyzers\.dll' "$OUT"/logs/with-1.log 2>/dev/null; then
    echo "- AksReady.Analyzers.dll handed to csc: the ReadyToRun copy for this host (precompiled/<rid>/)"
  else
    echo "- AksReady.Analyzers.dll handed to csc: the portable IL assembly (analyzers/dotnet/cs/)"
  fi
  if grep -q $'^portable\t' "$OUT/results.tsv"; then
    echo "- (a'') the same builds with the portable IL assembly (AksReadyAnalyzersPrecompiled=false), median over runs: all AksReady **$(run_pct asm AksReady.Analyzers "" portable) %**, secrets + logging **$(run_pct rule "" '\\(AKS[23][0-9][0-9][0-9]' portable) %** (Csc $(col portable csc Csc | median) s, AksReady $(col portable asm AksReady.Analyzers | median) s)"
  fi
  echo "- AksReady share of all analyzer time: $(pct "$aks" "$an_with") %"
  echo "- (b) build wall time with / without: **$(awk -v a="$wall_with" -v b="$wall_without" 'BEGIN { printf "%.3f", a / b }')** (Csc time ratio $(awk -v a="$csc_with" -v b="$csc_without" 'BEGIN { printf "%.3f", a / b }'))"
  echo
  echo "Per run (the spread shows how noisy the machine was):"
  echo
  echo "| run | wall with (s) | wall without (s) | Csc with (s) | Csc without (s) | AksReady (s) | AksReady % of Csc |"
  echo "|---|---:|---:|---:|---:|---:|---:|"
  for run in $(seq 1 "$done_runs"); do
    ww=$(awk -F'\t' -v r="$run" '$1 == "with" && $2 == r { printf "%.1f", $3 }' "$OUT/logs/walls.tsv")
    wo=$(awk -F'\t' -v r="$run" '$1 == "without" && $2 == r { printf "%.1f", $3 }' "$OUT/logs/walls.tsv")
    cw=$(awk -F'\t' -v r="$run" '$1 == "with" && $2 == r && $3 == "csc" { print $5 }' "$OUT/results.tsv")
    co=$(awk -F'\t' -v r="$run" '$1 == "without" && $2 == r && $3 == "csc" { print $5 }' "$OUT/results.tsv")
    ak=$(awk -F'\t' -v r="$run" '$1 == "with" && $2 == r && $3 == "asm" && $4 == "AksReady.Analyzers" { print $5 }' "$OUT/results.tsv")
    echo "| $run | $ww | $wo | $cw | $co | $ak | $(pct "$ak" "$cw") |"
  done
  echo
  echo "Per AksReady analyzer (time = median over runs of the sum over projects; % of Csc = median over runs of time / Csc of the same build):"
  echo
  echo "| analyzer | ids | time (s) | % of Csc | % of AksReady |"
  echo "|---|---|---:|---:|---:|"
  awk -F'\t' '$1 == "with" && $3 == "rule" && $4 ~ /^AksReady\./ { print $4 }' "$OUT/results.tsv" | sort -u | while read -r name; do
    t=$(col with rule "$name" | median)
    short=${name#AksReady.Analyzers.Rules.}
    printf '%s\t%s\t%s\n' "$t" "${short%% *}" "${short#* }"
  done | sort -gr | while IFS=$'\t' read -r t n ids; do
    echo "| $n | ${ids//[()]/} | $t | $(run_pct rule "AksReady.Analyzers.Rules.$n $ids") | $(pct "$t" "$aks") |"
  done
  echo
  echo "Other analyzer assemblies in the WITH builds (for scale):"
  echo
  echo "| assembly | time (s) | % of Csc |"
  echo "|---|---:|---:|"
  awk -F'\t' '$1 == "with" && $3 == "asm" { print $4 }' "$OUT/results.tsv" | sort -u | while read -r a; do
    t=$(col with asm "$a" | median); printf '%s\t%s\n' "$t" "$a"
  done | sort -gr | while IFS=$'\t' read -r t a; do echo "| $a | $t | $(pct "$t" "$csc_with") |"; done
} > "$report"

echo
cat "$report"
echo
echo "raw: $OUT/results.tsv, logs and binlogs: $OUT/logs/ ($(( $(date +%s) - start )) s in total)"
