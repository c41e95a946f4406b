package main

import (
	"errors"
	"flag"
	"fmt"
	"io"

	"fgdraft/app"
	_ "fgdraft/internal/posixlocale" // before Fyne's init
	"fgdraft/locales"

	fyneapp "fyne.io/fyne/v2/app"
)

// appID is the reverse-DNS application ID (also in FyneApp.toml); Fyne keys
// preferences and storage by it.
const appID = "org.fgdraft.fgdraft"

func runGUI(args []string, cat *locales.Catalog, stderr io.Writer) int {
	fs := flag.NewFlagSet("fgdraft", flag.ContinueOnError)
	fs.SetOutput(stderr)
	example := fs.Bool("example", false, "open the bundled example draft")
	fs.Usage = func() { fmt.Fprint(stderr, usage) }
	pos, err := parseInterleaved(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	if err != nil {
		return exitUnusable
	}
	if len(pos) > 1 {
		fmt.Fprintln(stderr, "fgdraft: name at most one draft file")
		return exitUnusable
	}
	opts := app.Options{Catalog: cat, Example: *example}
	if len(pos) == 1 {
		opts.Draft = pos[0]
	}
	app.Run(fyneapp.NewWithID(appID), opts)
	return exitOK
}
