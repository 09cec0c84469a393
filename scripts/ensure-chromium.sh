#!/bin/sh
# Makes sure Debian's Chromium is at /usr/bin/chromium, for FilingSheetBrowserIT (the filing sheet rendered
# in a real browser). Idempotent: does nothing when it is already there. Installs it with apt-get when run
# as root; otherwise stops with a message saying what to run.
set -eu

CHROMIUM=/usr/bin/chromium

if [ -x "$CHROMIUM" ]; then
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "ensure-chromium: $CHROMIUM is missing and this is not root, so it cannot be installed here." >&2
    echo "ensure-chromium: install Debian's package as root: apt-get update && apt-get install -y chromium" >&2
    exit 1
fi

echo "ensure-chromium: installing Debian's chromium package" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -q >&2
apt-get install -y -q chromium >&2

if [ ! -x "$CHROMIUM" ]; then
    echo "ensure-chromium: apt-get finished but $CHROMIUM is still missing" >&2
    exit 1
fi
