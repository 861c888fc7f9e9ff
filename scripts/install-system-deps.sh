#!/usr/bin/env bash
# Installs the Debian packages the test suite needs, when they are missing. Safe to run again.
#   fonts-droid-fallback: the CJK font embedded in generated sample PDFs (tests regenerate the corpus).
set -euo pipefail

need=()
[ -f /usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf ] || need+=(fonts-droid-fallback)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)

if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "需要安装系统软件包：${need[*]}（请以 root 运行：apt-get install ${need[*]}）" >&2
    exit 1
  fi
fi
echo "installing Debian packages: ${need[*]}" >&2
$sudo apt-get update -q >/dev/null
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${need[@]}" >/dev/null
