#!/usr/bin/env bash
# Packaging check: pack the built package, install the tarball into an empty project and use it
# the ways consumers do: ESM import, CommonJS require, the bin, and type-checking from both
# module systems with Node's own resolution (nodenext).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"
tarball="$(npm pack --silent --pack-destination "$work" | tail -n 1)"
mkdir "$work/consumer"
cd "$work/consumer"
printf '{ "name": "consumer", "version": "1.0.0", "private": true, "type": "module" }\n' > package.json
npm install --silent --no-audit --no-fund --prefer-offline "$work/$tarball" >/dev/null
cat > esm.mjs <<'JS'
import { compileCriteria, loadCriteriaText, VERSION } from 'autoscreen'
import assert from 'node:assert/strict'
assert.equal(typeof compileCriteria, 'function')
assert.equal(typeof loadCriteriaText, 'function')
assert.match(VERSION, /^\d+\.\d+\.\d+/)
JS
cat > cjs.cjs <<'JS'
const { compileCriteria, VERSION } = require('autoscreen')
const assert = require('node:assert/strict')
assert.equal(typeof compileCriteria, 'function')
assert.match(VERSION, /^\d+\.\d+\.\d+/)
assert.equal(require('autoscreen/criteria.schema.json').title, 'autoscreen criteria file')
JS
node esm.mjs
node cjs.cjs
[ "$(./node_modules/.bin/autoscreen --version)" = "$(node -p "require('$root/package.json').version")" ]
cat > types.mts <<'TS'
import { compileCriteria, type ScreeningResult } from 'autoscreen'
const outcome: ScreeningResult['outcome'] = 'pass'
export const f: typeof compileCriteria = compileCriteria
export { outcome }
TS
cat > types.cts <<'TS'
import autoscreen = require('autoscreen')
export const f: typeof autoscreen.compileCriteria = autoscreen.compileCriteria
TS
"$root/node_modules/.bin/tsc" --noEmit --strict --module nodenext --moduleResolution nodenext --skipLibCheck \
  --typeRoots "$root/node_modules/@types" --types node types.mts types.cts
echo "package: ok ($tarball: ESM, CJS, bin and types)"
