package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The clean examples stay clean under `fgdraft validate`: every country
// they give is an ITU Member State, and nothing but infos is found.
func TestCleanExamplesHaveMemberStates(t *testing.T) {
	for _, file := range []string{"examples/fg-example-en.json", "examples/fg-example-zh.json", "examples/fg-example-zh-translated.json", "assets/example.json"} {
		code, out, errs := runCLI(t, "validate", "--json", "--today", "2026-11-25", file)
		if code != 0 {
			t.Errorf("%s: exit %d\n%s%s", file, code, out, errs)
			continue
		}
		var findings []struct{ Rule, Severity string }
		if err := json.Unmarshal([]byte(out), &findings); err != nil {
			t.Fatalf("%s: not JSON: %v", file, err)
		}
		for _, f := range findings {
			if f.Rule == "supporters.country" || f.Severity != "info" {
				t.Errorf("%s: %s %s", file, f.Severity, f.Rule)
			}
		}
	}
}

// `fgdraft validate` does not call a draft ready to file when a supporter's
// country is no ITU Member State, and says so on that field; a territory
// is counted under its Member State with a note (issue 19, items 2 and 3).
func TestValidateChecksCountries(t *testing.T) {
	data, err := os.ReadFile("examples/fg-example-en.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		from, to string
		code     int
		want     string
	}{
		{`"country": "KR"`, `"country": "CAN"`, 1, "supporters.country"},
		{`"country": "KR"`, `"country": "XX"`, 1, "“XX” is not an ITU Member State"},
		{`"country": "KR"`, `"country": "EU"`, 1, "supporters.country"},
	} {
		draft := strings.Replace(string(data), tt.from, tt.to, 1)
		if draft == string(data) {
			t.Fatalf("the example has no %s", tt.from)
		}
		path := filepath.Join(t.TempDir(), "draft.json")
		if err := os.WriteFile(path, []byte(draft), 0o644); err != nil {
			t.Fatal(err)
		}
		code, out, errs := runCLI(t, "validate", "--today", "2026-11-25", path)
		if code != tt.code || !strings.Contains(out, tt.want) || strings.Contains(out, "ready to file") {
			t.Errorf("%s: exit %d, want %d and %q\n%s%s", tt.to, code, tt.code, tt.want, out, errs)
		}
	}
}

// Territories count under their Member State: a draft whose third to sixth
// supporters come from France, Réunion, Guadeloupe and Martinique has three
// countries, not six, and is not ready to file (issue 19, item 3).
func TestValidateCountsTerritoriesUnderTheirState(t *testing.T) {
	data, err := os.ReadFile("examples/fg-example-en.json")
	if err != nil {
		t.Fatal(err)
	}
	var draft map[string]any
	if err := json.Unmarshal(data, &draft); err != nil {
		t.Fatal(err)
	}
	supporters := draft["supporters"].([]any)
	for i, c := range []string{"FR", "RE", "GP", "MQ"} {
		supporters[2+i].(map[string]any)["country"] = c
	}
	out, err := json.Marshal(draft)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "draft.json")
	if err := os.WriteFile(path, out, 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, errs := runCLI(t, "validate", "--today", "2026-11-25", path)
	if code != 1 || strings.Contains(stdout, "ready to file") || !strings.Contains(stdout, "different countries among them: 3") ||
		!strings.Contains(stdout, "Réunion (RE) is not itself an ITU Member State") {
		t.Errorf("exit %d\n%s%s", code, stdout, errs)
	}
}
