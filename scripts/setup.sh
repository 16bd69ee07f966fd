#!/usr/bin/env bash
# One idempotent set-up for a fresh machine: apt packages, grammars, license data, schemas.
# Quiet when everything is already in place; a second run takes well under a few seconds.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
export CLONESCAN_CACHE=${CLONESCAN_CACHE:-$HOME/.cache/clonescan}

APT_PACKAGES="libtree-sitter-dev libxxhash-dev libsqlite3-dev zlib1g-dev pkg-config git ${CLONESCAN_EXTRA_APT:-}"
missing=()
for p in $APT_PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  if ! $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}" >/tmp/clonescan-apt.log 2>&1; then
    $SUDO apt-get update -q >/tmp/clonescan-apt.log 2>&1 || true
    $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}" >>/tmp/clonescan-apt.log 2>&1 \
      || { echo "setup: apt-get install ${missing[*]} failed; see /tmp/clonescan-apt.log" >&2; exit 1; }
  fi
fi

bash "$HERE/setup-grammars.sh"
for extra in setup-license-data.sh setup-sarif-schema.sh; do
  [ -f "$HERE/$extra" ] && bash "$HERE/$extra"
done
exit 0
