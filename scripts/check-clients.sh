#!/usr/bin/env bash
# Generates a typed client from the document the API serves with each of three generators and compiles it:
# Kiota (C#), NSwag (C#, System.Text.Json) and @hey-api/openapi-ts (TypeScript, then tsc --noEmit). Prints the compile
# errors and the answers each leaves untyped, and exits non-zero when a client does not compile. The dotnet tools are
# pinned in .config/dotnet-tools.json; the npm ones here, installed on first use (Node.js 20 or later). With no argument
# the API is started on a scratch database (Development); with a base URL that API is used.
set -euo pipefail

HEY_API_VERSION=0.99.0
TYPESCRIPT_VERSION=5.9.3
root="$(cd "$(dirname "$0")/.." && pwd)"
tools="${XDG_CACHE_HOME:-$HOME/.cache}/msp-client-check/hey-api-$HEY_API_VERSION-typescript-$TYPESCRIPT_VERSION"
work="$(mktemp -d)"
base_url="${1:-}"
api_pid=""
stop_api() { if [[ -n "$api_pid" ]]; then kill "$api_pid" 2>/dev/null || true; wait "$api_pid" 2>/dev/null || true; fi; }
trap stop_api EXIT

if [[ ! -x "$tools/node_modules/.bin/openapi-ts" ]]; then
  command -v npm >/dev/null || { echo "npm (Node.js 20 or later) is needed for the TypeScript client" >&2; exit 2; }
  mkdir -p "$tools"
  echo '{"private":true}' > "$tools/package.json"
  npm install --prefix "$tools" --no-audit --no-fund --silent "@hey-api/openapi-ts@$HEY_API_VERSION" "typescript@$TYPESCRIPT_VERSION"
fi

if [[ -z "$base_url" ]]; then
  port="${CHECK_PORT:-5297}"
  base_url="http://127.0.0.1:$port"
  dotnet build "$root/src/Msp.Api" -v q -nologo >/dev/null
  ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="$base_url" ConnectionStrings__Msp="Data Source=$work/check.db" \
    dotnet run --no-build --no-launch-profile --project "$root/src/Msp.Api" >"$work/api.log" 2>&1 &
  api_pid=$!
  for _ in $(seq 1 120); do
    curl -fs "$base_url/health/ready" >/dev/null 2>&1 && break
    kill -0 "$api_pid" 2>/dev/null || { cat "$work/api.log" >&2; exit 1; }
    sleep 0.5
  done
fi

curl -fsS "$base_url/openapi/v1.json" -o "$work/openapi.json"
cd "$root"
dotnet tool restore >/dev/null
status=0
csproj() { # $1 folder, $2 nullable, $3 extra package references
  cat > "$1/Check.csproj" <<PROJECT
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework><Nullable>$2</Nullable><ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>false</TreatWarningsAsErrors><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup>
  <ItemGroup>$3</ItemGroup>
</Project>
PROJECT
}
errors() { { dotnet build "$1" 2>&1 || true; } | { grep -oE "error [A-Z]+[0-9]+.*\[" || true; } | sort -u | wc -l; }

echo "== Kiota"
mkdir -p "$work/kiota"
dotnet kiota generate --language CSharp --openapi "$work/openapi.json" --output "$work/kiota/Client" --namespace-name Check.Kiota --class-name CheckClient --log-level Error >/dev/null
kiota_packages=""
for package in Abstractions Http.HttpClientLibrary Serialization.Form Serialization.Json Serialization.Multipart Serialization.Text; do
  kiota_packages+="<PackageReference Include=\"Microsoft.Kiota.$package\" Version=\"2.1.6\" />"
done
csproj "$work/kiota" enable "$kiota_packages"
kiota_errors=$(errors "$work/kiota")
echo "compile errors: $kiota_errors; methods answering an untyped stream: $(grep -rhoE 'Task<(Stream|UntypedNode)' "$work/kiota/Client" | wc -l || true) (two signatures each)"
[[ "$kiota_errors" == 0 ]] || status=1

echo "== NSwag"
mkdir -p "$work/nswag"
dotnet nswag openapi2csclient /input:"$work/openapi.json" /output:"$work/nswag/Client.cs" /namespace:Check.NSwag /jsonLibrary:SystemTextJson /className:CheckClient >/dev/null
csproj "$work/nswag" disable ""
nswag_errors=$(errors "$work/nswag")
echo "compile errors: $nswag_errors; methods answering a file: $(grep -cE 'Task<FileResponse>' "$work/nswag/Client.cs")"
[[ "$nswag_errors" == 0 ]] || status=1

echo "== @hey-api/openapi-ts $HEY_API_VERSION, TypeScript $TYPESCRIPT_VERSION"
mkdir -p "$work/hey"
"$tools/node_modules/.bin/openapi-ts" -i "$work/openapi.json" -o "$work/hey/client" -c @hey-api/client-fetch >/dev/null
cat > "$work/hey/tsconfig.json" <<'TSCONFIG'
{ "compilerOptions": { "target": "ES2022", "module": "ESNext", "moduleResolution": "Bundler", "strict": true, "noEmit": true,
  "skipLibCheck": true, "lib": ["ES2022", "DOM", "DOM.Iterable"] }, "include": ["client/**/*.ts"] }
TSCONFIG
ts_errors=$("$tools/node_modules/.bin/tsc" -p "$work/hey/tsconfig.json" | grep -c "error TS" || true)
echo "compile errors: $ts_errors; answers typed unknown: $(grep -cE '^\s+[0-9]{3}: unknown;' "$work/hey/client/types.gen.ts" || true); unions of several scalar types: $(grep -cE 'boolean \| number \| string' "$work/hey/client/types.gen.ts" || true)"
[[ "$ts_errors" == 0 ]] || status=1
exit "$status"
