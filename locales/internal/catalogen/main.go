// Command catalogen compiles the message files (AREA.LANG.toml) into Go
// source, locales/messages_gen.go. (Country names are compiled apart, from
// the ITU Member States' table: forms/internal/memberstategen.) The messages become static
// data, ready for the i18n bundle, so that no command parses TOML when it
// starts (parsing was most of the start-up time of `fgdraft validate`). It
// parses each file with go-i18n's own parser, so the compiled messages are
// exactly what the bundle would have read from the file. Run it with
// `go generate ./...`; a test fails when the file is stale.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	dir := flag.String("dir", ".", "directory of the message files (package locales)")
	flag.Parse()
	src, err := Generate(*dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, "catalogen:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(filepath.Join(*dir, OutputFile), src, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "catalogen:", err)
		os.Exit(1)
	}
}
