#!/usr/bin/env bash
# The reverse-proxy tests start Debian's varnishd in front of the test server; install it when
# missing. Only the binary is needed: the tests start their own varnishd (own work directory,
# free port) and stop it, so the system's varnish service is switched off again after installing.
set -euo pipefail

if command -v varnishd >/dev/null 2>&1 || [ -x /usr/sbin/varnishd ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Varnish is missing: run 'sudo apt-get install varnish' (the reverse-proxy tests need varnishd)." >&2
  exit 1
fi
echo "Installing Debian's varnish"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
# policy-rc.d-free machines (containers) may not start the service at all; either way we don't need it.
apt-get install -y -q varnish
if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet varnish 2>/dev/null; then
  systemctl disable --now varnish || true
fi
