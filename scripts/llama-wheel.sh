#!/usr/bin/env bash
# Builds llama-cpp-python (the local model server of the smoke tests) portably and installs it into the venv.
# The native build segfaults in its first decode on CPUs with AMX (Sapphire Rapids and later), so the build turns
# off -march=native and the AMX kernels. pip's wheel cache keys on the source, not on CMAKE_ARGS, so it is never
# used here: the wheel is kept in a folder of our own named after the version and the build flags.
set -euo pipefail
PIP="$1"
VERSION="0.3.36"
CMAKE_FLAGS="-DGGML_NATIVE=OFF -DGGML_AMX_INT8=OFF -DGGML_AMX_TILE=OFF -DGGML_AMX_BF16=OFF"
key=$(printf '%s %s' "$VERSION" "$CMAKE_FLAGS" | sha1sum | cut -c1-12)
dir="${XDG_CACHE_HOME:-$HOME/.cache}/hr-assistant/llama-wheels/$key"
if ! ls "$dir"/llama_cpp_python-*.whl >/dev/null 2>&1; then
  echo "Building llama-cpp-python $VERSION without native/AMX kernels (once per machine, ~5 min)"
  mkdir -p "$dir.tmp"
  CMAKE_ARGS="$CMAKE_FLAGS" "$PIP" wheel --disable-pip-version-check --no-cache-dir --no-deps \
    --no-binary llama-cpp-python -w "$dir.tmp" "llama-cpp-python==$VERSION"
  rm -rf "$dir" && mv "$dir.tmp" "$dir"
fi
"$PIP" install -q --disable-pip-version-check --no-deps --force-reinstall "$dir"/llama_cpp_python-*.whl
