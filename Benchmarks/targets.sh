# Sourced by the benchmark scripts: records a row of issue 18's targets table (Benchmarks/targets.py
# reads them). `targets_begin NAME` empties NAME's rows; `target KEY STATUS MEASURED` adds one.
targets_file=""
targets_begin() {
  mkdir -p Benchmarks/.data/targets
  targets_file=Benchmarks/.data/targets/$1.tsv
  : >"$targets_file"
}
target() {
  case "$2" in met|missed|kept|measured) ;; *) echo "target: unknown status '$2' for $1" >&2; return 1 ;; esac
  printf '%s\t%s\t%s\n' "$1" "$2" "$3" >>"$targets_file"
}
# at_most VALUE LIMIT: "met" when VALUE ≤ LIMIT (decimal numbers), else "missed".
at_most() { awk -v v="$1" -v l="$2" 'BEGIN { print (v + 0 <= l + 0) ? "met" : "missed" }'; }
