package a7

import "fgdraft/forms"

// Severity says how much a finding matters.
type Severity int

// Severities, from least to most serious.
const (
	Info Severity = iota
	Warning
	Error
)

// String is the severity's name as the CLI and JSON output write it.
func (s Severity) String() string {
	switch s {
	case Error:
		return "error"
	case Warning:
		return "warning"
	}
	return "info"
}

// MarshalText writes the severity's name.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Finding is one result of checking a proposal against a rule of A.7. It
// carries no sentence: the message is rendered from the rule ID and Params in
// the reader's language (see package locales).
type Finding struct {
	Rule     string   // rule ID, e.g. "criteria.support"
	Severity Severity // may differ from the rule's usual severity (tor.duration)
	Clause   string   // A.7 clause, e.g. "2.1"
	// Fields are the field paths the finding concerns, most relevant first.
	Fields []string
	// Params fill the message. Values are string, int, Date, []string, Lang
	// (written as the language's name), CountryCode (written as the
	// country's ITU name) or []StepCount; the key "Count", when
	// present, selects the plural form.
	Params map[string]any
}

// StepCount is how many of something one wizard step holds: findings about
// many fields count them per step rather than list them all.
type StepCount struct {
	Step  forms.Step `json:"step"`
	Count int        `json:"count"`
}

// countPerStep counts field paths per wizard step, in wizard order.
func countPerStep(paths []string) []StepCount {
	n := map[forms.Step]int{}
	for _, p := range paths {
		n[forms.StepOf(p)]++
	}
	var out []StepCount
	for _, st := range forms.Steps() {
		if n[st] > 0 {
			out = append(out, StepCount{Step: st, Count: n[st]})
		}
	}
	return out
}

// Options are the facts a check needs besides the proposal.
type Options struct {
	// Today is the date deadlines are measured from when the proposal gives no
	// submission date. The zero Date means the machine's date.
	Today forms.Date
	// ExportLang, when set and different from the draft's language, enables
	// translation.missing for that language.
	ExportLang forms.Lang
}
