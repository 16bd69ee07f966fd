#!/usr/bin/env bash
# Fetch the pinned grammar sources and build each registered grammar into its own shared library:
#   $CLONESCAN_CACHE/grammars/<name>.so  (+ grammars.json: name, version, commit, ABI)
# Idempotent: skips downloads whose sha256 matches and grammars already built from the same pin.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
CACHE=${CLONESCAN_CACHE:-$HOME/.cache/clonescan}
CC=${GRAMMAR_CC:-cc}
CFLAGS=${GRAMMAR_CFLAGS:--O2}
OUT=${GRAMMAR_OUT:-$CACHE/grammars}

TSLP_VERSION=0.7.4
TSLP_SHA=80c408c834b8405a119fbd2f84d182ef3e7b99fee7b1f87f3e6e151402c7a1f1
CSHARP_VERSION=0.23.1
CSHARP_SHA=322e2cfd3a547a840375276b2aea3335fa6458aeac082f6c60fec3f745c967eb
# Groovy: the pack's grammar (Decodetalkers/tree-sitter-groovy) reads every line as a generic "command", so it has no
# classes, methods or statements to cut into units; dekobon-tree-sitter-groovy (PyPI sdist, a grammar written for
# Groovy: classes, traits, closures, command chains, GStrings, Gradle and Jenkins scripts) replaces it. Its parser.c is
# generated for ABI 15, which Debian's runtime (13-14) cannot load: patch_sources converts it (see there).
GROOVY_VERSION=0.3.0
GROOVY_SHA=4d7e90588589dcb2dcf28605d7cd18956b02b3fa6a560db3b922c1543fd4b25a
# Source patches applied after unpacking (bump PATCHES when adding one, so built grammars are rebuilt):
#   swift-calloc: tree-sitter-swift's scanner allocates its state with calloc(0, 4) and then reads and writes
#   4 bytes of it, a heap overflow on every Swift parse (found by `make fuzz` under ASan; docs/robustness.md).
PATCHES=swift-calloc
PIN="tslp-$TSLP_VERSION+csharp-$CSHARP_VERSION+$PATCHES $CC $CFLAGS"
# Patches of grammars built on first use, applied to the unpacked sources on every set-up run (idempotent) and named
# in pack.json, so that a library built before the patch is rebuilt (scripts/grammar-pack.py, PACK_PATCHES):
#   d-eof-column: tree-sitter-d's scanner asks the lexer for its column at the end of input, which tree-sitter
#   0.20.7 answers by reading a released chunk: a segmentation fault on any D file ending in "\n\x1a" (found by
#   the added languages' mutation test).
#   elm-indent-underflow: tree-sitter-elm's scanner pops its indent stack below empty and then serializes it with
#   `iter != len`, reading past the stack up to 1 KB (heap-buffer-overflow under ASan, found by `make fuzz`); pops stop
#   at empty, the top of an empty stack reads 0 and serialization stops at the length.
#   perl-eof-column: tree-sitter-perl's scanner asks for the column at the end of input too (heredoc start, POD start,
#   the rest of a comment), where tree-sitter 0.20.7 moves the lexer back to the start of the line: the token then
#   ends before it starts, and the next advance reads past the lexer's ranges (a segmentation fault on ` <<c<<<`,
#   found by `make fuzz-grammars`). Each call is guarded with `!lexer->eof(lexer)`, as D's is.
#   sql-tag-leak: tree-sitter-sql's scanner drops its dollar-quote tag without freeing it when the parser restores its
#   state (deserialize) and when a `$tag$` repeats the open one: LeakSanitizer counted 200 KB in 20,000 fuzz inputs, and
#   a long `clonescan index` run would keep every such block (found by `make fuzz-grammars`).
#   v-stack-leak: tree-sitter-v's scanner frees its token stack's contents only when the stack is not empty, so every
#   parser (clonescan makes one per file) leaks 11 bytes (LeakSanitizer, `make fuzz-grammars`); destroy frees them always.
#   groovy-abi14: dekobon-tree-sitter-groovy's parser.c is ABI 15. Without reserved words and supertypes (checked:
#   otherwise the source is left unconverted and the build fails, reported once) its tables are ABI 14's: the
#   language struct loses the fields ABI 14 lacks (name, supertype count, reserved-word size, metadata) and the
#   types get their ABI 14 names; the pack's tree_sitter/ headers are copied beside it (the sdist ships none).
# Bump PACK_SCHEMA with every new patch, so that pack.json (and each patched grammar's pin) is written again.
PACK_SCHEMA=8
patch_sources() {
  local tslp_src=$CACHE/src/tslp-$TSLP_VERSION
  [ -f "$tslp_src/.unpacked" ] || return 0
  sed -i 's/return calloc(0, sizeof(struct ScannerState));/return calloc(1, sizeof(struct ScannerState));/' \
    "$tslp_src/parsers/swift/src/scanner.c"
  sed -i 's/^\tbool start_of_line = lexer->get_column(lexer) == 0;$/\tbool start_of_line = !lexer->eof(lexer) \&\& lexer->get_column(lexer) == 0;/' \
    "$tslp_src/parsers/d/src/scanner.c"
  sed -i -e 's/^#define VEC_POP(vec) (vec).len--;$/#define VEC_POP(vec) if ((vec).len > 0) (vec).len--;/' \
    -e 's/^#define VEC_BACK(vec) ((vec).data\[(vec).len - 1\])$/#define VEC_BACK(vec) ((vec).len > 0 ? (vec).data[(vec).len - 1] : 0)/' \
    -e 's/for (; iter != scanner->indents.len \&\&$/for (; iter < scanner->indents.len \&\&/' \
    "$tslp_src/parsers/elm/src/scanner.c"
  sed -i -e 's/^    if (state->heredoc_state == HEREDOC_START \&\& lexer->get_column(lexer) == 0) {$/    if (state->heredoc_state == HEREDOC_START \&\& !lexer->eof(lexer) \&\& lexer->get_column(lexer) == 0) {/' \
    -e 's/^    int column = lexer->get_column(lexer);$/    int column = lexer->eof(lexer) ? -1 : (int)lexer->get_column(lexer);/' \
    -e 's/^        while (lexer->get_column(lexer)) ADVANCE_C;$/        while (!lexer->eof(lexer) \&\& lexer->get_column(lexer)) ADVANCE_C;/' \
    "$tslp_src/parsers/perl/src/scanner.c"
  sed -i -e '/^void tree_sitter_sql_external_scanner_deserialize/,/^}/ s/^  state->start_tag = NULL;$/  free(state->start_tag); state->start_tag = NULL;/' \
    -e '/^    if (state->start_tag != NULL \&\& strcmp(state->start_tag, start_tag) == 0) {$/{n;s/^      return false;$/      free(start_tag); return false;/}' \
    "$tslp_src/parsers/sql/src/scanner.c"
  sed -i -e '/^void tree_sitter_v_external_scanner_destroy/,/^}/ s/^    if (scanner->tokens->top + 1 > 0) {$/    {  \/\/ contents are allocated whether or not the stack is empty/' \
    "$tslp_src/parsers/v/src/scanner.c"
  local groovy_src=$CACHE/src/groovy-$GROOVY_VERSION/src
  [ -f "$groovy_src/../.unpacked" ] || return 0
  if grep -q '^#define MAX_RESERVED_WORD_SET_SIZE 0$' "$groovy_src/parser.c" && grep -q '^#define SUPERTYPE_COUNT 0$' "$groovy_src/parser.c"; then
    sed -i -e 's/^#define LANGUAGE_VERSION 15$/#define LANGUAGE_VERSION 14/' \
      -e 's/^    \.abi_version = LANGUAGE_VERSION,$/    .version = LANGUAGE_VERSION,/' \
      -e '/^    \.supertype_count = SUPERTYPE_COUNT,$/d' -e '/^    \.name = "groovy",$/d' \
      -e '/^    \.max_reserved_word_set_size = 0,$/d' -e '/^    \.metadata = {$/,/^    },$/d' \
      -e 's/^static const TSMapSlice ts_field_map_slices/static const TSFieldMapSlice ts_field_map_slices/' \
      -e 's/^static const TSLexerMode ts_lex_modes/static const TSLexMode ts_lex_modes/' "$groovy_src/parser.c"
  else
    echo "setup: groovy: parser.c uses reserved words or supertypes, left at ABI 15 (its files will be skipped)" >&2
  fi
  mkdir -p "$groovy_src/tree_sitter"
  cp "$tslp_src/parsers/c/src/tree_sitter/"*.h "$groovy_src/tree_sitter/"
}

