package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The committed catalogue is what the generator compiles from today's
// message files.
func TestCompiledMessagesAreCurrent(t *testing.T) {
	dir := filepath.Join("..", "..")
	want, err := Generate(dir)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(dir, OutputFile))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("locales/" + OutputFile + " is stale: a message file changed; run `go generate ./...` and commit the result")
	}
}

// Plural forms, template delimiters and characters Go strings must escape
// survive the compilation.
func TestGeneratorKeepsEveryForm(t *testing.T) {
	dir := t.TempDir()
	toml := "\"b.quote\" = \"say \\\"yes\\\"\\nthen\\ttab \u0627\"\n\n" +
		"[\"a.count\"]\none = \"{{.Count}} file\"\nother = \"{{.Count}} files\"\n"
	if err := os.WriteFile(filepath.Join(dir, "x.ar.toml"), []byte(toml), 0o644); err != nil {
		t.Fatal(err)
	}
	src, err := Generate(dir)
	if err != nil {
		t.Fatal(err)
	}
	s := string(src)
	for _, want := range []string{
		`{area: "x", lang: "ar", messages: []i18n.Message{`,
		`{ID: "a.count", One: "{{.Count}} file", Other: "{{.Count}} files"},`,
		`{ID: "b.quote", Other: "say \"yes\"\nthen\ttab ا"},`,
	} {
		if !strings.Contains(s, want) {
			t.Errorf("generated source lacks %s:\n%s", want, s)
		}
	}
}

func TestGeneratorRefusesBadNames(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "x.toml"), []byte("a = \"b\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Generate(dir); err == nil {
		t.Error("a file not named AREA.LANG.toml was compiled")
	}
}
