#!/usr/bin/env bash
# Packaging check: the tarball as npm would publish it, used the ways consumers do. publint and
# are-the-types-wrong on the tarball; no `any` in the public types; then three consumer
# projects that install the tarball, compile the README's example under strict TypeScript and
# run it: ESM with Node's own resolution (nodenext), a bundler setup (moduleResolution bundler,
# bundled with esbuild), and CommonJS. Also the bin, the JSON Schema export, and a browser
# bundle of the installed core within its size budget.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"
tarball="$work/$(npm pack --silent --pack-destination "$work" | tail -n 1)"
tsc="$root/node_modules/.bin/tsc"
esbuild="$root/node_modules/.bin/esbuild"

npx --no-install publint run --strict "$root" > "$work/publint.txt" || { cat "$work/publint.txt"; exit 1; }
# node10 resolution (TypeScript's "moduleResolution": "node") cannot see subpath exports such as
# autoscreen/node; every modern resolution must be clean.
npx --no-install attw "$tarball" --profile node16 --format ascii > "$work/attw.txt" || { cat "$work/attw.txt"; exit 1; }
node .ci/no-any.mjs dist/index.d.ts dist/node.d.ts > /dev/null

# The README's first TypeScript example, as a consumer would paste it.
awk '/^```ts$/{on=1; next} /^```$/{if(on){exit}} on' README.md > "$work/readme-example.ts"
[ -s "$work/readme-example.ts" ] || { echo "README has no ts example"; exit 1; }

consumer() { # name, package.json type
  mkdir -p "$work/$1/rules"
  cd "$work/$1"
  printf '{ "name": "%s", "version": "1.0.0", "private": true, "type": "%s" }\n' "$1" "$2" > package.json
  npm install --silent --no-audit --no-fund --prefer-offline "$tarball" > /dev/null
  cp "$root/rules/frontend-developer.yaml" rules/
}
strict=(--strict --noUncheckedIndexedAccess --exactOptionalPropertyTypes --target es2022 --lib es2022,dom --types node --typeRoots "$root/node_modules/@types" --skipLibCheck false)

# 1. ESM, nodenext.
consumer esm module
cp "$work/readme-example.ts" readme.mts
"$tsc" "${strict[@]}" --module nodenext --moduleResolution nodenext --outDir out readme.mts
node out/readme.mjs > out.txt
grep -q "^reject$\|^pass$\|^review$" out.txt || { echo "esm: README example printed no outcome"; cat out.txt; exit 1; }
grep -q "Hej Maja" out.txt || { echo "esm: README example printed no message"; exit 1; }
[ "$(./node_modules/.bin/autoscreen --version)" = "$(node -p "require('$root/package.json').version")" ]
./node_modules/.bin/autoscreen validate rules/ > /dev/null
# The studio ships built: it starts from the installed package, serves its page, trades the one-time
# address for a session once, and refuses the API without one.
node --input-type=module -e "
import { spawn } from 'node:child_process'
const child = spawn('./node_modules/.bin/autoscreen', ['studio', 'rules', '--no-open'], { stdio: ['ignore', 'pipe', 'inherit'] })
let out = ''
const url = await new Promise((ok, fail) => { child.stdout.on('data', (c) => { out += c; const m = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(out); if (m) ok(m[0]) }); setTimeout(() => fail(new Error('no address: ' + out)), 15000) })
const page = await (await fetch(url)).text()
const token = new URL(url).searchParams.get('token')
// The page trades the one-time token for a session (no cookie), then lists the files with it.
const exchange = await fetch(new URL('/api/session', url), { method: 'POST', headers: { 'x-studio-token': token } })
const { session } = await exchange.json()
const files = await fetch(new URL('/api/files', url), { headers: { 'x-studio-session': session } })
const again = (await fetch(new URL('/api/session', url), { method: 'POST', headers: { 'x-studio-token': token } })).status
const denied = (await fetch(new URL('/api/files', url))).status
child.kill('SIGINT')
if (!page.includes('<title>Criteria Studio') || exchange.headers.get('set-cookie') || files.status !== 200 || again !== 410 || denied !== 401) { console.error('studio smoke test failed', exchange.status, files.status, again, denied); process.exit(1) }
"
node --input-type=module -e "import s from 'autoscreen/criteria.schema.json' with { type: 'json' }; if (s.title !== 'autoscreen criteria file') process.exit(1)"
node --input-type=module -e "const [a, n] = await Promise.all([import('autoscreen'), import('autoscreen/node')]); if (a.CriteriaError !== n.CriteriaError || a.compileCriteria !== n.compileCriteria) { console.error('autoscreen and autoscreen/node hold two copies'); process.exit(1) }"

