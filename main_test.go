package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fgdraft/forms"
	"fgdraft/forms/a7"
	"fgdraft/forms/draftfile"
	"fgdraft/locales"
)

// message is the message id of locales in lang, with data: what a command
// that speaks lang says.
func message(t *testing.T, lang forms.Lang, id string, data ...map[string]any) string {
	t.Helper()
	cat, err := locales.Load(lang)
	if err != nil {
		t.Fatal(err)
	}
	return cat.In(lang).T(id, data...)
}

func runCLI(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestValidateExitCodes(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
		want string // in stdout
	}{
		{"clean example", []string{"validate", "--today", "2026-11-25", "examples/fg-example-en.json"}, 0, "ready to file"},
		{"clean Chinese example", []string{"validate", "--today", "2026-11-25", "examples/fg-example-zh.json"}, 0, "可以提交"},
		{"Rec. A.1 cited as such", []string{"validate", "--today", "2026-11-25", "examples/fg-example-en.json"}, 0, "[deadline.translation, Recommendation ITU-T A.1]"},
		{"mistakes", []string{"validate", "--today", "2026-11-25", "examples/fg-example-mistakes.json"}, 1, "criteria.support"},
		{"flags after the file", []string{"validate", "examples/fg-example-mistakes.json", "--lang", "fr", "--today", "2026-11-25"}, 1, "erreurs"},
		{"no file", []string{"validate"}, 2, ""},
		{"missing file", []string{"validate", "no/such/draft.json"}, 2, ""},
		{"bad language", []string{"validate", "--lang", "de", "examples/fg-example-en.json"}, 2, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runCLI(t, tt.args...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d\nstdout: %s\nstderr: %s", code, tt.code, out, errs)
			}
			if !strings.Contains(out, tt.want) {
				t.Errorf("stdout lacks %q:\n%s", tt.want, out)
			}
			if tt.code == 2 && errs == "" {
				t.Error("exit 2 without a reason on stderr")
			}
		})
	}
}

func TestValidateJSON(t *testing.T) {
	code, out, _ := runCLI(t, "validate", "--json", "--today", "2026-11-25", "examples/fg-example-mistakes.json")
	if code != 1 {
		t.Fatalf("exit %d", code)
	}
	var findings []map[string]any
	if err := json.Unmarshal([]byte(out), &findings); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	rules := map[string]bool{}
	for _, f := range findings {
		for _, k := range []string{"rule", "severity", "clause", "fields", "message"} {
			if _, ok := f[k]; !ok {
				t.Errorf("finding lacks %q: %v", k, f)
			}
		}
		rules[f["rule"].(string)] = true
	}
	for _, r := range []string{"deadline.contribution", "criteria.support", "tor.duration", "leadership.chair"} {
		if !rules[r] {
			t.Errorf("mistakes example: no %s finding", r)
		}
	}
}

func TestBrokenDraftIsNotModified(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "broken.json")
	broken := []byte(`{"format": 1, "focusGroup": {"scope": 12}}`)
	if err := os.WriteFile(path, broken, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"validate", path}, {"export", path}, {"xliff", "import", path, path}} {
		code, _, errs := runCLI(t, args...)
		if code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
		if !strings.Contains(errs, "focusGroup.scope") && args[0] != "xliff" {
			t.Errorf("%v: the reason does not name the field: %s", args, errs)
		}
		if got, _ := os.ReadFile(path); !bytes.Equal(got, broken) {
			t.Fatalf("%v modified the broken draft", args)
		}
	}
}

