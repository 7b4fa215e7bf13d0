#!/usr/bin/env bash
# Installs Debian's chromium and fonts-noto-cjk when either is missing (used by .ci/run and by
# `npm run demo`). Playwright never downloads its own browser here.
set -euo pipefail
if [ -x /usr/bin/chromium ] && dpkg-query -W -f='${Status}' fonts-noto-cjk 2>/dev/null | grep -q 'install ok installed'; then
  exit 0
fi
echo '==> apt-get install chromium fonts-noto-cjk'
SUDO=''
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO='sudo'
  else
    echo '需要安装 chromium 和 fonts-noto-cjk：请以 root 运行 apt-get install -y chromium fonts-noto-cjk' >&2
    echo 'Needs chromium and fonts-noto-cjk: run apt-get install -y chromium fonts-noto-cjk as root' >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y chromium fonts-noto-cjk
