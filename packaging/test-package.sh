#!/usr/bin/env bash
# test-package.sh BUILD_DIR VERSION
#
# The packaging test (CTest `tst_package`, label `packaging`; docs/packaging.md). Builds the
# .deb from an already built BUILD_DIR with cpack (component `application` only), then:
#   1. the control fields and the exact file list (nothing missing, nothing extra), owners,
#      modes, icon sizes;
#   2. desktop-file-validate, appstreamcli validate, the MIME XML, and that the desktop
#      entry, the MIME type and the AppStream metadata name the same things, so that a
#      double-click on a *.gridcba file opens it in gridcba;
#   3. the man pages: gzipped, lint-free, and of this version;
#   4. extracted into a scratch root (dpkg-deb -x): the programs link only system
#      libraries, `gridcba-cli --version` prints VERSION, and the installed gridcba-cli
#      evaluates the installed sample study to the same results as the build tree's.
# Nothing is written outside a scratch folder, which is removed at the end.
set -euo pipefail

build=${1:?usage: test-package.sh BUILD_DIR VERSION}
version=${2:?usage: test-package.sh BUILD_DIR VERSION}
build=$(cd "$build" && pwd)

appId=org.gridcba.GridCBA
mimeType=application/x-gridcba
iconSizes=(16 22 24 32 48 64 128 256)

fail() {
  echo "FAIL: $*" >&2
  exit 1
}
step() { echo "-- $*"; }
need() {
  command -v "$1" >/dev/null ||
    fail "the command '$1' is missing: install the Debian package '$2' (scripts/install-deps.sh)"
}
need cpack cmake
need dpkg-deb dpkg
need dpkg-shlibdeps dpkg-dev
need file file
need readelf binutils
need xmllint libxml2-utils
need desktop-file-validate desktop-file-utils
need update-desktop-database desktop-file-utils
need appstreamcli appstream
need update-mime-database shared-mime-info
need groff groff-base

[ -f "$build/CPackConfig.cmake" ] ||
  fail "$build/CPackConfig.cmake not found: configure and build the project in $build first"

