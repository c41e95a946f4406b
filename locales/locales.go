// Package locales holds every string fgdraft writes, in the six ITU languages,
// as go-i18n message files, and renders them: interface labels, document texts,
// finding messages, field labels, dates and country names (the ITU Member
// States' names, compiled from forms/memberstate into countries_gen.go).
//
// Message files are named AREA.LANG.toml: ui, editor and translate (the GUI),
// cli (the command line), doc (the exported contribution), rules (finding
// messages and rule titles), fields (field and value labels, step names)
// and common (months, dates, languages). Every
// key of an area exists in all six languages; a test enforces it.
package locales

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"fgdraft/forms"
	"fgdraft/forms/a7"
	"fgdraft/forms/memberstate"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

//go:generate go run ./internal/catalogen -dir .

// The reference of the rules, docs/rules.md and docs/rules.LANG.md, is
// written from the rule catalogue and the texts of ruledoc.LANG.toml as
// compiled above, so it is generated here, after them.
//go:generate go run ./internal/rulesdoc -dir ../docs

// messageFile is one compiled message file: the messages of one area in
// one language (messages_gen.go holds them all).
type messageFile struct {
	area, lang string
	messages   []i18n.Message
}

// Catalog is the message files of some or all languages, ready to render. Load it
// once per process and share it: it is safe for concurrent use.
type Catalog struct {
	bundle *i18n.Bundle
	// keys lists every message ID per file area, for the completeness test.
	keys map[string]map[forms.Lang][]string
	// loaded are the languages whose messages are loaded; In refuses others.
	loaded map[forms.Lang]bool
}

// Load readies the messages of langs, and English, which is the fallback
// of every message; with no language, of all six. The message files are
// compiled into the program (messages_gen.go), so nothing is parsed; a
// command still loads only the languages it writes in, and the GUI, which
// switches at run time, all.
//
// The texts of the rules' reference (ReferenceArea) are left out: no command
// shows them; LoadReference reads them too.
func Load(langs ...forms.Lang) (*Catalog, error) { return load(false, langs) }

// ReferenceArea is the area of the texts of the reference of the rules
// (docs/rules.md, docs/rules.LANG.md), which go generate writes.
const ReferenceArea = "ruledoc"

// LoadReference is Load with the texts of the rules' reference.
func LoadReference(langs ...forms.Lang) (*Catalog, error) { return load(true, langs) }

func load(withReference bool, langs []forms.Lang) (*Catalog, error) {
	if len(langs) == 0 {
		langs = forms.Languages()
	}
	want := map[forms.Lang]bool{forms.English: true}
	for _, l := range langs {
		if !l.Valid() {
			return nil, fmt.Errorf("messages: %q is not an ITU language", l)
		}
		want[l] = true
	}
	b := i18n.NewBundle(language.English)
	c := &Catalog{bundle: b, keys: map[string]map[forms.Lang][]string{}, loaded: want}
	for i := range compiledFiles {
		f := &compiledFiles[i]
		lang := forms.Lang(f.lang)
		if !want[lang] || f.area == ReferenceArea && !withReference {
			continue
		}
		msgs := make([]*i18n.Message, len(f.messages))
		ids := make([]string, len(f.messages))
		for j := range f.messages {
			msgs[j], ids[j] = &f.messages[j], f.messages[j].ID
		}
		if err := b.AddMessages(language.Make(f.lang), msgs...); err != nil {
			return nil, fmt.Errorf("messages %s.%s: %w", f.area, f.lang, err)
		}
		if c.keys[f.area] == nil {
			c.keys[f.area] = map[forms.Lang][]string{}
		}
		c.keys[f.area][lang] = ids // compiled in ID order
	}
	return c, nil
}

// MustLoad is Load for callers that cannot go on without messages (main, tests).
func MustLoad() *Catalog {
	c, err := Load()
	if err != nil {
		panic(err)
	}
	return c
}

// In returns a localizer for one language. Localizers are cheap; make one per
// language in use and keep it.
//
// A language the catalog was not loaded with is a programming error (its
// messages would silently come out in English): In panics, so that the
// command tests find it.
func (c *Catalog) In(lang forms.Lang) *Localizer {
	if !lang.Valid() {
		lang = forms.English
	}
	if !c.loaded[lang] {
		panic(fmt.Sprintf("locales: messages of %q were not loaded", lang))
	}
	return &Localizer{lang: lang, l: i18n.NewLocalizer(c.bundle, string(lang))}
}

