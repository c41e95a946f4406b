package a7

import (
	"strings"

	"fgdraft/forms"
)

// Rules whose whole check is that some free-text fields say something are
// data, not code: their rows in the catalogue name the fields, by their
// handles (FGScope), and what they must be (requires), and one function
// checks them all (requirement.check).

// demand is what a required free-text field must be.
type demand int

// What a required field must be, from the least to the most.
const (
	// mustBePresent: not blank and not an obvious placeholder (see present).
	mustBePresent demand = iota
	// mustBeSubstantive: a real statement of a few sentences, not a
	// one-liner (see substantive). Its finding has the param Empty, 1 when nothing at all is
	// written, so the message can tell "missing" from "too short".
	mustBeSubstantive
)

// requirement is the whole check of a rule that only requires fields: each
// field must meet the demand. One finding names the fields that do not, in
// the order given.
type requirement struct {
	need   demand
	fields []forms.Field[string]
}

// requires makes a catalogue row's requirement.
func requires(d demand, fields ...forms.Field[string]) *requirement {
	return &requirement{need: d, fields: fields}
}

func (q *requirement) check(c *checker) {
	var missing []string
	blank := true
	for _, f := range q.fields {
		text := f.Get(c.p)
		if strings.TrimSpace(text) != "" {
			blank = false
		}
		if !q.met(text) {
			missing = append(missing, f.Path())
		}
	}
	if missing == nil {
		return
	}
	var params map[string]any
	if q.need == mustBeSubstantive {
		params = map[string]any{"Empty": b2i(blank)}
	}
	c.add(missing, params)
}

func (q *requirement) met(text string) bool {
	if q.need == mustBeSubstantive {
		return substantive(text)
	}
	return present(text)
}