mkdir -p "$OUT" "$CACHE/downloads" "$CACHE/src"
if [ -f "$OUT/.pin" ] && [ "$(cat "$OUT/.pin")" = "$PIN" ] && [ -f "$OUT/grammars.json" ]; then
  missing=0
  while IFS=$'\t' read -r name _ _ _; do
    case "$name" in ''|'#'*) continue ;; esac
    [ -f "$OUT/$name.so" ] || missing=1
  done < "$HERE/grammars.tsv"
  grep -q "\"schema_version\": $PACK_SCHEMA" "$OUT/pack.json" 2>/dev/null || missing=1
  [ $missing = 0 ] && { patch_sources; exit 0; }
fi

unpack() {  # archive dest-dir -> unpacked once, marker protects against half-unpacked trees
  local archive=$1 dest=$2
  [ -f "$dest/.unpacked" ] && return 0
  rm -rf "$dest.tmp" && mkdir -p "$dest.tmp"
  tar xzf "$archive" -C "$dest.tmp" --strip-components=1
  rm -rf "$dest" && mv "$dest.tmp" "$dest" && touch "$dest/.unpacked"
}
echo "setup: fetching grammar sources (tree-sitter-language-pack $TSLP_VERSION, tree-sitter-c-sharp $CSHARP_VERSION)" >&2
tslp=$(python3 "$HERE/pypi_fetch.py" tree-sitter-language-pack "$TSLP_VERSION" "$TSLP_SHA" "$CACHE/downloads")
csharp=$(python3 "$HERE/pypi_fetch.py" tree-sitter-c-sharp "$CSHARP_VERSION" "$CSHARP_SHA" "$CACHE/downloads")
groovy=$(python3 "$HERE/pypi_fetch.py" dekobon-tree-sitter-groovy "$GROOVY_VERSION" "$GROOVY_SHA" "$CACHE/downloads")
unpack "$tslp" "$CACHE/src/tslp-$TSLP_VERSION"
unpack "$csharp" "$CACHE/src/csharp-$CSHARP_VERSION"
unpack "$groovy" "$CACHE/src/groovy-$GROOVY_VERSION"
patch_sources