// Areas lists the message-file areas.
func (c *Catalog) Areas() []string {
	var out []string
	for a := range c.keys {
		out = append(out, a)
	}
	sort.Strings(out)
	return out
}

// Keys lists the message IDs of one area in one language, sorted.
func (c *Catalog) Keys(area string, lang forms.Lang) []string { return c.keys[area][lang] }

// Localizer renders messages in one language.
type Localizer struct {
	lang forms.Lang
	l    *i18n.Localizer
}

// Lang is the localizer's language.
func (l *Localizer) Lang() forms.Lang { return l.lang }

// Has reports whether the message id exists in this language.
func (l *Localizer) Has(id string) bool {
	_, tag, err := l.l.LocalizeWithTag(&i18n.LocalizeConfig{MessageID: id})
	if err != nil {
		// A plural message needs a count to render.
		_, tag, err = l.l.LocalizeWithTag(&i18n.LocalizeConfig{MessageID: id, PluralCount: 2})
	}
	return err == nil && tag == language.Make(string(l.lang))
}

// T renders message id with optional template data. A missing message renders
// as its ID in brackets, so that it is visible and the completeness test finds it.
func (l *Localizer) T(id string, data ...map[string]any) string {
	var d map[string]any
	if len(data) > 0 {
		d = data[0]
	}
	s, err := l.l.Localize(&i18n.LocalizeConfig{MessageID: id, TemplateData: d})
	if err != nil {
		return "[" + id + "]"
	}
	return s
}

// N renders message id in the plural form for count; data may use {{.Count}}.
func (l *Localizer) N(id string, count int, data map[string]any) string {
	d := map[string]any{"Count": count}
	for k, v := range data {
		d[k] = v
	}
	s, err := l.l.Localize(&i18n.LocalizeConfig{MessageID: id, TemplateData: d, PluralCount: count})
	if err != nil {
		return "[" + id + "]"
	}
	return s
}

// Date writes a date the way ITU documents in this language do:
// "8 January 2027", "8 janvier 2027", "2027年1月8日", "8 января 2027 г.".
// The zero Date is written as an empty string.
func (l *Localizer) Date(d forms.Date) string {
	if d.IsZero() {
		return ""
	}
	month := l.T(fmt.Sprintf("month.%d", int(d.Month)))
	return l.T("date.format", map[string]any{"Day": d.Day, "Month": month, "MonthNumber": int(d.Month), "Year": d.Year})
}

// Country names an ISO 3166-1 alpha-2 code (in any case, spaces around it
// ignored) in this language as ITU does: an ITU Member State by its ITU short
// name, a territory by its own name (forms/memberstate/states.tsv and
// territories.tsv, compiled into countries_gen.go). Any other value is no
// country of the tables and is returned as given, trimmed, so that nothing
// typed is lost.
func (l *Localizer) Country(code string) string {
	if row, ok := countryRowOf(code); ok {
		if col := countryColumn(string(l.lang)); col >= 0 {
			return row.names[col]
		}
	}
	return strings.TrimSpace(code)
}

// MemberStateName is the name a document prints for a country code: the
// Member State it counts under (a territory's Member State: RE prints
// "France", HK "China"), else what Country says (a place of no Member
// State by its name, anything else as typed).
func (l *Localizer) MemberStateName(code string) string {
	if state, _, ok := memberstate.MemberStateOf(code); ok {
		return l.Country(state)
	}
	return l.Country(code)
}

// CountryNames are the names of a code in the six languages, in the order of
// forms.Languages, for searching by a name in any of them; ok is false when
// the code is neither a Member State's nor a territory's.
func CountryNames(code string) (names []string, ok bool) {
	row, ok := countryRowOf(code)
	if !ok {
		return nil, false
	}
	out := make([]string, 0, len(row.names))
	for _, lang := range forms.Languages() {
		out = append(out, row.names[countryColumn(string(lang))])
	}
	return out, true
}

// countryRowOf finds a code in countryNames.
func countryRowOf(code string) (countryRow, bool) {
	code = memberstate.Normalize(code)
	i, ok := slices.BinarySearchFunc(countryNames[:], code, func(r countryRow, c string) int { return strings.Compare(r.code, c) })
	if !ok {
		return countryRow{}, false
	}
	return countryNames[i], true
}

// countryRow is one row of countryNames.
type countryRow struct {
	code  string
	names [6]string
}

// LanguageName names an ITU language in this language ("Chinese", "chinois", "中文").
func (l *Localizer) LanguageName(lang forms.Lang) string { return l.T("language." + string(lang)) }