func TestExportWritesPDF(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("pdftotext is not installed (CI is set; make test installs poppler-utils)")
		}
		t.Skip("pdftotext not installed (make test installs poppler-utils)")
	}
	dir := t.TempDir()
	out := filepath.Join(dir, "fr.pdf")
	code, stdout, errs := runCLI(t, "export", "--lang", "fr", "--today", "2026-11-25", "-o", out, "examples/fg-example-en.json")
	if code != 0 {
		t.Fatalf("exit %d: %s %s", code, stdout, errs)
	}
	// English draft exported in French: the untranslated fields are named.
	if !strings.Contains(errs, "no French translation") {
		t.Errorf("no note on untranslated fields: %q", errs)
	}
	text, err := exec.Command("pdftotext", "-enc", "UTF-8", out, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(text), "Origine") {
		t.Errorf("French cover label missing from the PDF text")
	}

	// The draft with A.7 errors: written, exit 1, named by default next to the draft.
	src, _ := os.ReadFile("examples/fg-example-mistakes.json")
	draft := filepath.Join(dir, "mistakes.json")
	os.WriteFile(draft, src, 0o644)
	code, stdout, _ = runCLI(t, "export", "--today", "2026-11-25", draft)
	if code != 1 {
		t.Fatalf("draft with errors: exit %d, want 1", code)
	}
	written := strings.TrimSpace(stdout)
	if filepath.Dir(written) != dir || !strings.HasSuffix(written, "_en.pdf") {
		t.Errorf("default name %q", written)
	}
	if _, err := os.Stat(written); err != nil {
		t.Error(err)
	}
}

func TestExportAll(t *testing.T) {
	if testing.Short() {
		t.Skip("six exports")
	}
	dir := t.TempDir()
	code, stdout, errs := runCLI(t, "export", "--lang", "all", "--today", "2026-11-25", "-o", dir, "examples/fg-example-en.json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if n := len(strings.Fields(stdout)); n != 6 {
		t.Errorf("%d files written, want 6: %s", n, stdout)
	}
}

func TestXLIFFRoundTrip(t *testing.T) {
	dir := t.TempDir()
	draft := filepath.Join(dir, "zh.json")
	src, _ := os.ReadFile("examples/fg-example-zh.json")
	os.WriteFile(draft, src, 0o644)
	xlf := filepath.Join(dir, "zh.fr.xlf")
	if code, _, errs := runCLI(t, "xliff", "export", "--lang", "fr", "-o", xlf, draft); code != 0 {
		t.Fatalf("export: %s", errs)
	}
	data, _ := os.ReadFile(xlf)
	// A translator fills in one target.
	i := bytes.Index(data, []byte("</source>"))
	filled := append(append(append([]byte{}, data[:i+len("</source>")]...), []byte("<target>Proposition de créer le groupe spécialisé</target>")...), data[i+len("</source>"):]...)
	os.WriteFile(xlf, filled, 0o644)
	code, out, errs := runCLI(t, "xliff", "import", draft, xlf)
	if code != 0 || !strings.Contains(out, "1 translations recorded") {
		t.Fatalf("import: exit %d %s %s", code, out, errs)
	}
	saved, _ := os.ReadFile(draft)
	if !bytes.Contains(saved, []byte("Proposition de créer le groupe spécialisé")) {
		t.Error("translation not saved in the draft")
	}
	// The same file refused for another language.
	if code, _, errs := runCLI(t, "xliff", "import", "--lang", "ru", draft, xlf); code != 2 || errs == "" {
		t.Errorf("import for another language: exit %d %q", code, errs)
	}
}

func TestHelp(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"validate", "--help"}, {"export", "--help"}} {
		code, out, errs := runCLI(t, args...)
		if code != 0 || !strings.Contains(out+errs, "Usage") {
			t.Errorf("%v: exit %d, no usage", args, code)
		}
	}
}

// guiPackages are the packages that may import Fyne: the command (which
// starts the GUI), the GUI itself and its widgets.
var guiPackages = map[string]bool{"fgdraft": true, "fgdraft/app": true, "fgdraft/app/bidientry": true}

