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

	entries := newList(f, forms.GapEntries, func() forms.GapEntry { return forms.GapEntry{} }, false,
		func(g *grid, i int) {
			g.field(forms.GapEntryBody.At(i), look{hint: "editor.hint.body"})
			choice(g, forms.GapEntryKind.At(i), forms.BodyKinds(), prefixed[forms.BodyKind](f, "bodyKind."))
			g.field(forms.GapEntryWork.At(i), look{rows: 3})
			choice(g, forms.GapEntryCoverage.At(i), forms.Coverages(), prefixed[forms.Coverage](f, "coverage."))
			g.field(forms.GapEntryGap.At(i), look{rows: 3})
		}).titled(func(e forms.GapEntry) string { return e.Body })
	langs := &allLanguages{}
	newRowTable(f, langs, entries, []tableColumn{
		textColumn(f, forms.GapEntryBody, "rows.col.body", true, 1.4),
		enumColumn(f, langs, forms.GapEntryKind, forms.BodyKinds(), "bodyKind.", "rows.col.kind", false, 1.2),
		textColumn(f, forms.GapEntryWork, "rows.col.work", true, 2),
		enumColumn(f, langs, forms.GapEntryCoverage, forms.Coverages(), "coverage.", "rows.col.coverage", false, 1.2),
		textColumn(f, forms.GapEntryGap, "rows.col.gap", true, 2),
	})

	g := f.section("")
	g.field(forms.GapNoOtherWork, look{rows: 3})
	g.field(forms.GapSummary, look{rows: 5})

	f.Reload()
	return f
}
