// Command memberstategen compiles the ITU Member States and the territories
// of forms/memberstate/states.tsv and territories.tsv into the table of the
// rules (forms/memberstate/table_gen.go) and the table of country names
// (locales/countries_gen.go). Run by `go generate ./...`.
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	root := flag.String("root", ".", "root directory of the repository")
	flag.Parse()
	if err := Write(*root); err != nil {
		fmt.Fprintln(os.Stderr, "memberstategen:", err)
		os.Exit(1)
	}
}
