package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The committed schema is what the generator writes from today's model.
func TestCommittedSchemaIsCurrent(t *testing.T) {
	want, err := Generate(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join("..", "..", "..", "docs", "draft.schema.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("docs/draft.schema.json is stale: the model, its doc comments or the draft-file limits changed; run `go generate ./...` and commit the result")
	}
}

// writeModel writes a tiny package forms with the given model source, and
// its sub-package draftfile with the limits.
func writeModel(t *testing.T, model string) string {
	t.Helper()
	dir := t.TempDir()
	limits := "package draftfile\n\nconst (\n\tFormatVersion = 1\n\tMaxFileSize = 16 << 20\n\tMaxListLen = 7\n\tMaxStringLen = 9\n" +
		"\tMaxTranslations = 3\n\tmaxIDLen = 4\n\tmaxPathLen = 5\n\tmaxOtherInt = 11\n)\n\n" +
		"var intFieldMax = map[string]int64{\"sub.count\": 2}\n"
	if err := os.Mkdir(filepath.Join(dir, "draftfile"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "draftfile", "limits.go"), []byte(limits), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "model.go"), []byte("package forms\n\n"+model), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestGeneratorReadsTheModel(t *testing.T) {
	dir := writeModel(t, `
// Proposal is the draft.
type Proposal struct {
	// Color is how it looks.
	Color Color `+"`json:\"color\"`"+`
	// Sub is a part of it.
	Sub Sub `+"`json:\"sub\"`"+`
	// Notes are paragraphs.
	Notes []string `+"`json:\"notes\" fg:\"prose,translated\"`"+`
	Hidden string `+"`json:\"-\"`"+`
}

// Color is a colour.
type Color string

const (
	Red Color = "red"
	Blue Color = "blue"
)

// Sub is a part.
type Sub struct {
	Count int `+"`json:\"count\"`"+` // how many
	Other int `+"`json:\"other\"`"+` // how many else
}
`)
	data, err := Generate(dir)
	if err != nil {
		t.Fatal(err)
	}
	var s struct {
		Properties map[string]struct {
			Enum        []string
			Description string
			MaxItems    int
			Properties  map[string]struct{ Maximum int }
			Items       struct{ MaxLength int }
		}
	}
	if err := json.Unmarshal(data, &s); err != nil {
		t.Fatal(err)
	}
	p := s.Properties
	if got := strings.Join(p["color"].Enum, ","); got != ",red,blue" {
		t.Errorf("enum of color = %q, want the constants in order after the empty value", got)
	}
	if p["color"].Description != "How it looks. Empty while not chosen yet." {
		t.Errorf("description of color = %q", p["color"].Description)
	}
	if p["sub"].Properties["count"].Maximum != 2 || p["sub"].Properties["other"].Maximum != 11 {
		t.Errorf("limits of sub = %+v, want count from intFieldMax, other maxOtherInt", p["sub"].Properties)
	}
	if p["notes"].MaxItems != 7 || p["notes"].Items.MaxLength != 9 {
		t.Errorf("notes: maxItems %d, items maxLength %d: not the draft-file limits", p["notes"].MaxItems, p["notes"].Items.MaxLength)
	}
	if _, ok := p["Hidden"]; ok {
		t.Error("a field without a json name is in the schema")
	}
}

func TestGeneratorRefusesUndocumentedFields(t *testing.T) {
	dir := writeModel(t, "type Proposal struct {\n\tTitle string `json:\"title\"`\n}\n")
	_, err := Generate(dir)
	if err == nil || !strings.Contains(err.Error(), "title") {
		t.Fatalf("Generate of a model with an undocumented field: %v, want an error naming the field", err)
	}
}

// The limits are read from the sub-package draftfile; without it the
// generator says where it looked instead of writing a schema without limits.
func TestGeneratorNeedsTheDraftFileLimits(t *testing.T) {
	dir := writeModel(t, "// Proposal is the draft.\ntype Proposal struct{}\n")
	if err := os.RemoveAll(filepath.Join(dir, "draftfile")); err != nil {
		t.Fatal(err)
	}
	_, err := Generate(dir)
	if err == nil || !strings.Contains(err.Error(), filepath.Join(dir, "draftfile")) {
		t.Fatalf("Generate without forms/draftfile: %v, want an error naming the folder", err)
	}
}
