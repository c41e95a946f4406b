// Command reencode rewrites draft files in the canonical form draftfile.Encode writes
// (members in model order, two-space indent), so that the bundled examples
// follow the model when a field is added or moved: `go generate ./...`
// runs it on assets/example.json and examples/*.json, and a test of package
// forms/draftfile fails when an example is not canonical.
package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"

	"fgdraft/forms/draftfile"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "reencode:", err)
		os.Exit(1)
	}
}

// run re-encodes every file the glob patterns match; a pattern matching
// nothing is an error (a moved folder would otherwise go unnoticed).
func run(patterns []string) error {
	for _, pattern := range patterns {
		files, err := filepath.Glob(pattern)
		if err != nil {
			return err
		}
		if len(files) == 0 {
			return fmt.Errorf("no draft file matches %s", pattern)
		}
		for _, name := range files {
			if err := reencode(name); err != nil {
				return err
			}
		}
	}
	return nil
}

func reencode(name string) error {
	data, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	p, err := draftfile.Decode(data)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	enc, err := draftfile.Encode(p)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if bytes.Equal(enc, data) {
		return nil
	}
	return os.WriteFile(name, enc, 0o644)
}
