#!/usr/bin/env bash
# Installs the validators the SchemaGate tests call (ajv for JSON Schema, the SARIF multitool,
# action-validator for workflows) into tests/tools/node_modules. Idempotent: when the installed
# tree already matches package-lock.json it returns at once.
set -euo pipefail
cd "$(dirname "$0")"

stamp=node_modules/.schemagate-installed
if [[ -f "$stamp" && -f package-lock.json ]] && cmp -s package-lock.json "$stamp"; then
  echo "test tools already installed"
  exit 0
fi

if ! command -v npm >/dev/null 2>&1; then
  echo "npm is required to install the test tools (Node.js 18 or newer)" >&2
  exit 1
fi

if [[ -f package-lock.json ]]; then
  npm ci --no-audit --no-fund
else
  npm install --no-audit --no-fund
fi

# npm may skip the package's postinstall step; the multitool binary must be executable.
for bin in node_modules/@microsoft/sarif-multitool-*/Sarif.Multitool; do
  [[ -f "$bin" ]] && chmod u+x "$bin"
done

cp package-lock.json "$stamp"
echo "test tools installed in $(pwd)/node_modules"
