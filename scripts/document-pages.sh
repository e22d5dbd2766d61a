#!/usr/bin/env bash
# Renders one page of every document in every language from the fictional demo cases
# into docs/screenshots (pdftoppm, 70 dpi), so that readers of the docs see what a
# partner hospital, an embassy or a family receives. Needs a build (scripts/build.sh).
#   scripts/document-pages.sh [BUILD_DIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
cli="$build/app/cli/caravan-cli"
out="$root/docs/screenshots"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$work}"

"$cli" --database "$work/demo.sqlite" demo >/dev/null
centre=(--centre "Example University Hospital — International Patient Centre"
        --address '1 Example Road, Shanghai 200000\n+86 21 5555 0100 · ipc@example.org')

page() {   # page PDF PAGE NAME
    pdftoppm -png -r 70 -f "$2" -l "$2" -singlefile "$1" "$out/$3"
}
export_doc() {   # export_doc KIND PATIENT LANGS NAME PAGE [MORE OPTIONS]
    local kind=$1 patient=$2 langs=$3 name=$4 p=$5
    shift 5
    "$cli" --database "$work/demo.sqlite" export "$kind" --patient "$patient" --lang "$langs" \
        -o "$work/$name.pdf" "${centre[@]}" "$@" >/dev/null
    page "$work/$name.pdf" "$p" "$name"
}

for lang in en ur kk ru zh_CN; do
    export_doc summary DEMO-0001 "$lang" "referral_$lang" 1
done
export_doc summary DEMO-0001 en,ru referral_en_ru 1
export_doc summary DEMO-0001 ru referral_timeline_ru 2
export_doc teleconsult DEMO-0003 ur teleconsult_ur 1
export_doc teleconsult DEMO-0003 kk,en teleconsult_kk_en 1
export_doc teleconsult DEMO-0004 zh_CN teleconsult_zh_CN 1
export_doc invitation DEMO-0002 ur invitation_ur 1 --signatory 'Dr. Wang Lei\nDirector, International Patient Centre'
export_doc invitation DEMO-0002 en,ur invitation_en_ur 1 --signatory 'Dr. Wang Lei\nDirector, International Patient Centre'
export_doc invitation DEMO-0007 ru invitation_ru 1 --signatory 'Dr. Wang Lei\nDirector, International Patient Centre'
echo "Pages written to $out"
