package export

import "strings"

// maxLabel is the longest label CutLabel takes, in characters: a name, not
// a sentence.
const maxLabel = 120

// CutLabel splits a paragraph at the colon ending its label ("GSMA
// Post-Quantum Telco Network Taskforce: تقترح …"), when the label is short,
// on the paragraph's first line and holds no sentence of its own. The label
// and its text are two units: renderers give the text its own direction,
// whatever the label's. sep is what stood between them.
func CutLabel(s string) (label, sep, rest string, ok bool) {
	for _, sep := range []string{": ", "： ", "："} {
		label, rest, ok = strings.Cut(s, sep)
		if ok && label != "" && strings.TrimSpace(rest) != "" && len([]rune(label)) <= maxLabel && !strings.ContainsAny(label, ".;!?؛؟。\n") {
			return label, sep, rest, true
		}
	}
	return "", "", "", false
}
