#!/usr/bin/env bash
# Browser tests drive Debian's Chromium; install it from Debian's packages when missing.
# Playwright never downloads a browser here.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Chromium is missing: run 'sudo apt-get install chromium' (browser tests need /usr/bin/chromium)." >&2
  exit 1
fi
echo "Installing Debian's chromium"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q chromium
