package app

import (
	"maps"
	"slices"

	"fgdraft/forms"
)

// unreadableRule is the rule ID of a finding about text in a field that is
// no value of it (an impossible date, a number with letters): the draft
// keeps the value it had, so no rule of the catalogue sees the text. The
// GUI alone makes these findings, so that the text counts in the panel,
// the step badges and the summary like any error until it is corrected.
const unreadableRule = "entry.unreadable"

// setUnreadable is env.unreadable: it records or forgets the text of path
// and updates the findings when that changes anything.
func (w *window) setUnreadable(path, text string) {
	if w.unreadable[path] == text {
		return
	}
	if text == "" {
		delete(w.unreadable, path)
	} else {
		if w.unreadable == nil {
			w.unreadable = map[string]string{}
		}
		w.unreadable[path] = text
	}
	w.revalidate()
}

// unreadableFindings are the findings of the fields that hold unreadable
// text, in path order.
func (w *window) unreadableFindings() []forms.Finding {
	var out []forms.Finding
	for _, p := range slices.Sorted(maps.Keys(w.unreadable)) {
		out = append(out, forms.Finding{
			Rule: unreadableRule, Severity: forms.Error, Fields: []string{p},
			Params: map[string]any{"Text": w.unreadable[p], "Fields": []string{p}},
		})
	}
	return out
}
