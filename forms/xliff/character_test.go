package xliff

import (
	"strings"
	"testing"

	"fgdraft/forms"
)

// A control character in a field or a translation (U+000B from a word
// processor's line break) is refused by the export, naming the field, not
// carried as U+FFFD that the import would write back (issue 26, item 8).
func TestExportRefusesForbiddenCharacters(t *testing.T) {
	t.Parallel()
	p := xliffProposal()
	p.FocusGroup.Scope = "one\u000btwo"
	if _, err := Export(p, forms.French, "x"); err == nil || !strings.Contains(err.Error(), "focusGroup.scope") || !strings.Contains(err.Error(), "U+000B") {
		t.Errorf("a field: got %v", err)
	}
	p = xliffProposal()
	p.SetTranslation(fieldByPath(t, p, "focusGroup.scope"), forms.French, "un\u000bdeux")
	if _, err := Export(p, forms.French, "x"); err == nil || !strings.Contains(err.Error(), "focusGroup.scope") {
		t.Errorf("a translation: got %v", err)
	}
}

// A target holding a character a draft may not hold is skipped, naming
// it, and the draft keeps what it had (issue 26, item 8).
func TestImportSkipsForbiddenCharacters(t *testing.T) {
	t.Parallel()
	p := xliffProposal()
	out, err := Export(p, forms.French, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	filled := fillTargets(t, out, func(string) string { return "un\u0085deux" })
	res, err := Import(p, filled, forms.French)
	if err != nil {
		t.Fatal(err)
	}
	// one-line fields fold line breaks (U+0085 is one) as before; the
	// multi-line ones are skipped, naming the character
	if len(res.Skipped) == 0 || !strings.Contains(res.Skipped[0].Reason, "U+0085") {
		t.Errorf("got %+v", res)
	}
	for _, f := range p.TextFields() {
		if tr, _ := p.TranslationOf(f, forms.French); strings.ContainsRune(tr.Text, 0x85) {
			t.Errorf("%s: the draft holds U+0085", f.Path)
		}
	}
}

// Inline markup nested deeper than a translation tool ever writes makes
// the unit unreadable (skipped), not a deep walk (issue 26, item 9).
func TestImportBoundsInlineDepth(t *testing.T) {
	t.Parallel()
	p := xliffProposal()
	out, err := Export(p, forms.French, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	deep := strings.Repeat(`<pc id="1">`, 1000) + "x" + strings.Repeat(`</pc>`, 1000)
	filled := fillTargets(t, out, func(string) string { return "PLACEHOLDER" })
	filled = []byte(strings.Replace(string(filled), "PLACEHOLDER", deep, 1))
	res, err := Import(p, filled, forms.French)
	if err == nil && (len(res.Skipped) == 0 || !strings.Contains(res.Skipped[0].Reason, "unreadable")) {
		t.Errorf("got %+v", res)
	}
}
