#!/usr/bin/env bash
# Recreates relations-libreoffice.xlsx from relations-libreoffice.csv with a real spreadsheet
# program, LibreOffice Calc, as the tests' .xlsx written by a real spreadsheet program. The test
# suite does not need LibreOffice: the .xlsx is committed. Needs Debian's libreoffice-calc-nogui.
#
# LibreOffice reads the CSV's ISO dates as dates, so the workbook holds them as Excel date
# numbers with a date format, as Excel itself would (a month alone, 2019-03, stays text).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
soffice -env:UserInstallation="file://$profile" --headless \
  --infilter="CSV:44,34,76,1" --convert-to xlsx --outdir "$here" "$here/relations-libreoffice.csv"
