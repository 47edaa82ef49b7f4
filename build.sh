#!/usr/bin/env bash
# Bootstrap, NUKE style: find (or install) the .NET SDK that global.json pins, build build/_build.csproj
# quietly, then run it with every argument passed through. Exit codes come from the build: 0 pass,
# 1 refused by the gate, 2 bad usage or configuration, 3 infrastructure failure.
set -eo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$SCRIPT_DIR"

BUILD_PROJECT="$SCRIPT_DIR/build/_build.csproj"
TEMP_DIR="$SCRIPT_DIR/.nuke/temp"
BUILD_OUTPUT="$TEMP_DIR/build"
BUILD_STAMP="$TEMP_DIR/build.stamp"
BUILD_DOTNET="$TEMP_DIR/build.dotnet"
DOTNET_INSTALL_URL="https://dot.net/v1/dotnet-install.sh"

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export DOTNET_MULTILEVEL_LOOKUP=0

mkdir -p "$TEMP_DIR"

# Reads "key": "value" from the sdk section of global.json (flat enough for sed).
global_json_value() {
    sed -n "s/.*\"$1\"[[:space:]]*:[[:space:]]*\"\([^\"]*\)\".*/\1/p" "$SCRIPT_DIR/global.json" | head -n 1
}

# `dotnet --version` run in the repository fails when no installed SDK satisfies global.json.
sdk_satisfies_global_json() {
    "$1" --version >/dev/null 2>&1
}

install_sdk() {
    local install_dir="$TEMP_DIR/dotnet-sdk"
    local version roll channel
    version="$(global_json_value version)"
    roll="$(global_json_value rollForward)"
    if [[ -x "$install_dir/dotnet" ]] && sdk_satisfies_global_json "$install_dir/dotnet"; then
        DOTNET="$install_dir/dotnet"
    else
        echo "No .NET SDK satisfying global.json (${version:-any}, rollForward ${roll:-latestPatch}); installing into .nuke/temp/dotnet-sdk" >&2
        local script="$TEMP_DIR/dotnet-install.sh"
        if command -v curl >/dev/null 2>&1; then
            curl -fsSL --retry 3 "$DOTNET_INSTALL_URL" -o "$script"
        else
            wget -q -O "$script" "$DOTNET_INSTALL_URL"
        fi
        chmod +x "$script"
        if [[ -z "$version" ]]; then
            "$script" --install-dir "$install_dir" --channel LTS --no-path
        else
            local major_minor="${version%.*}" patch="${version##*.}"
            case "${roll:-latestPatch}" in
                disable) "$script" --install-dir "$install_dir" --version "$version" --no-path ;;
                patch|latestPatch) channel="$major_minor.${patch:0:1}xx" ;;
                *) channel="$major_minor" ;;
            esac
            if [[ -n "$channel" ]]; then
                "$script" --install-dir "$install_dir" --channel "$channel" --no-path
            fi
        fi
        DOTNET="$install_dir/dotnet"
        if ! sdk_satisfies_global_json "$DOTNET"; then
            echo "The installed SDK still does not satisfy global.json:" >&2
            "$DOTNET" --version >&2 || true
            exit 3
        fi
    fi
    export DOTNET_ROOT="$install_dir"
    export PATH="$install_dir:$PATH"
}

resolve_sdk() {
    if command -v dotnet >/dev/null 2>&1 && sdk_satisfies_global_json "$(command -v dotnet)"; then
        DOTNET="$(command -v dotnet)"
    else
        install_sdk
    fi
}

# Rebuild only when something the build depends on changed since the last successful build.
needs_build() {
    [[ -f "$BUILD_OUTPUT/_build.dll" && -f "$BUILD_STAMP" && -f "$BUILD_DOTNET" ]] || return 0
    local changed
    changed="$(find "$SCRIPT_DIR/build" "$SCRIPT_DIR/src" "$SCRIPT_DIR/global.json" "$SCRIPT_DIR"/*.props \
        \( -name bin -o -name obj \) -prune -o -newer "$BUILD_STAMP" -print -quit 2>/dev/null || true)"
    [[ -n "$changed" ]]
}

if needs_build; then
    resolve_sdk
    stamp_next="$BUILD_STAMP.next"
    touch "$stamp_next"
    build_log="$TEMP_DIR/build.log"
    # A separate output folder: a target that builds the solution never overwrites the running _build.dll.
    # Published ReadyToRun (precompiled for this machine's runtime identifier): the host starts without JIT-compiling
    # itself, Npgsql and the rest on every run. The first build takes a minute longer; later ones only recompile what changed.
    if ! "$DOTNET" publish "$BUILD_PROJECT" -c Release --use-current-runtime --self-contained false -p:PublishReadyToRun=true \
        -nologo -clp:NoSummary --verbosity quiet -o "$BUILD_OUTPUT" >"$build_log" 2>&1; then
        cat "$build_log" >&2
        echo "Building build/_build.csproj failed." >&2
        rm -f "$stamp_next"
        exit 3
    fi
    printf '%s\n' "$DOTNET" >"$BUILD_DOTNET"
    mv "$stamp_next" "$BUILD_STAMP"
else
    # Up to date: run it with the dotnet that built it (checking the SDK against global.json costs a tenth of a second
    # and is only needed to build).
    DOTNET="$(head -n 1 "$BUILD_DOTNET")"
    if [[ ! -x "$DOTNET" ]]; then
        resolve_sdk
    elif [[ "$DOTNET" == "$TEMP_DIR/dotnet-sdk/dotnet" ]]; then
        export DOTNET_ROOT="$TEMP_DIR/dotnet-sdk"
        export PATH="$TEMP_DIR/dotnet-sdk:$PATH"
    fi
fi

exec "$DOTNET" "$BUILD_OUTPUT/_build.dll" "$@"
