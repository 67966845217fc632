#!/usr/bin/env bash
# Installs what building and testing Ember needs on Debian 12 (run as root, or with sudo available).
set -eu
pkgs="make gcc clang libclang-rt-14-dev zlib1g-dev liburing-dev libseccomp-dev libmicrohttpd-dev libcapstone-dev openjdk-17-jdk-headless binutils unicode-data time curl wrk python3"
missing=""
for p in $pkgs; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO=sudo
    $SUDO apt-get update -q
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends $missing
fi
