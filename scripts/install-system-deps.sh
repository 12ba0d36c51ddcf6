#!/usr/bin/env bash
# Installs the system libraries the explorer links against and the CJK font its
# diagrams need: Graphviz (libgvc), libedit, ICU (word breaks) and Noto CJK; python3-venv for the
# peer engines' virtual environment; Chromium for the browser test. Does nothing when they
# are already present. Debian/Ubuntu: apt-get. macOS: says what to install.
set -euo pipefail

missing=()
pkg-config --exists libgvc 2>/dev/null || missing+=(libgraphviz-dev graphviz)
pkg-config --exists libedit 2>/dev/null || missing+=(libedit-dev)
pkg-config --exists icu-uc 2>/dev/null || missing+=(libicu-dev)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
if ! fc-list :lang=zh 2>/dev/null | grep -q .; then missing+=(fonts-noto-cjk fontconfig); fi
# The peer engines the exports are loaded into (scripts/setup-peers.sh) go into a virtual environment.
if [ "$(uname -s)" != Darwin ]; then
    python3 -c 'import ensurepip, venv' >/dev/null 2>&1 || missing+=(python3-venv)
fi
# The web explorer's browser tests (Tests/WebTests) drive headless Chromium through chromedriver.
if [ "$(uname -s)" != Darwin ]; then
    command -v chromium >/dev/null 2>&1 || missing+=(chromium)
    command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
fi

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

case "$(uname -s)" in
Darwin)
    echo "Missing: ${missing[*]}" >&2
    echo "On macOS install them with Homebrew:  brew install graphviz libedit icu4c pkg-config && brew install --cask font-noto-sans-cjk-sc chromium && brew install chromedriver" >&2
    echo "(icu4c is keg-only: export PKG_CONFIG_PATH=\"\$(brew --prefix icu4c)/lib/pkgconfig:\$PKG_CONFIG_PATH\")" >&2
    exit 1
    ;;
esac

if ! command -v apt-get >/dev/null 2>&1; then
    echo "Missing system packages: ${missing[*]}; install Graphviz (with headers), libedit (with headers), ICU (with headers) and a CJK font with your package manager." >&2
    exit 1
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
        echo "Need root to install: ${missing[*]} (run: apt-get install ${missing[*]})" >&2
        exit 1
    fi
fi
echo "Installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
