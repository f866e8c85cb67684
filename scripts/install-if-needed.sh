#!/usr/bin/env bash
# Before `npm start` and `npm test`: install the dependencies with `npm ci` when they are missing
# (fresh clone) or older than package-lock.json (after a pull), and otherwise do nothing, so that a
# normal start or test run costs nothing. `npm ci` installs exactly the lock and never rewrites it.
set -euo pipefail
cd "$(dirname "$0")/.."
installed=node_modules/.package-lock.json
if [[ ! -f $installed || package-lock.json -nt $installed ]]; then
  echo "Installing dependencies (npm ci)…" >&2
  npm ci --no-audit --no-fund
fi
