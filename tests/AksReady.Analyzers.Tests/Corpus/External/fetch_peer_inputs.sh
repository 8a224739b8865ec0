#!/usr/bin/env bash
# Recreates the SonarAnalyzer part of the held-out corpus from a local clone of SonarSource/sonar-dotnet.
# Those test inputs are third-party code under Sonar's licence, so this repository keeps only where they are
# (peer-inputs.tsv: repository, path, commit, peer rule, candidate regex), not the files themselves.
#
#   bash fetch_peer_inputs.sh ~/src/sonar-dotnet            # writes artifacts/external-corpus/*.cs
#   AKSREADY_EXTERNAL_CORPUS=$PWD/artifacts/external-corpus dotnet test tests/AksReady.Analyzers.Tests --filter ExternalCorpus
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../../../.." && pwd)
checkout=${1:?usage: fetch_peer_inputs.sh <sonar-dotnet clone> [output folder]}
out=${2:-$root/artifacts/external-corpus}
mkdir -p "$out"
while IFS=$'\t' read -r file repository path commit peer candidates; do
  case "$file" in ''|'#'*) continue ;; esac
  {
    printf '// Provenance: %s:%s@%s (test input, used as data)\n' "$repository" "$path" "$commit"
    printf '// Peer rule: %s\n' "$peer"
    printf '// Candidates: %s\n' "$candidates"
    git -C "$checkout" show "$commit:$path"
  } > "$out/$file"
  echo "$out/$file"
done < "$here/peer-inputs.tsv"
