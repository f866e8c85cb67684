#!/usr/bin/env bash
# Before `npm start`: install the dependencies when they are missing (fresh clone) or older than
# package-lock.json (after a pull), and otherwise do nothing, so that a normal start costs nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
installed=node_modules/.package-lock.json
if [[ ! -f $installed || package-lock.json -nt $installed ]]; then
  echo "Installing dependencies (npm ci)…" >&2
  # Same fallback as .ci/run: the lock lacks other platforms' optional native packages, which
  # `npm ci` calls "out of sync"; `npm install` keeps the locked versions.
  if ! npm ci --no-audit --no-fund; then
    echo "npm ci refused package-lock.json; installing with npm install instead" >&2
    npm install --no-audit --no-fund
  fi
fi
