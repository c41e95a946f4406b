package main

import (
	_ "embed"
	"fmt"
	"io"

	"fgdraft/internal/buildinfo"
)

// fyneAppTOML is the application metadata the packaging tool reads; the
// version shown to users comes from it, so that it is written in one place.
//
//go:embed FyneApp.toml
var fyneAppTOML []byte

// licence is fgdraft's own licence, shown in Help → About.
//
//go:embed LICENSE
var licence string

// commit is the git commit this binary was built from, set by the Makefile:
// go build -ldflags "-X main.commit=$(git rev-parse --short HEAD)"; for the
// Windows package, whose build takes no -ldflags of ours, by a file that
// packaging/dist.sh generates. Nothing else writes it.
var commit string

func version() (buildinfo.Version, error) {
	return buildinfo.Parse(fyneAppTOML, commit)
}

const versionUsage = `Usage: fgdraft version   (or fgdraft --version)

Prints the version of fgdraft, its build number and the commit it was built from.
`

func runVersion(args []string, v buildinfo.Version, stdout, stderr io.Writer) int {
	c := newCommand("version", versionUsage, stderr)
	if _, code, ok := c.parse(args, 0, "takes no file"); !ok {
		return code
	}
	fmt.Fprintln(stdout, "fgdraft", v)
	return exitOK
}
