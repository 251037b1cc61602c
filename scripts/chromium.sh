#!/usr/bin/env bash
# The one lookup of the browser tests' Chromium and its driver, for .ci/run and for the tests (Browser/HeadlessChromium):
# MSP_CHROMIUM and MSP_CHROMEDRIVER when set, else chromium and chromedriver on PATH, else Debian's /usr/bin paths.
# Prints the browser's path and the driver's, one a line, and exits 0; exits 1 naming what is missing.
set -uo pipefail

find_one() { # variable, names on PATH..., default path
    local override="$1" default="${*: -1}" name
    if [ -n "${!override:-}" ]; then
        echo "${!override}"
        return
    fi
    for name in "${@:2:$#-2}"; do
        if command -v "$name" >/dev/null 2>&1; then
            command -v "$name"
            return
        fi
    done
    echo "$default"
}

browser=$(find_one MSP_CHROMIUM chromium chromium-browser /usr/bin/chromium)
driver=$(find_one MSP_CHROMEDRIVER chromedriver /usr/bin/chromedriver)
missing=()
[ -x "$browser" ] || missing+=("$browser")
[ -x "$driver" ] || missing+=("$driver")
if [ ${#missing[@]} -gt 0 ]; then
    echo "No headless Chromium here (${missing[*]} missing): apt-get install chromium chromium-driver" >&2
    exit 1
fi
echo "$browser"
echo "$driver"
