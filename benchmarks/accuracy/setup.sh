#!/usr/bin/env bash
# Install what generating accuracy-benchmark pages needs. Safe to run again (idempotent).
#
#   bash benchmarks/accuracy/setup.sh                 # into the active Python / virtualenv
#   VENV=/tmp/venv-bench bash benchmarks/accuracy/setup.sh   # create/use that virtualenv
#
# Debian packages: poppler-utils (pdftotext), fontconfig (fc-match), two TrueType CJK fonts that
# reportlab can embed (AR PL UMing, WenQuanYi Zen Hei; not Noto CJK, whose outlines are CFF),
# and the documentation packages the prose comes from (debian-handbook, debian-reference-*).
# For the WeasyPrint page source (generate --engine weasyprint): pango (libpango-1.0-0,
# libpangoft2-1.0-0), harfbuzz's subsetter, and more faces it can use, CFF/OTF ones included
# (Noto CJK, Liberation, TeX Gyre; DejaVu comes with fontconfig).
# PyPI packages: requirements.txt beside this script.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"

DEB_PACKAGES=(
  poppler-utils fontconfig fonts-arphic-uming fonts-wqy-zenhei
  debian-handbook debian-reference-zh-cn debian-reference-en
  libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0
  fonts-noto-cjk fonts-liberation2 fonts-texgyre fonts-dejavu-core fonts-dejavu-extra
)

missing=()
for pkg in "${DEB_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done
if ((${#missing[@]})); then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  echo "installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ -n "${VENV:-}" ]; then
  [ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
  python="$VENV/bin/python"
else
  python="${PYTHON:-python3}"
fi
"$python" -m pip install -q -r "$here/requirements.txt"

# Check that the prose is really there (some container images exclude /usr/share/doc).
cd "$repo"
"$python" - <<'PY'
from benchmarks.accuracy.sources import load_corpus
for lang in ("zh", "en"):
    c = load_corpus(lang)
    print(f"{lang}: {len(c.paragraphs)} paragraphs, {len(c.titles)} titles from",
          ", ".join(f"{s.package} {s.version}" for s in c.sources))
PY
echo "ready: $python -m benchmarks.accuracy.generate --seed 7 --out DIR --pages 6"
