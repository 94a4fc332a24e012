#!/usr/bin/env bash
# Builds the Debian package in the build folder, unpacks it into a throw-away root and checks it:
# the CLI runs from there, the desktop file and AppStream metadata validate, the icons and the man
# page are in place, and Depends lists the runtime libraries.
# Usage: test_debian_package.sh BUILD_DIR VERSION
set -euo pipefail
build=$1 version=$2
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
cd "$build"
cpack -G DEB -B "$root/out" >/dev/null
deb="$root/out/defectscope_${version}_amd64.deb"
[ -f "$deb" ] || { echo "FAIL: $deb was not produced"; ls "$root/out"; exit 1; }
dpkg -x "$deb" "$root/fs"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for lib in libqt6widgets6 libtorch libopencv-core libqcustomplot libopenblas; do
  grep -q "$lib" <<<"$depends" || { echo "FAIL: Depends lacks $lib"; exit 1; }
done
"$root/fs/usr/bin/defectscope-cli" --version | grep -qx "defectscope-cli $version" || { echo "FAIL: --version"; exit 1; }
# Captured first: grep -q stops reading at the first match, and the CLI would die of SIGPIPE under pipefail.
methods=$("$root/fs/usr/bin/defectscope-cli" methods)
for id in mean-diff patchcore semi_orthogonal inpaint_ae; do
  grep -q "$id" <<<"$methods" || { echo "FAIL: methods lacks $id"; exit 1; }
done
desktop-file-validate "$root/fs/usr/share/applications/io.defectscope.DefectScope.desktop"
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net --explain "$root/fs/usr/share/metainfo/io.defectscope.DefectScope.metainfo.xml"
else
  echo "appstreamcli not installed: AppStream metadata not validated"
fi
for size in 16x16 32x32 48x48 128x128 256x256 scalable; do
  ls "$root/fs/usr/share/icons/hicolor/$size/apps/"defectscope.* >/dev/null || { echo "FAIL: no $size icon"; exit 1; }
done
[ -f "$root/fs/usr/share/man/man1/defectscope-cli.1.gz" ] || { echo "FAIL: no man page"; exit 1; }
[ -x "$root/fs/usr/bin/defectscope" ] || { echo "FAIL: no GUI executable"; exit 1; }
echo "package $deb: OK"
