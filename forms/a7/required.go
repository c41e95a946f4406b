package a7

import "fgdraft/forms"

// Rules whose whole check is that some free-text fields say something are
// data, not code: their rows in the catalogue name the fields, by their
// handles (FGScope), and what they must be (requires), and one function
// checks them all (requirement.check).

// demand is what a required free-text field must be.
type demand int

// What a required field must be, from the least to the most.
const (
	// mustBePresent: content enough for the field's role (forms.Says with
	// the role of the field's kind): no placeholder, no filler.
	mustBePresent demand = iota
	// mustBeSubstantive: a real statement of a few sentences, not a
	// one-liner (forms.RoleArgument). Its finding has the param Empty, 1 when nothing at all is
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
	placeholder := ""
	for _, f := range q.fields {
		text := f.Get(c.p)
		if !forms.Blank(text) {
			blank = false
		}
		ok, quote := q.met(text, f.Path())
		if ok {
			continue
		}
		missing = append(missing, f.Path())
		if placeholder == "" {
			placeholder = quote
		}
	}
	if missing == nil {
		return
	}
	var params map[string]any
	if q.need == mustBeSubstantive {
		params = map[string]any{"Empty": b2i(blank)}
	}
	c.add(missing, withPlaceholder(params, placeholder))
}

// met reports whether a field's text meets the demand, and quotes the
// placeholder or filler it holds instead.
func (q *requirement) met(text, path string) (bool, string) {
	if q.need == mustBeSubstantive {
		return says(text, path, forms.RoleArgument)
	}
	return says(text, path)
}
