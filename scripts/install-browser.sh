#!/usr/bin/env bash
# Installs the browsers staff use, from Debian, when any is missing (used by .ci/run and by
# `npm run demo`): chromium and firefox-esr, each with its Chinese UI locale (chromium-l10n,
# firefox-esr-l10n-zh-cn, so the extension speaks zh_CN in tests and the demo as it does for
# staff), and fonts-noto-cjk. Playwright never downloads its own browser here.
set -euo pipefail
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
PACKAGES='chromium chromium-l10n firefox-esr firefox-esr-l10n-zh-cn fonts-noto-cjk'
missing=''
for package in $PACKAGES; do installed "$package" || missing="$missing $package"; done
if [ -z "$missing" ]; then
  exit 0
fi
echo "==> apt-get install$missing"
SUDO=''
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO='sudo'
  else
    echo "需要安装浏览器：请以 root 运行 apt-get install -y$missing" >&2
    echo "Needs the browsers: run apt-get install -y$missing as root" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
# shellcheck disable=SC2086 # one word per package
$SUDO apt-get install -y $missing