# 2. A bundler setup: moduleResolution bundler, bundled with esbuild and run; and the core
#    alone bundled for the browser from the installed package, within its budget.
consumer bundler module
cp "$work/readme-example.ts" readme.ts
"$tsc" "${strict[@]}" --module esnext --moduleResolution bundler --noEmit readme.ts
"$esbuild" readme.ts --bundle --platform=node --format=esm --packages=external --outfile=out.mjs --log-level=warning
node out.mjs | grep -q "Hej Maja"
cat > browser.ts <<'TS'
import { compileCriteria, deliveryPolicy, loadCriteriaText, planDelivery, renderMessage } from 'autoscreen'
export function screen(text: string, app: Parameters<ReturnType<typeof compileCriteria>['screen']>[0]) {
  const screener = compileCriteria(loadCriteriaText(text))
  const result = screener.screen(app, { now: 'arrival' })
  const now = new Date(result.audit.evaluatedAt)
  return [result, renderMessage(result, { screener, now }), planDelivery(result, deliveryPolicy(screener.criteria), { now })]
}
TS
"$tsc" "${strict[@]}" --module esnext --moduleResolution bundler --noEmit browser.ts
"$esbuild" browser.ts --bundle --platform=browser --format=esm --minify --outfile=browser.js --log-level=warning
size=$(gzip -9 -c browser.js | wc -c)
# The same 146 kB budget as test/platform/browser-bundle.test.ts (120 kB before issue #20, 128 kB before #22, 140 kB before #24's prepared paths; why there).
[ "$size" -lt $((146 * 1024)) ] || { echo "browser bundle of the installed core is $size bytes gzipped, over the 146 kB budget"; exit 1; }
# sideEffects: false holds in practice: a program that uses one small function gets only it.
echo "import { canonicalJson } from 'autoscreen'; console.log(canonicalJson({ b: 1, a: 2 }))" > shake.ts
"$esbuild" shake.ts --bundle --platform=browser --format=esm --minify --outfile=shake.js --log-level=warning
shake=$(wc -c < shake.js)
[ "$shake" -lt 5000 ] || { echo "importing canonicalJson alone bundles $shake bytes: something keeps the rest of the library alive"; exit 1; }

# 3. CommonJS: require() resolves the CommonJS build and its .d.cts types.
consumer cjs commonjs
# CommonJS has no top-level await: the same code, its body in an async function.
{ grep '^import ' "$work/readme-example.ts"; echo '(async () => {'; grep -v '^import ' "$work/readme-example.ts"; echo '})().catch((e) => { console.error(e); process.exit(1) })'; } > readme.cts
"$tsc" "${strict[@]}" --module nodenext --moduleResolution nodenext --outDir out readme.cts
node out/readme.cjs | grep -q "Hej Maja"
node -e "
const a = require('autoscreen'), n = require('autoscreen/node')
if (a.CriteriaError !== n.CriteriaError) { console.error('autoscreen and autoscreen/node hold two copies of the library'); process.exit(1) }
if (require('autoscreen/criteria.schema.json').title !== 'autoscreen criteria file') process.exit(1)
"
node --input-type=module -e "
const esm = await import('autoscreen'), cjs = (await import('node:module')).createRequire(import.meta.url)('autoscreen')
try { cjs.loadCriteriaText('id: [') } catch (e) { if (!(e instanceof esm.CriteriaError) || !esm.isCriteriaError(e)) { console.error('an error of the CommonJS copy is not recognised by the ESM copy'); process.exit(1) } }
"

echo "package: ok ($(basename "$tarball"): publint, attw (node16, bundler), no any, ESM nodenext, bundler, CommonJS, bin, studio; browser core $((size / 1024)) kB gzipped; one function alone $shake bytes)"
