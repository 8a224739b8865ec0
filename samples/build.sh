#!/usr/bin/env bash
# The main job, as README's Quick start runs it: pack AksReady, build the Contoso.Shop sample with it, and show
# what AksReady found in the code and where it wrote each service's Dockerfile and Kubernetes manifests.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 MSBUILDDISABLENODEREUSE=1

echo "==> Packing AksReady into artifacts/packages"
packlog=$(mktemp)
if ! dotnet pack AksReady.sln -c Release -o artifacts/packages -tl:off -v:minimal -nologo >"$packlog" 2>&1; then
  cat "$packlog"; echo "Packing AksReady failed." >&2; exit 1
fi
rm -f "$packlog"
version=$(ls artifacts/packages/AksReady.Sdk.*.nupkg | sed -n 's/.*AksReady\.Sdk\.\([0-9].*\)\.nupkg/\1/p' | head -n 1)

# A package cache of the sample's own, so a re-packed version is never served stale from ~/.nuget/packages.
export NUGET_PACKAGES="$root/artifacts/samples-nuget-cache"
rm -rf "$NUGET_PACKAGES"/aksready.*

echo "==> Building samples/Contoso.Shop.sln with AksReady $version"
log=$(mktemp)
set +e
dotnet build samples/Contoso.Shop.sln -c Release -tl:off -nologo -v:normal -p:AksReadyVersion="$version" >"$log" 2>&1
status=$?
set -e

echo
echo "AksReady diagnostics:"
grep -oE '[^ >]+\([0-9]+,[0-9]+\): (warning|error) AKS[0-9]{4}: [^[]*' "$log" | sed "s#^$root/##" | sort -u | sed 's/^/  /' || echo "  (none)"
echo
echo "Deployment artifacts:"
# Generation is incremental: a build writes the files when their inputs changed and otherwise says they are up to date.
grep -oE 'AksReady: (wrote deployment artifacts for [^ ]+ to|deployment artifacts for [^ ]+ are up to date in) .*' "$log" | sort -u |
  while IFS= read -r line; do
    echo "  $line"
    dir=$(echo "$line" | sed -E 's/.* (to|in) //')
    find "$dir" -type f | sort | sed "s#^$root/#    #"
  done

if [ "$status" -ne 0 ]; then
  # Only diagnostics: a bare 'error' also matches the compiler command lines (/errorreport:prompt).
  echo; echo "The sample build failed:"; grep -E ': error [A-Z]*[0-9]*:' "$log" | sed "s#$root/##g" | sort -u | head -n 40
  exit "$status"
fi
rm -f "$log"
