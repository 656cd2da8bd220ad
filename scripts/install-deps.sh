#!/usr/bin/env bash
# Installs the Debian 12 packages GridCBA needs, only those that are missing.
set -euo pipefail
packages=(build-essential cmake ninja-build file pkg-config
  qt6-base-dev qt6-tools-dev qt6-svg-dev libqt6sql6-sqlite libqcustomplot-dev libboost-dev
  libsqlite3-dev coinor-libclp-dev libxlsxwriter-dev
  xvfb xauth poppler-utils unzip fonts-dejavu-core
  coinor-clp python3-scipy
  desktop-file-utils appstream libxml2-utils groff-base)
# coinor-clp (the clp command line) and python3-scipy (HiGHS) are the second solvers that
# the market-model tests and bench/bench_market check the dispatch LPs against.
# The last four serve the packaging test (packaging/test-package.sh): desktop-file-validate
# and update-desktop-database, appstreamcli validate, xmllint for the MIME and AppStream
# XML, and groff to lint the man pages.
# Optional, only for the libFuzzer targets (scripts/fuzz.sh calls this with --fuzz); the
# normal build and CI use g++ and do not need them.
fuzz_packages=(clang libclang-rt-14-dev)
[ "${1:-}" = "--fuzz" ] && packages+=("${fuzz_packages[@]}")
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
