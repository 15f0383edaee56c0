# shellcheck shell=bash
# Shared set-up for scripts/run and scripts/test: Debian packages, the virtualenv, the project.
# Sourced, not run. Everything here is idempotent: a second run only checks and moves on.

QT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
QT_VENV="$QT_ROOT/.venv"
QT_RUNDIR="$QT_ROOT/.run"
QT_INSTALL_STAMP="$QT_VENV/.qiantai-install-stamp"

# What `import PySide6.QtWidgets` needs on a bare Debian, QtPrintSupport's libcups, a CJK font,
# the xcb platform plugin's libraries for a real window, and xvfb-run for machines without a screen.
QT_RUN_PACKAGES=(
    libglib2.0-0 libgl1 libegl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libxkbcommon0 libcups2
    fonts-wqy-microhei
    libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
    libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1
    xvfb xauth
)
# The services and tools the tests use. printer-driver-cups-pdf is left out on purpose: it is
# installed once cupsd runs (its post-install script otherwise waits for a scheduler).
# shellcheck disable=SC2034  # used by scripts/test
QT_TEST_PACKAGES=(cups cups-client poppler-utils zbar-tools postgresql binutils)  # binutils: objdump for pyinstaller

qt_log() { printf '\033[1m[%s]\033[0m %s\n' "${QT_LOG_TAG:-setup}" "$*" >&2; }
qt_die() { qt_log "error: $*"; exit 1; }

# Runs a command as root: directly, or through sudo when that needs no password.
qt_as_root() {
    if [[ $EUID -eq 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
        sudo -n "$@"
    else
        return 126
    fi
}

qt_can_be_root() { [[ $EUID -eq 0 ]] || { command -v sudo >/dev/null && sudo -n true 2>/dev/null; }; }

# Prints the packages of the arguments that dpkg does not have fully installed.
qt_missing_packages() {
    local pkg
    for pkg in "$@"; do
        if [[ "$(dpkg-query -W -f='${db:Status-Abbrev}' "$pkg" 2>/dev/null)" != ii* ]]; then
            printf '%s\n' "$pkg"
        fi
    done
}

QT_APT_UPDATED=0
# Installs the missing ones; apt-get update runs at most once, and only when something is missing.
qt_ensure_packages() {
    local missing
    mapfile -t missing < <(qt_missing_packages "$@")
    ((${#missing[@]} == 0)) && return 0
    if ! command -v apt-get >/dev/null; then
        qt_log "warning: not a Debian-like system; install these yourself: ${missing[*]}"
        return 0
    fi
    if ! qt_can_be_root; then
        qt_log "warning: missing packages and no root rights to install them:"
        qt_log "  sudo apt-get install --no-install-recommends ${missing[*]}"
        return 0
    fi
    qt_log "installing Debian packages: ${missing[*]}"
    if ((QT_APT_UPDATED == 0)); then
        qt_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq || qt_die "apt-get update failed"
        QT_APT_UPDATED=1
    fi
    # setsid and Dpkg::Use-Pty=0: no controlling terminal, neither ours nor the pseudo-terminal
    # apt otherwise opens for dpkg, so a post-install script that asks for a password on /dev/tty
    # (cups-pdf's lpadmin does, when the scheduler wants authentication) fails at once instead of
    # waiting for an answer nobody gives (it did, on a fresh machine).
    qt_as_root setsid -w env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        -o Dpkg::Use-Pty=0 \
        "${missing[@]}" </dev/null >"$QT_RUNDIR/apt-install.log" 2>&1 \
        || { tail -n 30 "$QT_RUNDIR/apt-install.log" >&2; qt_die "apt-get install failed (log: .run/apt-install.log)"; }
}

# A Python 3.11 or newer: $QIANTAI_PYTHON, else 3.11 (what the project is built on), else another.
qt_find_python() {
    local candidate
    for candidate in ${QIANTAI_PYTHON:-} python3.11 python3 python3.12 python3.13; do
        if command -v "$candidate" >/dev/null \
            && "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            command -v "$candidate"
            return 0
        fi
    done
    return 1
}

qt_ensure_venv() {
    if [[ -x "$QT_VENV/bin/python" ]] && "$QT_VENV/bin/python" -c 'import sys' 2>/dev/null; then
        return 0
    fi
    local python
    if ! python="$(qt_find_python)"; then
        # A bare Debian 12 has no Python at all; its python3 is 3.11.
        qt_ensure_packages python3 python3-venv
        python="$(qt_find_python)" || qt_die "Python 3.11 or newer is needed (set QIANTAI_PYTHON to one)"
    fi
    qt_log "creating .venv with $python"
    rm -rf "$QT_VENV"
    if ! "$python" -m venv "$QT_VENV" 2>/dev/null; then
        # Debian's own Python keeps venv/ensurepip in a separate package.
        local ver
        ver="$("$python" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"
        qt_ensure_packages "python$ver-venv"
        rm -rf "$QT_VENV"
        "$python" -m venv "$QT_VENV" || qt_die "could not create .venv"
    fi
}

# pip install -e '.[dev]' when pyproject.toml (or the venv's Python) changed since the last install.
qt_ensure_project() {
    local want
    want="$( (cat "$QT_ROOT/pyproject.toml"; "$QT_VENV/bin/python" -VV) | sha256sum | cut -d' ' -f1)"
    if [[ -f "$QT_INSTALL_STAMP" && "$(cat "$QT_INSTALL_STAMP")" == "$want" ]] \
        && [[ -x "$QT_VENV/bin/qiantai" ]]; then
        return 0
    fi
    qt_log "installing the project into .venv (pip install -e '.[dev]')"
    "$QT_VENV/bin/python" -m pip install -q --disable-pip-version-check -e "${QT_ROOT}[dev]" \
        || qt_die "pip install failed"
    printf '%s\n' "$want" >"$QT_INSTALL_STAMP"
}

# The whole common set-up; extra Debian packages may be passed as arguments.
qt_setup() {
    mkdir -p "$QT_RUNDIR"
    qt_ensure_packages "${QT_RUN_PACKAGES[@]}" "$@"
    qt_ensure_venv
    qt_ensure_project
}