// FieldLabel names a field path for a reader: "gapAnalysis.entries[2].gap"
// becomes "Gap analysis, entry 3: remaining gap". Labels come from the fields
// area ("field.gapAnalysis.entries.gap"); list positions are added.
func (l *Localizer) FieldLabel(p string) string {
	label := l.T("field." + forms.LabelKey(p))
	if i := listIndex(p); i >= 0 {
		return l.T("field.item", map[string]any{"Label": label, "Number": i + 1})
	}
	return label
}

// listIndex is the first list index in a field path, or -1.
func listIndex(p string) int {
	open := strings.IndexByte(p, '[')
	if open < 0 {
		return -1
	}
	n := 0
	for _, r := range p[open+1:] {
		if r < '0' || r > '9' {
			break
		}
		n = n*10 + int(r-'0')
	}
	return n
}

// Finding renders a finding's message: the rule's message "rule.ID" filled
// with the finding's parameters, dates and field paths written for a reader.
// A []string parameter named "Fields" holds field paths and is written as
// their labels; a forms.Lang is written as the language's name, and a
// []a7.StepCount as a list of step names with their counts. A string
// parameter "Placeholder" (the placeholder a required field holds) adds a
// sentence that names it.
func (l *Localizer) Finding(f a7.Finding) string {
	data := l.findingData(f)
	id := "rule." + f.Rule
	var msg string
	if n, ok := f.Params["Count"].(int); ok {
		msg = l.N(id, n, data)
	} else {
		msg = l.T(id, data)
	}
	// A rule that requires a field and found a placeholder or filler in it
	// names it (a7's param Placeholder): one sentence for every such rule.
	if q, ok := f.Params["Placeholder"].(string); ok && q != "" {
		if !strings.HasSuffix(msg, "。") {
			msg += " " // a CJK full stop ends a sentence without a space
		}
		msg += l.T("finding.placeholder", map[string]any{"Placeholder": q})
	}
	return msg
}

// List joins items the way the language writes a list ("a, b and c", "a、b和c").
// Before a last item that starts with the sound /i/ it joins with
// list.lastBeforeI: Spanish writes "Francia e Italia", where the other
// languages' message is their list.last.
func (l *Localizer) List(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	sep := l.T("list.separator")
	last := items[len(items)-1]
	joiner := "list.last"
	if startsWithISound(last) {
		joiner = "list.lastBeforeI"
	}
	return strings.Join(items[:len(items)-1], sep) + l.T(joiner) + last
}

// startsWithISound reports whether s starts with the vowel /i/ as Spanish
// spells it: "i", "í", "hi", "hí" before a consonant ("Italia", "Hispania",
// "Irán"), not a semivowel before another vowel ("hielo", "hiato", "Iowa").
func startsWithISound(s string) bool {
	r := []rune(strings.ToLower(strings.TrimSpace(s)))
	if len(r) > 0 && r[0] == 'h' {
		r = r[1:]
	}
	if len(r) == 0 || r[0] != 'i' && r[0] != 'í' {
		return false
	}
	return len(r) == 1 || !strings.ContainsRune("aeiouáéíóúü", r[1])
}

// FindingStatement renders the message key (one without plural forms) with
// the parameters of finding f, written as Finding writes them (dates of the
// language, lists, field labels, countries): the compliance annex's
// statement of what the finding says, in another wording than the findings
// panel's.
func (l *Localizer) FindingStatement(key string, f a7.Finding) string {
	return l.T(key, l.findingData(f))
}

// findingData is the parameters of f as its messages print them.
func (l *Localizer) findingData(f a7.Finding) map[string]any {
	data := make(map[string]any, len(f.Params))
	for k, v := range f.Params {
		switch v := v.(type) {
		case forms.Date:
			data[k] = l.Date(v)
		case []string:
			if k == "Fields" {
				labels := make([]string, len(v))
				for i, p := range v {
					labels[i] = l.FieldLabel(p)
				}
				v = labels
			}
			data[k] = l.List(v)
		case forms.Lang:
			data[k] = l.LanguageName(v)
		case a7.CountryCode:
			data[k] = l.Country(string(v))
		case []a7.StepCount:
			steps := make([]string, len(v))
			for i, sc := range v {
				steps[i] = l.T("finding.stepCount", map[string]any{"Step": l.T("step." + string(sc.Step)), "Count": sc.Count})
			}
			data[k] = l.List(steps)
		default:
			data[k] = v
		}
	}
	return data
}