build_one() {  # name source dir symbol
  local name=$1 source=$2 dir=$3 root src inc
  case "$source" in
    tslp) root="$CACHE/src/tslp-$TSLP_VERSION" ;;
    csharp) root="$CACHE/src/csharp-$CSHARP_VERSION" ;;
  esac
  src="$root/$dir/src"
  # tree-sitter-c-sharp's sdist lacks tree_sitter/parser.h: compile against the pack's copy.
  inc="-I$src -I$CACHE/src/tslp-$TSLP_VERSION/parsers/c/src"
  local files=("$src/parser.c")
  [ -f "$src/scanner.c" ] && files+=("$src/scanner.c")
  [ -f "$src/scanner.cc" ] && { echo "setup: $name: C++ scanners are not supported" >&2; return 1; }
  $CC $CFLAGS -fPIC -shared -w $inc "${files[@]}" -o "$OUT/$name.so.tmp" && mv "$OUT/$name.so.tmp" "$OUT/$name.so"
}
export -f build_one
export PIN CACHE TSLP_VERSION CSHARP_VERSION CC CFLAGS OUT

echo "setup: building grammars into $OUT" >&2
rm -f "$OUT/.pin"
grep -v '^#' "$HERE/grammars.tsv" | grep -v '^$' | while IFS=$'\t' read -r name source dir symbol; do
  [ -f "$OUT/$name.so" ] && [ -f "$OUT/.built-$name" ] && [ "$(cat "$OUT/.built-$name")" = "$PIN" ] && continue
  printf '%s\t%s\t%s\t%s\n' "$name" "$source" "$dir" "$symbol"
done | xargs -r -P "$(nproc)" -L 1 -d '\n' bash -c 'IFS=$'"'"'\t'"'"' read -r n s d y <<< "$0"; build_one "$n" "$s" "$d" "$y" && echo "$PIN" > "$OUT/.built-$n"'

# Versions the front end reports and the index records: pack version + grammar commit.
python3 - "$HERE/grammars.tsv" "$CACHE/src/tslp-$TSLP_VERSION/sources/language_definitions.json" "$OUT/grammars.json" "$TSLP_VERSION" "$CSHARP_VERSION" <<'PY'
import json, sys
tsv, defs_path, out, tslp, csharp = sys.argv[1:]
defs = json.load(open(defs_path))
grammars = []
for line in open(tsv):
    if not line.strip() or line.startswith("#"):
        continue
    name, source, _dir, symbol = line.rstrip("\n").split("\t")
    if source == "tslp":
        rev = defs.get(name, {}).get("rev", "unknown")
        version = f"tree-sitter-language-pack {tslp} ({rev[:12]})"
    else:
        version = f"tree-sitter-c-sharp {csharp}"
    grammars.append({"name": name, "library": f"{name}.so", "symbol": symbol, "version": version})
tmp = out + ".tmp"
json.dump({"schema_version": 1, "grammars": grammars}, open(tmp, "w"), indent=1)
import os; os.replace(tmp, out)
PY
# Every other grammar of the pack is built on first use by clonescan itself (Syntax/GrammarBuilder.swift), from
# the checksum-verified sources unpacked above, with the same compiler and flags: pack.json says where and how.
python3 "$HERE/grammar-pack.py" "$CACHE/src/tslp-$TSLP_VERSION" "$TSLP_VERSION" "$PIN" "$CC" "$CFLAGS" "$OUT/pack.json" "$PACK_SCHEMA" \
  "groovy=$CACHE/src/groovy-$GROOVY_VERSION/src=dekobon-tree-sitter-groovy $GROOVY_VERSION=groovy-abi14"
echo "$PIN" > "$OUT/.pin"
