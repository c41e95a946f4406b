// Command schemagen writes docs/draft.schema.json, the JSON Schema of a draft
// file, from the source of package forms and of its sub-package draftfile:
// the structure and member names from the model's types and json tags, enums
// from the constants of each named string type, kinds from the fg tags,
// limits from the constants and the intFieldMax table of
// draftfile/draftfile.go, and descriptions from the doc comments of fields
// and types. It reads the source rather than the compiled packages so that
// unexported limits and the comments are the ones the decoder is built from.
// Run it with `go generate ./...`.
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	dir := flag.String("dir", ".", "directory of package forms (the limits are read from its draftfile/)")
	out := flag.String("o", "../docs/draft.schema.json", "schema file to write")
	flag.Parse()
	data, err := Generate(*dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, "schemagen:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, data, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "schemagen:", err)
		os.Exit(1)
	}
}
