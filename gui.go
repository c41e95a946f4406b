//go:build !nogui

package main

import (
	"fmt"
	"io"
	"strings"

	"fgdraft/app"
	"fgdraft/assets"
	"fgdraft/internal/buildinfo"
	_ "fgdraft/internal/posixlocale" // before Fyne's init
	"fgdraft/locales"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
)

// appID is the reverse-DNS application ID (also in FyneApp.toml); Fyne keys
// preferences and storage by it.
const appID = "org.fgdraft.fgdraft"

// startGUI opens the window in this process. The GUI switches languages at
// run time: it loads the messages of all six.
func startGUI(args []string, ver buildinfo.Version, stderr io.Writer) int {
	cat, err := locales.Load()
	if err != nil {
		fmt.Fprintln(stderr, "fgdraft: messages:", err)
		return exitUnusable
	}
	return runGUI(args, cat, ver, stderr)
}

func runGUI(args []string, cat *locales.Catalog, ver buildinfo.Version, stderr io.Writer) int {
	c := newCommand("", usage, stderr)
	c.flags.Usage = func() { fmt.Fprint(stderr, usage) }
	example := c.flags.Bool("example", false, "open the bundled example draft")
	npos := 0
	for _, a := range args {
		if !strings.HasPrefix(a, "-") {
			npos++
		}
	}
	pos, code, ok := c.parse(args, min(npos, 1), "name at most one draft file")
	if !ok {
		return code
	}
	opts := app.Options{Catalog: cat, Example: *example, Version: ver, Licence: licence}
	if len(pos) == 1 {
		opts.Draft = pos[0]
	}
	offerFallbackFonts()
	ensureUTF8CType()
	opts.MissingInputMethod = missingInputMethod()
	a := fyneapp.NewWithID(appID)
	// The window and task bar show fgdraft's icon also when the binary was
	// built without the packaging tool, which would otherwise set it.
	a.SetIcon(fyne.NewStaticResource("fgdraft.png", assets.Icon))
	opts.Screen = screenSize(a)
	app.Run(a, opts)
	return exitOK
}