// The core (model, rules, files, messages, document, renderers, every other
// package) serves the GUI, the command line and the tests alike, so it must
// not depend on Fyne.
func TestCoreHasNoFyne(t *testing.T) {
	all, err := exec.Command("go", "list", "./...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	core := []string{"list", "-deps"}
	for _, pkg := range strings.Fields(string(all)) {
		if !guiPackages[pkg] {
			core = append(core, pkg)
		}
	}
	if len(core) < 8 {
		t.Fatalf("only %d core packages: %v", len(core)-2, core[2:])
	}
	out, err := exec.Command("go", core...).CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, pkg := range strings.Fields(string(out)) {
		if strings.HasPrefix(pkg, "fyne.io/") {
			t.Errorf("the core depends on %s", pkg)
		}
	}
}

// The bidirectional entry could be offered to Fyne: of the project it uses
// the text layer only, which depends on nothing else of the project.
func TestBidiEntryStandsAlone(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "./app/bidientry").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, pkg := range strings.Fields(string(out)) {
		if strings.HasPrefix(pkg, "fgdraft/") && pkg != "fgdraft/app/bidientry" && pkg != "fgdraft/text" {
			t.Errorf("app/bidientry depends on %s", pkg)
		}
	}
}

func TestRulesListsTheCatalogue(t *testing.T) {
	code, out, _ := runCLI(t, "rules", "--lang", "fr")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != len(a7.Catalogue()) {
		t.Errorf("%d lines for %d rules", len(lines), len(a7.Catalogue()))
	}
	if !strings.HasPrefix(lines[0], "criteria.interest") || !strings.Contains(lines[0], "Erreur") {
		t.Errorf("first line %q", lines[0])
	}
	// The rules added with the clause-by-clause reading, and the one that
	// rests on Rec. ITU-T A.1 rather than A.7.
	for _, id := range []string{"parent.designation", "route.between-meetings.urgency", "deliverable.target-group", "leadership.vice-chair-member"} {
		if !strings.Contains(out, id) {
			t.Errorf("no line for %s", id)
		}
	}
	for _, l := range lines {
		if strings.HasPrefix(l, "deadline.translation") && !strings.Contains(l, "Recommandation UIT-T A.1") {
			t.Errorf("deadline.translation does not cite Rec. ITU-T A.1: %q", l)
		}
	}
}

// -o naming a folder (existing, or ending in a separator) writes the default
// name inside it, and the draft itself is never written over.
func TestExportOutputFolderAndDraftProtection(t *testing.T) {
	dir := t.TempDir()
	draft := filepath.Join(dir, "en.json")
	src, _ := os.ReadFile("examples/fg-example-en.json")
	os.WriteFile(draft, src, 0o644)

	sub := filepath.Join(dir, "out")
	os.Mkdir(sub, 0o755)
	code, stdout, errs := runCLI(t, "export", "--today", "2026-11-25", "-o", sub, draft)
	if code != 0 || strings.TrimSpace(stdout) != filepath.Join(sub, "FG-QSM_SG17_en.pdf") {
		t.Fatalf("existing folder: exit %d, wrote %q: %s", code, stdout, errs)
	}
	fresh := filepath.Join(dir, "new") + string(filepath.Separator)
	code, stdout, errs = runCLI(t, "export", "--today", "2026-11-25", "-o", fresh, draft)
	if code != 0 || strings.TrimSpace(stdout) != filepath.Join(fresh, "FG-QSM_SG17_en.pdf") {
		t.Fatalf("new folder: exit %d, wrote %q: %s", code, stdout, errs)
	}

	for _, args := range [][]string{
		{"export", "-o", draft, draft},
		{"export", "-o", filepath.Join(dir, ".", "en.json"), draft},
		{"xliff", "export", "--lang", "fr", "-o", draft, draft},
	} {
		code, _, errs := runCLI(t, args...)
		if code != 2 || !strings.Contains(errs, "draft itself") {
			t.Errorf("%v: exit %d, %q", args, code, errs)
		}
		if got, _ := os.ReadFile(draft); !bytes.Equal(got, src) {
			t.Fatalf("%v: the draft was written over", args)
		}
	}
}

