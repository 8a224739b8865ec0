#!/usr/bin/env bash
# Installs the offline CI-definition validators that the template tests run, into artifacts/tools/npm:
#   - @action-validator/cli: validates GitHub Actions workflows (a WebAssembly build shipped in the npm package);
#   - azure-pipelines-language-service: ships service-schema.json, the JSON schema of azure-pipelines.yml.
# Idempotent; prints the path of the action-validator binary (the schema is at
# node_modules/azure-pipelines-language-service/lib/service-schema.json beside it).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
tools="$root/artifacts/tools/npm"
bin="$tools/node_modules/.bin/action-validator"
schema_dir="$tools/node_modules/azure-pipelines-language-service"
if [ -x "$bin" ] && [ -d "$schema_dir" ]; then echo "$bin"; exit 0; fi
mkdir -p "$tools"
if ! command -v npm >/dev/null 2>&1; then
  echo "npm not found: installing nodejs and npm from Debian" >&2
  (apt-get update -qq && apt-get install -y -qq nodejs npm) >&2
fi
npm install --no-save --no-audit --no-fund --prefix "$tools" \
  @action-validator/cli@0.6.0 @action-validator/core@0.6.0 azure-pipelines-language-service@0.9.2 >&2
"$bin" --help >/dev/null 2>&1 || { echo "action-validator does not run" >&2; exit 1; }
echo "$bin"
