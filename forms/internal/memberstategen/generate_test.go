package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const root = "../../.."

// The committed tables are what the source files (and CLDR, for the
// territories they do not name) say today.
func TestCommittedTablesAreCurrent(t *testing.T) {
	table, names, err := Generate(root)
	if err != nil {
		t.Fatal(err)
	}
	for file, want := range map[string][]byte{TableFile: table, NamesFile: names} {
		got, err := os.ReadFile(filepath.Join(root, file))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s is stale: %s or %s changed; run `go generate ./...` and commit the result", file, StatesFile, TerritoriesFile)
		}
	}
}

// copyRoot makes a repository root holding the two source files, with
// replace applied to the states file's rows, so that a test can break them.
func copyRoot(t *testing.T, states, territories func(string) string) string {
	t.Helper()
	dir := t.TempDir()
	for file, edit := range map[string]func(string) string{StatesFile: states, TerritoriesFile: territories} {
		data, err := os.ReadFile(filepath.Join(root, file))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Join(dir, filepath.Dir(file)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, file), []byte(edit(string(data))), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func same(s string) string { return s }

// Mistakes in the source files stop the generator with the line at fault.
func TestGeneratorRejectsBadSources(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name                string
		states, territories func(string) string
		want                string
	}{
		{"a state missing", func(s string) string { return strings.Replace(s, "FR\t", "#FR\t", 1) }, same, "193 Member States"},
		{"a name missing", func(s string) string { return strings.Replace(s, "\tFrance\t", "\t\t", 1) }, same, "empty"},
		{"a lower-case code", func(s string) string { return strings.Replace(s, "\nFR\t", "\nfr\t", 1) }, same, "two-letter code"},
		{"out of order", func(s string) string { return strings.Replace(s, "\nAD\t", "\nZZ\t", 1) }, same, "out of order"},
		{"a territory that is a state", same, func(s string) string { return strings.Replace(s, "RE\tFR", "DE\tFR", 1) }, "is a Member State"},
		{"a territory of no state", same, func(s string) string { return strings.Replace(s, "RE\tFR", "RE\tQQ", 1) }, "QQ is not a Member State"},
		{"five names", same, func(s string) string { return s + "ZY\tFR\ta\tb\tc\td\te\n" }, "six"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, _, err := Generate(copyRoot(t, tt.states, tt.territories))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Generate = %v, want an error with %q", err, tt.want)
			}
		})
	}
}