// A character no font has, in the proposer's text, is an export error that
// names the field; nothing is written.
func TestExportEmojiNamesField(t *testing.T) {
	dir := t.TempDir()
	p, err := draftfile.Load("examples/fg-example-en.json")
	if err != nil {
		t.Fatal(err)
	}
	p.Contribution.Title = "Quantum \U0001F680 migration"
	draft := filepath.Join(dir, "emoji.json")
	if err := draftfile.Save(draft, p); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "x.pdf")
	code, _, errs := runCLI(t, "export", "--lang", "ru", "-o", out, draft)
	if code != 2 || !strings.Contains(errs, "contribution.title") || !strings.Contains(errs, "U+1F680") {
		t.Errorf("exit %d, %q", code, errs)
	}
	// told in the draft's language, like the command's other messages
	if !strings.Contains(errs, "The PDF was not written") || !strings.Contains(errs, "Title (contribution.title)") {
		t.Errorf("the refusal does not say what to do in English, naming the field: %q", errs)
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a PDF was written")
	}
}

// A draft not yet translated: the finding names the language and counts the
// fields per step, and so does its Fields line, instead of some fifty labels.
func TestValidateUntranslatedDraftCountsPerStep(t *testing.T) {
	_, out, _ := runCLI(t, "validate", "--today", "2027-01-04", "--for", "fr", "examples/fg-example-mistakes.json")
	lines := strings.Split(out, "\n")
	i := slices.IndexFunc(lines, func(l string) bool { return strings.Contains(l, "[translation.missing") })
	if i < 0 || i+1 >= len(lines) {
		t.Fatalf("no translation.missing finding:\n%s", out)
	}
	msg, fields := lines[i], lines[i+1]
	if !strings.Contains(msg, "into French") || !strings.Contains(msg, "By step: Contribution (") {
		t.Errorf("message %q", msg)
	}
	if !strings.Contains(fields, "Terms of reference (") || strings.Contains(fields, "Scope and objectives") {
		t.Errorf("fields line %q, want counts per step", fields)
	}
}

// validate names clauses in the language it writes (the findings panel's
// words, which are the document's), never in English shorthand: "A.7 §2.1"
// and "Rec. ITU-T A.1" were printed in every language.
func TestValidateClausesInTheLanguage(t *testing.T) {
	t.Parallel()
	tests := []struct {
		lang         string
		a7, otherRec string
	}{
		{"en", "A.7 clause 2.", "Recommendation ITU-T A.1"},
		{"fr", "A.7, paragraphe 2.", "Recommandation UIT-T A.1"},
		{"es", "A.7, cláusula 2.", "Recomendación UIT-T A.1"},
		{"ru", "A.7, пункт 2.", "Рекомендация МСЭ-Т A.1"},
		{"zh", "A.7第2.", "ITU-T A.1建议书"},
		{"ar", "A.7، الفقرة 2.", "التوصية ITU-T A.1"},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			t.Parallel()
			_, out, _ := runCLI(t, "validate", "--lang", tt.lang, "--today", "2026-11-25", "examples/fg-example-mistakes.json")
			if !strings.Contains(out, tt.a7) {
				t.Errorf("no clause of A.7 written %q:\n%s", tt.a7, out)
			}
			_, out, _ = runCLI(t, "validate", "--lang", tt.lang, "--today", "2026-11-25", "examples/fg-example-en.json")
			if !strings.Contains(out, tt.otherRec) {
				t.Errorf("Rec. A.1 not written %q:\n%s", tt.otherRec, out)
			}
			for _, english := range []string{"§", "Rec. ITU-T"} {
				if strings.Contains(out, english) {
					t.Errorf("English shorthand %q in:\n%s", english, out)
				}
			}
		})
	}
}
