package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	dir := flag.String("dir", ".", "directory of package forms")
	flag.Parse()
	if err := Write(*dir); err != nil {
		fmt.Fprintln(os.Stderr, "handlegen:", err)
		os.Exit(1)
	}
}