scratch=$(mktemp -d "${TMPDIR:-/tmp}/gridcba-package.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

# --- Build the package -------------------------------------------------------------------
step "cpack in $build"
if ! cpack --config "$build/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1; then
  cat "$scratch/cpack.log" >&2
  fail "cpack could not build the package (its output is above)"
fi
shopt -s nullglob
debs=("$scratch"/out/*.deb)
shopt -u nullglob
[ ${#debs[@]} -eq 1 ] || fail "cpack made ${#debs[@]} .deb files in $scratch/out, expected exactly one"
deb=${debs[0]}
arch=$(dpkg --print-architecture)
[ "$(basename "$deb")" = "gridcba_${version}_${arch}.deb" ] ||
  fail "the package is named $(basename "$deb"), expected gridcba_${version}_${arch}.deb"
echo "   $(basename "$deb"): $(stat -c %s "$deb") bytes"

# --- Control fields ----------------------------------------------------------------------
step "control fields (dpkg-deb -I)"
dpkg-deb -I "$deb" >"$scratch/info" || fail "dpkg-deb -I cannot read $deb"
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = gridcba ] || fail "Package is '$(field Package)', expected 'gridcba'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', expected '$version'"
[ "$(field Architecture)" = "$arch" ] ||
  fail "Architecture is '$(field Architecture)', expected '$arch'"
[ -n "$(field Maintainer)" ] || fail "the control file has no Maintainer"
depends=$(field Depends)
# libqt6widgets6 and libc6 come from dpkg-shlibdeps (so the scan ran); the other two are the
# plugins Qt loads at run time, which packaging/CMakeLists.txt names by hand.
for dep in libc6 libqt6widgets6 libqt6sql6-sqlite libqt6svg6; do
  grep -Eq "(^|, )$dep( |,|$)" <<<"$depends" || fail "Depends lacks $dep: '$depends'"
done

# --- Contents: exactly these files, owned by root, with the right modes -------------------
step "contents (dpkg-deb --contents)"
dpkg-deb --contents "$deb" >"$scratch/contents" || fail "dpkg-deb --contents cannot read $deb"
expected=(
  ./usr/bin/gridcba
  ./usr/bin/gridcba-cli
  "./usr/share/applications/$appId.desktop"
  "./usr/share/metainfo/$appId.metainfo.xml"
  "./usr/share/mime/packages/$appId.xml"
  "./usr/share/icons/hicolor/scalable/apps/$appId.svg"
  ./usr/share/icons/hicolor/scalable/mimetypes/application-x-gridcba.svg
  ./usr/share/man/man1/gridcba.1.gz
  ./usr/share/man/man1/gridcba-cli.1.gz
  ./usr/share/gridcba/sample/sample-study.json
)
for size in "${iconSizes[@]}"; do
  expected+=("./usr/share/icons/hicolor/${size}x${size}/apps/$appId.png")
done
# Columns: mode owner size date time path.
awk '$1 !~ /^d/ { print $6 }' "$scratch/contents" | sort >"$scratch/actual.list"
printf '%s\n' "${expected[@]}" | sort >"$scratch/expected.list"
if ! diff -u "$scratch/expected.list" "$scratch/actual.list" >"$scratch/list.diff"; then
  cat "$scratch/list.diff" >&2
  fail "the package's files differ from the expected list ('-' missing, '+' unexpected)"
fi
awk '$2 != "root/root" { print "   " $6 " is owned by " $2 }' "$scratch/contents" >"$scratch/owners"
[ ! -s "$scratch/owners" ] || { cat "$scratch/owners" >&2; fail "files not owned by root/root"; }
while read -r mode _ _ _ _ path; do
  case $path in
  */) continue ;;
  ./usr/bin/*) want=-rwxr-xr-x ;;
  *) want=-rw-r--r-- ;;
  esac
  [ "$mode" = "$want" ] || fail "$path has mode $mode, expected $want"
done <"$scratch/contents"

# --- Extract into a scratch root -----------------------------------------------------------
root=$scratch/root
dpkg-deb -x "$deb" "$root" || fail "dpkg-deb -x cannot extract $deb"
share=$root/usr/share

step "icons"
for size in "${iconSizes[@]}"; do
  png=$share/icons/hicolor/${size}x${size}/apps/$appId.png
  file -b "$png" | grep -q "^PNG image data, $size x $size," ||
    fail "${png#"$root"} is not a ${size}x${size} PNG: $(file -b "$png")"
done
for svg in "$share"/icons/hicolor/scalable/*/*.svg; do
  xmllint --noout "$svg" 2>"$scratch/xml.err" ||
    fail "${svg#"$root"} is not well-formed XML: $(cat "$scratch/xml.err")"
done

# Prints the tool's output; fails on a non-zero exit or any error or warning (hints and
# pedantic notes are shown but allowed).
validate() {
  local what=$1
  shift
  local rc=0
  "$@" >"$scratch/validate.out" 2>&1 || rc=$?
  sed 's/^/   /' "$scratch/validate.out"
  [ $rc -eq 0 ] || fail "$what: '$*' failed with exit code $rc (its output is above)"
  if grep -Eiq '(^|[: ])(error|warning)s?:|^[EW]: ' "$scratch/validate.out"; then
    fail "$what: '$*' reports errors or warnings (above)"
  fi
}

# --- The desktop entry ----------------------------------------------------------------------
desktop=$share/applications/$appId.desktop
step "desktop-file-validate ${desktop#"$root"}"
validate "the desktop entry" desktop-file-validate "$desktop"
entry() { sed -n "s/^$1=//p" "$desktop"; }
exec_line=$(entry Exec)
read -r -a exec_words <<<"$exec_line"
[ -x "$root/usr/bin/${exec_words[0]}" ] ||
  fail "Exec=$exec_line starts a program the package does not install in /usr/bin"
# %f: the desktop passes the double-clicked file's path, which gridcba opens at start.
[[ " $exec_line " == *" %f "* ]] || fail "Exec=$exec_line has no %f: a double-click would not open the study"
icon=$(entry Icon)
[ -f "$share/icons/hicolor/scalable/apps/$icon.svg" ] ||
  fail "Icon=$icon names no icon the package installs"
[ "$(entry MimeType)" = "$mimeType;" ] ||
  fail "MimeType=$(entry MimeType) in the desktop entry, expected '$mimeType;'"

# --- The MIME type ------------------------------------------------------------------------
mimeXml=$share/mime/packages/$appId.xml
step "MIME type ${mimeXml#"$root"}"
xmllint --noout "$mimeXml" 2>"$scratch/xml.err" ||
  fail "${mimeXml#"$root"} is not well-formed XML: $(cat "$scratch/xml.err")"
xpath() { xmllint --xpath "$1" "$mimeXml"; }
ns=$(xpath 'namespace-uri(/*)')
[ "$ns" = "http://www.freedesktop.org/standards/shared-mime-info" ] ||
  fail "${mimeXml#"$root"}: the root element's namespace is '$ns'; update-mime-database ignores it"
declared=$(xpath 'string(/*/*[local-name()="mime-type"]/@type)')
[ "$declared" = "$mimeType" ] ||
  fail "${mimeXml#"$root"} declares '$declared', the desktop entry's MimeType is '$mimeType'"
glob=$(xpath "string(//*[local-name()='mime-type'][@type='$mimeType']/*[local-name()='glob']/@pattern)")
[ "$glob" = "*.gridcba" ] || fail "${mimeXml#"$root"}: the glob of $mimeType is '$glob', expected '*.gridcba'"
# What a desktop does after installing: build the MIME and the desktop databases, then look
# the file name up in one and the MIME type in the other.
mkdir -p "$scratch/xdg/mime/packages" "$scratch/xdg/applications"
cp "$mimeXml" "$scratch/xdg/mime/packages/"
cp "$desktop" "$scratch/xdg/applications/"
# (XDG_DATA_DIRS: the scratch folder is where the databases are looked up, so the tool does
# not remark that it is not.)
validate "update-mime-database" env XDG_DATA_HOME="$scratch/xdg" XDG_DATA_DIRS="$scratch/xdg" \
  update-mime-database "$scratch/xdg/mime"
grep -qx "60:$mimeType:\*\.gridcba" "$scratch/xdg/mime/globs2" ||
  fail "after update-mime-database, *.gridcba is not $mimeType (globs2: $(tr '\n' ' ' <"$scratch/xdg/mime/globs2"))"
validate "update-desktop-database" update-desktop-database "$scratch/xdg/applications"
grep -qx "$mimeType=$appId.desktop;" "$scratch/xdg/applications/mimeinfo.cache" ||
  fail "after update-desktop-database, $mimeType does not open with $appId.desktop"

# --- AppStream metadata -------------------------------------------------------------------
metainfo=$share/metainfo/$appId.metainfo.xml
step "appstreamcli validate ${metainfo#"$root"}"
validate "the AppStream metadata" appstreamcli validate --no-net --pedantic "$metainfo"
validate "the installed tree" appstreamcli validate-tree --no-net "$root"
meta() { xmllint --xpath "$1" "$metainfo"; }
[ "$(meta 'string(/component/id)')" = "$appId" ] || fail "the metainfo's <id> is not $appId"
[ "$(meta 'string(/component/launchable[@type="desktop-id"])')" = "$appId.desktop" ] ||
  fail "the metainfo's <launchable> does not name $appId.desktop"
[ "$(meta 'string(/component/provides/mediatype)')" = "$mimeType" ] ||
  fail "the metainfo's <provides><mediatype> is not $mimeType"
binaries=$(meta 'count(/component/provides/binary)')
[ "$binaries" -ge 1 ] || fail "the metainfo's <provides> names no <binary>"
for ((i = 1; i <= binaries; i++)); do
  binary=$(meta "string(/component/provides/binary[$i])")
  [ -x "$root/usr/bin/$binary" ] || fail "the metainfo provides '$binary', not in /usr/bin"
done
release=$(meta 'string(/component/releases/release[1]/@version)')
[ "$release" = "$version" ] ||
  fail "the newest <release> in the metainfo is '$release', the package is $version: add a release"

# --- Man pages ----------------------------------------------------------------------------
step "man pages"
for page in gridcba gridcba-cli; do
  gz=$share/man/man1/$page.1.gz
  gzip -t "$gz" 2>/dev/null || fail "${gz#"$root"} is not a valid gzip file"
  th=$(zcat "$gz" | grep -m1 '^\.TH ') || fail "${gz#"$root"} has no .TH title line"
  [[ $th == ".TH ${page^^} 1 "* ]] || fail "${gz#"$root"}: title line '$th', expected '.TH ${page^^} 1 ...'"
  [[ $th == *"\"GridCBA $version\""* ]] ||
    fail "${gz#"$root"}: title line '$th' does not say \"GridCBA $version\""
  zcat "$gz" | LC_ALL=C.UTF-8 groff -man -ww -z -Tutf8 2>"$scratch/groff.err" || true
  [ ! -s "$scratch/groff.err" ] || fail "${gz#"$root"}: groff warns: $(cat "$scratch/groff.err")"
done

# --- Run the programs from the scratch root --------------------------------------------------
step "programs run from the extracted root"
for program in gridcba gridcba-cli; do
  binary=$root/usr/bin/$program
  if readelf -d "$binary" | grep -Eq '\((RPATH|RUNPATH)\)'; then
    fail "/usr/bin/$program has an RPATH/RUNPATH: $(readelf -d "$binary" | grep -E 'RPATH|RUNPATH')"
  fi
  env -u LD_LIBRARY_PATH ldd "$binary" >"$scratch/ldd" || fail "ldd cannot read /usr/bin/$program"
  ! grep -q 'not found' "$scratch/ldd" || fail "/usr/bin/$program: missing libraries: $(grep 'not found' "$scratch/ldd")"
  ! grep -qF "$build" "$scratch/ldd" || fail "/usr/bin/$program loads a library from the build tree $build"
done
cli() { env -u LD_LIBRARY_PATH LC_ALL=C.UTF-8 "$root/usr/bin/gridcba-cli" "$@"; }
out=$(cli --version) || fail "gridcba-cli --version failed: $out"
[[ $out == *"$version"* ]] || fail "gridcba-cli --version printed '$out', expected version $version"
echo "   gridcba-cli --version: $out"
out=$(env -u LD_LIBRARY_PATH QT_QPA_PLATFORM=offscreen "$root/usr/bin/gridcba" --version 2>"$scratch/gui.err") ||
  fail "gridcba --version failed: $out $(cat "$scratch/gui.err")"
[[ $out == *"$version"* ]] || fail "gridcba --version printed '$out', expected version $version"
echo "   gridcba --version: $out"

sample=$share/gridcba/sample/sample-study.json
cli evaluate "$sample" >"$scratch/eval.txt" 2>&1 ||
  fail "gridcba-cli evaluate on the installed sample study failed: $(cat "$scratch/eval.txt")"
for project in P1 P2 P3; do
  grep -q "$project" "$scratch/eval.txt" || fail "the evaluation of the sample study lacks project $project"
done
# The installed program, stripped, computes what the build tree's program computes; through
# a study file, so the SQLite driver plugin the package depends on is loaded.
cli import-json "$sample" "$scratch/sample.gridcba" >"$scratch/import.txt" 2>&1 ||
  fail "gridcba-cli import-json on the installed sample study failed: $(cat "$scratch/import.txt")"
cli evaluate "$scratch/sample.gridcba" --json -o "$scratch/installed.json" ||
  fail "gridcba-cli evaluate --json on the imported sample study failed"
LC_ALL=C.UTF-8 "$build/app/gridcba-cli" evaluate "$scratch/sample.gridcba" --json -o "$scratch/built.json" ||
  fail "the build tree's gridcba-cli cannot evaluate the sample study"
cmp -s "$scratch/installed.json" "$scratch/built.json" ||
  fail "the installed gridcba-cli and the build tree's give different results on the sample study"
echo "   evaluate on the installed sample study: $(wc -l <"$scratch/eval.txt") lines, P1 P2 P3 present"
echo "PASS: $(basename "$deb")"
