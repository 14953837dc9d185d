#!/usr/bin/env bash
# Install Newsline on a fresh Debian/Ubuntu machine: Qt's system libraries, fonts, a virtual
# screen for screenshots, then a virtual environment with the package and its test tools.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
  python3 python3-venv python3-pip
  # Qt offscreen and xcb platforms
  libglib2.0-0 libgl1 libegl1 libfontconfig1 libfreetype6 libx11-6 libxkbcommon0 libdbus-1-3
  libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xkb1 fonts-dejavu-core
  # screenshots on a virtual screen, and PDF checks in the tests
  xvfb xauth x11-apps imagemagick poppler-utils
)

if command -v apt-get >/dev/null 2>&1; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  missing=()
  for pkg in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
fi

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'
echo "Newsline installed in .venv"
