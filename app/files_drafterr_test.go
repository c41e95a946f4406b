package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fgdraft/forms"
	"fgdraft/forms/draftfile"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// A draft that cannot be opened is explained in the interface's language:
// the problem, the file, the line and column, and the field by its label and
// path; the draft on screen stays as it was.
func TestOpenBrokenDraftSaysWhyInFrench(t *testing.T) {
	a := test.NewTempApp(t)
	w := newTestWindow(t, a, Options{Draft: copyFile(t, exampleFile), Lang: forms.French})
	before := w.sess.Draft()
	dir := t.TempDir()
	cases := []struct {
		name, content string
		want          []string
		english       string // what the English message says, which the dialog must not
	}{
		{"coverage.json", "{\n  \"format\": 1,\n  \"gapAnalysis\": {\"entries\": [{\"coverage\": \"most\"}]}\n}\n",
			[]string{"Valeur inconnue « most »", "Ligne 3, colonne", "Champ: " + w.ui.FieldLabel("gapAnalysis.entries[0].coverage") + " (gapAnalysis.entries[0].coverage)"},
			"unknown value"},
		{"cut.json", `{"format": 1, "focusGroup": {"scope": "abc`,
			[]string{"Le fichier se termine trop tôt", "Ligne 1, colonne"},
			"invalid JSON"},
		{"newer.json", `{"format": 9}`,
			[]string{"version plus récente de fgdraft (format 9)", "Champ: format"},
			"written by a newer fgdraft"},
		{"typo.json", `{"format": 1, "focusGroup": {"scop": "x"}}`,
			[]string{"Champ inconnu « scop »", "Vouliez-vous dire « focusGroup.scope »?"},
			"did you mean"},
	}
	for _, c := range cases {
		path := filepath.Join(dir, c.name)
		if err := os.WriteFile(path, []byte(c.content), 0o644); err != nil {
			t.Fatal(err)
		}
		w.files.openPath(path)
		d := overlay(w)
		if d == nil {
			t.Fatalf("%s: no dialog", c.name)
		}
		text := strings.Join(texts(d), "\n")
		for _, want := range append(c.want, "Impossible d'ouvrir le projet", "Fichier: "+path) {
			if !strings.Contains(text, want) {
				t.Errorf("%s: the dialog lacks %q:\n%s", c.name, want, text)
			}
		}
		if strings.Contains(text, c.english) {
			t.Errorf("%s: the dialog speaks English (%q):\n%s", c.name, c.english, text)
		}
		if w.sess.Draft() != before {
			t.Fatalf("%s replaced the draft", c.name)
		}
		w.win.Canvas().Overlays().Remove(d)
	}
}

// In Arabic the dialog sets the message right to left, line by line in
// visual order (the export text layer's), not as a left-to-right label.
func TestOpenBrokenDraftSaysWhyInArabicRightToLeft(t *testing.T) {
	a := test.NewTempApp(t)
	w := newTestWindow(t, a, Options{Draft: copyFile(t, exampleFile), Lang: forms.Arabic})
	path := filepath.Join(t.TempDir(), "newer.json")
	if err := os.WriteFile(path, []byte(`{"format": 9}`), 0o644); err != nil {
		t.Fatal(err)
	}
	w.files.openPath(path)
	d := overlay(w)
	if d == nil {
		t.Fatal("no dialog")
	}
	want := w.ui.T("drafterr.problem.newer-format", map[string]any{"Version": "9", "Limit": draftfile.FormatVersion})
	var found bool
	walkTree(d, func(o fyne.CanvasObject) bool {
		switch x := o.(type) {
		case *wrapText:
			if strings.Contains(x.Text(), want) {
				found = x.rtl
			}
		case *widget.Label:
			if strings.Contains(x.Text, want) {
				t.Errorf("the message is a left-to-right label: %q", x.Text)
			}
		}
		return true
	})
	if !found {
		t.Errorf("no right-to-left text saying %q: %v", want, texts(d))
	}
}
