#!/usr/bin/env bash
# Installs DefectScope's build, runtime and test dependencies from Debian 12's archive.
# Idempotent and non-interactive: packages already present are skipped by apt.
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config git
  clang libclang-rt-dev
  qt6-base-dev qt6-base-dev-tools qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools qt6-translations-l10n
  libqt6svg6-dev libgl1-mesa-dev
  libtorch-dev libopenblas0-pthread libopenblas-dev liblapack-dev
  libopencv-dev libpng-dev zlib1g-dev libjpeg-dev libssl-dev
  libqcustomplot-dev
  libfaiss-dev libomp-dev
  xvfb xauth x11-utils imagemagick poppler-utils fonts-noto-cjk fonts-dejavu-core
  dpkg-dev desktop-file-utils appstream
  python3 python3-numpy python3-sklearn python3-scipy python3-torch python3-torchvision python3-pil
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all packages present"
  exit 0
fi

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
