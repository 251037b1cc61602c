#!/usr/bin/env bash
# Regenerates the typed C# client in clients/Msp.Client from the document the API serves (Kiota, pinned in
# .config/dotnet-tools.json), and keeps that document beside it as clients/openapi.json: the suite's drift test fails
# when the served document and the checked-in one differ (ADR 29). Starts the API on a scratch database (Development)
# unless a base URL is given.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
base_url="${1:-}"
api_pid=""
stop_api() { if [[ -n "$api_pid" ]]; then kill "$api_pid" 2>/dev/null || true; wait "$api_pid" 2>/dev/null || true; fi; }
trap stop_api EXIT

if [[ -z "$base_url" ]]; then
  port="${CLIENT_PORT:-5298}"
  base_url="http://127.0.0.1:$port"
  scratch="$(mktemp -d)"
  dotnet build "$root/src/Msp.Api" -v q -nologo >/dev/null
  ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="$base_url" \
    ConnectionStrings__Msp="Data Source=$scratch/client.db" \
    dotnet run --no-build --no-launch-profile --project "$root/src/Msp.Api" >"$scratch/api.log" 2>&1 &
  api_pid=$!
  for _ in $(seq 1 120); do
    curl -fs "$base_url/health/ready" >/dev/null 2>&1 && break
    kill -0 "$api_pid" 2>/dev/null || { cat "$scratch/api.log" >&2; exit 1; }
    sleep 0.5
  done
fi

cd "$root"
curl -fsS "$base_url/openapi/v1.json" | python3 -c 'import json,sys; d=json.load(sys.stdin); d["servers"]=[{"url":"/"}]; print(json.dumps(d, indent=2, ensure_ascii=False))' > clients/openapi.json
dotnet tool restore >/dev/null
dotnet kiota generate --language CSharp --openapi clients/openapi.json --output clients/Msp.Client/Generated \
  --namespace-name Msp.Client --class-name MspClient --exclude-backward-compatible --clean-output --log-level Warning
rm -f clients/Msp.Client/Generated/kiota-lock.json clients/Msp.Client/Generated/.kiota.log
echo "Regenerated clients/Msp.Client from $base_url/openapi/v1.json"
