#!/usr/bin/env bash
# Installs Debian's chromium, chromium-l10n (its Chinese UI locale, so the extension speaks
# zh_CN in tests and the demo as it does for staff) and fonts-noto-cjk when any is missing (used by .ci/run and by
# `npm run demo`). Playwright never downloads its own browser here.
set -euo pipefail
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
if [ -x /usr/bin/chromium ] && installed fonts-noto-cjk && installed chromium-l10n; then
  exit 0
fi
echo '==> apt-get install chromium chromium-l10n fonts-noto-cjk'
SUDO=''
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO='sudo'
  else
    echo '需要安装 chromium 和 fonts-noto-cjk：请以 root 运行 apt-get install -y chromium chromium-l10n fonts-noto-cjk' >&2
    echo 'Needs chromium and fonts-noto-cjk: run apt-get install -y chromium chromium-l10n fonts-noto-cjk as root' >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y chromium chromium-l10n fonts-noto-cjk
