#!/usr/bin/env bash
# Lints the OpenAPI document the running API serves with Redocly CLI and Spectral, pinned, installed from npm on
# first use. With no argument the API is started on the demo database (Development), linted and stopped; with a
# base URL (e.g. http://localhost:5213) that API is linted. Exits non-zero on any error or unaccepted warning.
set -euo pipefail

REDOCLY_VERSION=2.77.0
SPECTRAL_VERSION=6.16.3
root="$(cd "$(dirname "$0")/.." && pwd)"
tools="${XDG_CACHE_HOME:-$HOME/.cache}/msp-openapi-lint/redocly-$REDOCLY_VERSION-spectral-$SPECTRAL_VERSION"

if [[ ! -x "$tools/node_modules/.bin/redocly" || ! -x "$tools/node_modules/.bin/spectral" ]]; then
  command -v npm >/dev/null || { echo "npm (Node.js 20 or later) is needed to lint the OpenAPI document" >&2; exit 2; }
  mkdir -p "$tools"
  echo '{"private":true}' > "$tools/package.json"
  npm install --prefix "$tools" --no-audit --no-fund --silent \
    "@redocly/cli@$REDOCLY_VERSION" "@stoplight/spectral-cli@$SPECTRAL_VERSION"
fi

base_url="${1:-}"
api_pid=""
stop_api() { if [[ -n "$api_pid" ]]; then kill "$api_pid" 2>/dev/null || true; wait "$api_pid" 2>/dev/null || true; fi; }
trap stop_api EXIT

if [[ -z "$base_url" ]]; then
  port="${LINT_PORT:-5299}"
  base_url="http://127.0.0.1:$port"
  scratch="$(mktemp -d)"
  dotnet build "$root/src/Msp.Api" -v q -nologo >/dev/null
  ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="$base_url" \
    ConnectionStrings__Msp="Data Source=$scratch/lint.db" \
    dotnet run --no-build --no-launch-profile --project "$root/src/Msp.Api" >"$scratch/api.log" 2>&1 &
  api_pid=$!
  for _ in $(seq 1 120); do
    curl -fs "$base_url/health/ready" >/dev/null 2>&1 && break
    kill -0 "$api_pid" 2>/dev/null || { cat "$scratch/api.log" >&2; exit 1; }
    sleep 0.5
  done
fi

mkdir -p "$root/artifacts"
curl -fsS "$base_url/openapi/v1.json" -o "$root/artifacts/openapi.json"

cd "$root"
status=0
echo "== Redocly CLI $REDOCLY_VERSION"
"$tools/node_modules/.bin/redocly" lint artifacts/openapi.json --config redocly.yaml --max-problems 200 || status=1
echo "== Spectral $SPECTRAL_VERSION"
"$tools/node_modules/.bin/spectral" lint artifacts/openapi.json --ruleset .spectral.yaml --fail-severity warn || status=1
exit "$status"
