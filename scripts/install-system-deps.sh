#!/usr/bin/env bash
# Installs the Debian packages the test suite needs, when they are missing. Safe to run again.
#   fonts-droid-fallback: the CJK font embedded in generated sample PDFs (tests regenerate the corpus).
#   chromium, libreoffice-writer-nogui / -calc-nogui, fonts-arphic-uming: the web page's browser tests and the
#   exported forms rendered as LibreOffice shows them (see below).
set -euo pipefail
bash "$(dirname "$0")/services.sh"  # Redis and PostgreSQL for the service tests

need=()
[ -f /usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf ] || need+=(fonts-droid-fallback)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
# chromium: the reviewer web page's browser tests (Playwright drives /usr/bin/chromium headless).
[ -x /usr/bin/chromium ] || need+=(chromium)
# libreoffice-writer-nogui: DOCX pages for the viewer and the exported 评查表 checked as LibreOffice shows it
# (about 200 MB, ~35 s to install here).
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
# libreoffice-calc-nogui: the exported XLSX (汇总表, 整改台账) rendered as LibreOffice prints them (~20 MB).
[ -f /usr/lib/libreoffice/program/libscfiltlo.so ] || need+=(libreoffice-calc-nogui)
# fonts-arphic-uming: a CJK serif (AR PL UMing CN) that fontconfig gives for the official forms' SimSun / FangSong
# on Debian (`fc-match 'FangSong:lang=zh-cn'`), instead of a sans fallback (~8 MB).
[ -f /usr/share/fonts/truetype/arphic/uming.ttc ] || need+=(fonts-arphic-uming)

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
