package a7

import (
	"slices"
	"strings"
	"unicode/utf8"

	"fgdraft/forms"
)

// MetadataRuleID is the check of the fields a contribution's document
// properties carry, a warning Validate gives after the A.7 catalogue, like
// HiddenRuleID: not a rule of A.7, but about what the filed file says of
// itself. The bounds and why are forms.MaxKeywords, forms.MaxKeywordLen and
// forms.MaxMetaTextLen; past them the cover still prints everything, the
// document properties carry only as much.
const MetadataRuleID = "text.metadata"

// checkMetadata is "text.metadata": more keywords than forms.MaxKeywords
// (one finding on the list: params Total and Limit), a keyword longer than
// forms.MaxKeywordLen, or a title, source or focus group's name longer than
// forms.MaxMetaTextLen, in the draft's language or a translation (one
// finding each: Length and Limit, and Translation for a translation).
func checkMetadata(p *forms.Proposal) []Finding {
	var out []Finding
	finding := func(path string, params map[string]any) {
		out = append(out, Finding{Rule: MetadataRuleID, Severity: Warning, Clause: "2.1.1.1", Fields: []string{path}, Params: params})
	}
	if n := len(nonEmptyKeywords(p.Contribution.Keywords)); n > forms.MaxKeywords {
		finding(forms.ContribKeywords.Path(), map[string]any{"Total": n, "Limit": forms.MaxKeywords})
	}
	check := func(path, text string, lang forms.Lang) {
		limit, ok := metaLimit(path)
		if !ok {
			return
		}
		n := utf8.RuneCountInString(strings.TrimSpace(text))
		if n <= limit {
			return
		}
		params := map[string]any{"Length": n, "Limit": limit}
		if lang != "" {
			params["Translation"] = string(lang)
		}
		finding(path, params)
	}
	fields := p.TextFields()
	for _, f := range fields {
		check(f.Path, f.Get(), "")
	}
	for _, lang := range forms.Languages() {
		for _, f := range fields {
			if t, ok := p.Translations[lang][f.Path]; ok {
				check(f.Path, t.Text, lang)
			}
		}
	}
	return out
}

// metaLimit is the bound of a field the document properties carry, in
// characters; false for a field they do not carry.
func metaLimit(path string) (int, bool) {
	if strings.HasPrefix(path, forms.ContribKeywords.Path()+"[") {
		return forms.MaxKeywordLen, true
	}
	if slices.Contains(forms.MetaTextFields(), path) {
		return forms.MaxMetaTextLen, true
	}
	return 0, false
}

// nonEmptyKeywords are the keywords the documents carry: blank ones are
// left out.
func nonEmptyKeywords(kw []string) []string {
	var out []string
	for _, k := range kw {
		if !forms.Blank(k) {
			out = append(out, k)
		}
	}
	return out
}
