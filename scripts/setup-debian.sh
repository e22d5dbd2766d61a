#!/usr/bin/env bash
# Installs what Caravan needs on Debian 12 (see ../shared/PLATFORM.md), only what is missing.
# Runs as root or through sudo; does nothing when every package is already there.
set -euo pipefail

packages=(
  build-essential cmake pkg-config ninja-build ccache
  qt6-base-dev libqt6opengl6-dev libqt6sql6-sqlite libqt6sql6-psql
  qt6-charts-dev libpoppler-qt6-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  libicu-dev fonts-noto-core fonts-noto-cjk poppler-utils
  postgresql-15 libpq-dev qtkeychain-qt6-dev
  xvfb xauth
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
