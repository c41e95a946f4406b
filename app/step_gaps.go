package app

import (
	"fgdraft/forms"
)

// newGapsStep is the gap analysis: per body, its existing work, how much of
// the topic it covers and the gap that remains; the statement that no body
// outside ITU-T works on the topic, when none does; then a summary.
func newGapsStep(env *editorEnv) stepForm {
	f := newForm(env)
	ga := func() *forms.GapAnalysis { return &env.draft.GapAnalysis }

	hint := f.hint("editor.hint.gaps")
	f.body.Add(hint)

	entries := func() *[]forms.GapEntry { return &ga().Entries }
	newList(f, "gapAnalysis.entries", entries, func() forms.GapEntry { return forms.GapEntry{} }, false,
		func(g *grid, i int, p string) {
			it := at(entries, i)
			g.text(p+".body", func() *string { return &it().Body }, "editor.hint.body")
			choice(g, p+".kind", forms.BodyKinds(), prefixed[forms.BodyKind](f, "bodyKind."),
				func() *forms.BodyKind { return &it().Kind })
			g.prose(p+".work", func() *string { return &it().Work }, 3)
			choice(g, p+".coverage", forms.Coverages(), prefixed[forms.Coverage](f, "coverage."),
				func() *forms.Coverage { return &it().Coverage })
			g.prose(p+".gap", func() *string { return &it().Gap }, 3)
		}).titled(func(e forms.GapEntry) string { return e.Body })

	g := f.section("")
	g.prose("gapAnalysis.noOtherWork", func() *string { return &ga().NoOtherWork }, 3)
	g.prose("gapAnalysis.summary", func() *string { return &ga().Summary }, 5)

	f.Reload()
	return f
}
