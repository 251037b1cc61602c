#!/usr/bin/env bash
# Replaces the vendored axe-core (tests/Msp.IntegrationTests/Console/axe.min.js, MPL-2.0) with the given version from npm.
# The browser tests read the file from the build output, so they need neither Node.js nor the network (ADR 32).
set -euo pipefail
version="${1:?usage: scripts/update-axe.sh <axe-core version, e.g. 4.10.3>}"
cd "$(dirname "$0")/.."
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
(cd "$scratch" && npm pack "axe-core@$version" >/dev/null && tar xzf "axe-core-$version.tgz")
cp "$scratch/package/axe.min.js" tests/Msp.IntegrationTests/Console/axe.min.js
sed -i "s/axe-core [0-9.]* (MPL-2.0)/axe-core $version (MPL-2.0)/" tests/Msp.IntegrationTests/Msp.IntegrationTests.csproj
echo "axe-core $version: $(sha256sum tests/Msp.IntegrationTests/Console/axe.min.js | cut -d' ' -f1)"
