package app

import (
	"testing"

	"fgdraft/forms"
)

// The translation view's entries are the bidirectional entry, in the face
// and direction of the target: an empty Arabic box starts on the right, the
// issue's sentence typed into it is stored as typed; in French the same box
// is left to right in the Latin face.
func TestTranslateArabicEntry(t *testing.T) {
	h := newTranslateHarness(t, exampleFile, forms.English, forms.Arabic)
	const sentence = "تعمل مجموعة O-RAN Alliance على واجهات AI/ML منذ 2021، ولكن الفجوة ما زالت قائمة."
	r := h.row("focusGroup.scope")
	r.entry.SetText("")
	h.win.Canvas().Focus(r.entry)
	if !r.entry.DefaultRTL || r.entry.FontSource != scriptFont(h.v.opts.fonts, forms.Arabic, false) {
		t.Fatalf("Arabic box: right to left %v, font %v", r.entry.DefaultRTL, r.entry.FontSource)
	}
	if c := r.entry.CaretPosition(); c.X < r.entry.Size().Width/2 {
		t.Errorf("empty Arabic box: caret at %v of %v, want it on the right", c, r.entry.Size())
	}
	h.typeInto("focusGroup.scope", sentence)
	if got := h.v.env.draft.Translations[forms.Arabic]["focusGroup.scope"].Text; got != sentence {
		t.Errorf("stored %q", got)
	}
	h.v.SetTarget(forms.French)
	if r.entry.DefaultRTL || r.entry.FontSource != scriptFont(h.v.opts.fonts, forms.French, false) {
		t.Errorf("French box: right to left %v, font %v", r.entry.DefaultRTL, r.entry.FontSource)
	}
}
