#!/bin/sh
# Written by `dotnet new msp-operation`: adds the operation's route line and its using to the module's endpoints file,
# then deletes itself.
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
# After the group's last route statement, which may go on over several lines (its documented answers) until its ';'.
start=$(grep -n "^        $group\.MapOperation\|var $group = app\.MapModule" "$endpoints" | tail -n 1 | cut -d: -f1)
last=$(awk -v start="$start" 'NR >= start && /;[[:space:]]*$/ { print NR; exit }' "$endpoints")
sed -i.bak "${last}a\\
$line
" "$endpoints"
lastusing=$(grep -n '^using ' "$endpoints" | tail -n 1 | cut -d: -f1)
sed -i.bak "${lastusing}a\\
using $namespace;
" "$endpoints"
rm -f "$endpoints.bak" "$0"
echo "Mapped $type on MSP_METHOD /mspPath in $endpoints."
