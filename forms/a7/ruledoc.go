package a7

import (
	"slices"
	"strings"
)

// RuleDoc holds the keys of a rule's documentation in the message files
// (area "ruledoc"); docs/rules.md is generated from them (go generate ./locales, which runs locales/internal/rulesdoc).
// The documentation lives next to the other texts of the rule, not in a
// hand-written file that drifts from the catalogue.
type RuleDoc struct {
	// Section is the heading the rule is listed under.
	Section string
	// Check says what the rule checks: required.
	Check string
	// Severity says how the severity varies, for a rule whose findings are
	// not all of its most serious severity; optional.
	Severity string
	// Reading says how fgdraft reads the rule where A.7 leaves room; optional.
	Reading string
}

// ruleSections are the headings of the catalogue, in its order, with the
// first parts of the IDs of the rules listed under each.
var ruleSections = []struct {
	key      string
	prefixes []string
}{
	{"criteria", []string{"criteria", "supporters"}},
	{"parent", []string{"parent", "deadline", "route"}},
	{"tor", []string{"tor"}},
	{"deliverable", []string{"deliverable"}},
	{"leadership", []string{"leadership", "participation"}},
	{"procedures", []string{"progress", "meetings", "financing", "language"}},
	{"contribution", []string{"cover", "translation", "text"}},
}

// sectionOfRule names the section of a rule listed under a heading its ID's
// first part does not name: tor.start is a working procedure (a7-rules.md).
var sectionOfRule = map[string]string{"tor.start": "procedures"}

// Doc returns the keys of the rule's documentation.
func (r Rule) Doc() RuleDoc {
	first, _, _ := strings.Cut(r.ID, ".")
	section := ""
	if s, ok := sectionOfRule[r.ID]; ok {
		section = "ruledoc.section." + s
	}
	for _, s := range ruleSections {
		if section == "" && slices.Contains(s.prefixes, first) {
			section = "ruledoc.section." + s.key
			break
		}
	}
	return RuleDoc{
		Section:  section,
		Check:    "ruledoc.check." + r.ID,
		Severity: "ruledoc.severity." + r.ID,
		Reading:  "ruledoc.reading." + r.ID,
	}
}

// DocumentedRules lists the rules docs/rules.md documents: the catalogue,
// then the checks of one-line fields, hidden characters and the document
// properties' fields that Validate runs after it.
func DocumentedRules() []Rule {
	return append(Catalogue(), Rule{ID: OneLineRuleID, Clause: "2.1.1.1", Severity: Warning, check: func(c *checker) {
		c.out = append(c.out, checkOneLine(c.p)...)
	}}, Rule{ID: HiddenRuleID, Clause: "2.1.1.1", Severity: Warning, check: func(c *checker) {
		c.out = append(c.out, checkHidden(c.p)...)
	}}, Rule{ID: MetadataRuleID, Clause: "2.1.1.1", Severity: Warning, check: func(c *checker) {
		c.out = append(c.out, checkMetadata(c.p)...)
	}})
}
