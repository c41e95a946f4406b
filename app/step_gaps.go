package app

import (
	"fgdraft/forms"
)

// newGapsStep is the gap analysis: per body, its existing work, how much of
// the topic it covers and the gap that remains; the statement that no body
// outside ITU-T works on the topic, when none does; then a summary.
func newGapsStep(env *editorEnv) stepForm {
	f := newForm(env)
	hint := f.hint("editor.hint.gaps")
	f.body.Add(hint)

	newList(f, forms.GapEntries, func() forms.GapEntry { return forms.GapEntry{} }, false,
		func(g *grid, i int) {
			g.text(forms.GapEntryBody.At(i), "editor.hint.body")
			choice(g, forms.GapEntryKind.At(i), forms.BodyKinds(), prefixed[forms.BodyKind](f, "bodyKind."))
			g.prose(forms.GapEntryWork.At(i), 3)
			choice(g, forms.GapEntryCoverage.At(i), forms.Coverages(), prefixed[forms.Coverage](f, "coverage."))
			g.prose(forms.GapEntryGap.At(i), 3)
		}).titled(func(e forms.GapEntry) string { return e.Body })

	g := f.section("")
	g.prose(forms.GapNoOtherWork, 3)
	g.prose(forms.GapSummary, 5)

	f.Reload()
	return f
}
