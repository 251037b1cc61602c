#!/bin/sh
# Written by `dotnet new msp-operation`: adds the operation's route line and its using to the module's endpoints file, a
# request to the module's http/*.http and a row to README's routes table (ADR 31; a test holds every route to both), then
# deletes itself.
set -eu
request=$(find src/Msp.Application -path '*/MspOperation/MspOperationQuery.cs' -o -path '*/MspOperation/MspOperationCommand.cs' | head -n 1)
type=$(basename "$request" .cs)
namespace=$(sed -n 's/^namespace \(.*\);$/\1/p' "$request")
case "$namespace" in
    Msp.Application.Upstreams.*) endpoints=src/Msp.Api/Endpoints/UpstreamsEndpoints.cs ;;
    *) endpoints=src/Msp.Api/Endpoints/MspModuleEndpoints.cs ;;
esac
group=$(sed -n 's/.*var \([A-Za-z]*\) = app\.MapModule("MspModule",.*/\1/p' "$endpoints")
if [ -z "$group" ]; then
    echo "$endpoints has no module group \"MspModule\": add one (var group = app.MapModule(\"MspModule\", \"what it does\");), then this line:" >&2
    echo "    <group>.MapOperation<$type>(\"MSP_METHOD\", \"/mspPath\");" >&2
    exit 1
fi
line="        $group.MapOperation<$type>(\"MSP_METHOD\", \"/mspPath\");"
# After the group's last route statement, which may go on over several lines until its ';'.
start=$(grep -n "^        $group\.MapOperation\|var $group = app\.MapModule" "$endpoints" | tail -n 1 | cut -d: -f1)
last=$(awk -v start="$start" 'NR >= start && /;[[:space:]]*$/ { print NR; exit }' "$endpoints")
sed -i.bak "${last}a\\
$line
" "$endpoints"
lastusing=$(grep -n '^using ' "$endpoints" | tail -n 1 | cut -d: -f1)
sed -i.bak "${lastusing}a\\
using $namespace;
" "$endpoints"
http=http/$(echo MspModule | tr '[:upper:]' '[:lower:]').http
case "$namespace" in
    Msp.Application.Upstreams.*) [ -f "$http" ] || http=http/upstreams.http ;;
esac
if [ ! -f "$http" ]; then
    printf '# MspModule. Run against `dotnet run --project src/Msp.Api` (the demo data).\n@host = http://localhost:5213\n\n# @name login\nPOST {{host}}/auth/login\nContent-Type: application/x-www-form-urlencoded\n\nemail=admin&password=Admin%%232016\n' > "$http"
fi
login=$(sed -n 's/^# @name \(.*\)$/\1/p' "$http" | head -n 1)
printf '\n###\n# MSP_METHOD /mspPath: the spec'"'"'s parameters, and the answer each request gets\nMSP_METHOD {{host}}/mspPath\nAuthorization: Bearer {{%s.response.body.access_token}}\n' "$login" >> "$http"
row=$(grep -n '^| .* | ✅ |$' README.md | tail -n 1 | cut -d: -f1)
sed -i.bak "${row}a\\
| — | MSP_METHOD /mspPath (scaffolded: the spec's section and what the operation does) | ✅ |
" README.md
rm -f "$endpoints.bak" README.md.bak "$0"
echo "Mapped $type on MSP_METHOD /mspPath in $endpoints, with a request in $http and a row in README.md."
