package main

import (
	"fmt"
	"io"
)

func runXLIFF(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "fgdraft xliff: not available yet")
	return exitUnusable
}
