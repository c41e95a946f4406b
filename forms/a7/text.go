package a7

import (
	"strings"

	"fgdraft/forms"
)

// says reports whether the text of the field at path is content enough for
// the field's role (its declared kind: see forms.RoleOf), or for role when
// a rule asks more. quote names what was written instead, for the finding
// (the param Placeholder), when it is not blank.
func says(text, path string, role ...forms.Role) (ok bool, quote string) {
	r := roleOf(path)
	if len(role) > 0 {
		r = role[0]
	}
	if forms.Says(text, r) {
		return true, ""
	}
	if forms.Blank(text) {
		return false, ""
	}
	return false, forms.Quote(text)
}

// roleOf is the role of the declared field at path; a field of no role
// (codes and the like) is held to a name's.
func roleOf(path string) forms.Role {
	k, _ := forms.KindOf(path)
	r, ok := forms.RoleOf(k)
	if !ok {
		return forms.RoleName
	}
	return r
}

// withPlaceholder adds the param Placeholder, the quoted placeholder or
// filler a required field holds, when there is one: locales adds to the
// message that it counts as not written.
func withPlaceholder(params map[string]any, quote string) map[string]any {
	if quote == "" {
		return params
	}
	if params == nil {
		params = map[string]any{}
	}
	if _, set := params["Placeholder"]; !set {
		params["Placeholder"] = quote
	}
	return params
}

// wellFormedEmail is a plain check of an e-mail address: one "@", a local
// part, a domain with a dot and no empty label, no spaces or angle brackets.
func wellFormedEmail(s string) bool {
	s = strings.TrimSpace(s)
	at := strings.IndexByte(s, '@')
	if at <= 0 || at != strings.LastIndexByte(s, '@') {
		return false
	}
	local, domain := s[:at], s[at+1:]
	if strings.ContainsAny(s, " \t<>(),;:\"[]\\") || local[0] == '.' || local[len(local)-1] == '.' {
		return false
	}
	labels := strings.Split(domain, ".")
	if len(labels) < 2 {
		return false
	}
	for _, l := range labels {
		if l == "" || l[0] == '-' || l[len(l)-1] == '-' {
			return false
		}
	}
	return len(labels[len(labels)-1]) >= 2
}

// PlaceholderRuleID is the rule that reports placeholders and filler in the
// fields no other rule requires: a draft that has them is not ready to file,
// though it breaks no rule of A.7.
const PlaceholderRuleID = "text.placeholder"

// text.placeholder: a prose, line or name field (by its declared kind)
// holds a placeholder or filler instead of content (forms.Filler, with the
// field's role). One problem, one finding: a field that another rule of the
// catalogue names in a finding is that rule's (a rule that requires a field
// reports its placeholder itself, naming it); this rule reports the rest.
// Codes, countries, phone numbers and e-mail addresses are not free text.
// One finding per field. Params: Fields (the field's path, written as its
// label), Text (what it holds, quoted by forms.Quote), Little (1 when it
// says too little for its role rather than holding a placeholder).
func checkPlaceholders(c *checker) {
	reported := c.fieldsOfOtherRules()
	c.p.EachString(func(path string, d forms.FieldDecl, text string) {
		role, ok := forms.RoleOf(d.Kind)
		if !ok || reported[path] {
			return
		}
		kind := forms.Filler(text, role)
		if kind == forms.NoFiller {
			return
		}
		c.add([]string{path}, map[string]any{
			"Fields": []string{path}, "Text": forms.Quote(text), "Little": b2i(kind == forms.TooLittle),
		})
	})
}

// fieldsOfOtherRules are the fields that the findings of every other rule of
// the catalogue name (translation.missing, which names untranslated fields,
// aside).
func (c *checker) fieldsOfOtherRules() map[string]bool {
	sub := newChecker(c.p, c.opt)
	for i := range c.catalogue {
		r := &c.catalogue[i]
		if r.ID == c.rule.ID || r.ID == "translation.missing" {
			continue
		}
		sub.run(r)
	}
	out := map[string]bool{}
	for _, f := range sub.out {
		for _, path := range f.Fields {
			out[path] = true
		}
	}
	return out
}
