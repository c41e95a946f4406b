package export

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"fgdraft/forms"
	"fgdraft/forms/a7"
	"fgdraft/locales"
)

// Section IDs of the body and the annexes, in document order. They are stable:
// tests, the outline and the renderer refer to them.
const (
	SecIntroduction  = "introduction"
	SecProposal      = "proposal"
	SecJustification = "justification"
	SecGapAnalysis   = "gap-analysis"
	SecSupporters    = "supporters"
	SecTimeline      = "timeline"
	SecAnnexA        = "annex-a"
	SecAnnexB        = "annex-b"
)

// SectionIDs lists the IDs of the top-level sections in document order.
func SectionIDs() []string {
	return []string{SecIntroduction, SecProposal, SecJustification, SecGapAnalysis,
		SecSupporters, SecTimeline, SecAnnexA, SecAnnexB}
}

// Build makes the contribution that carries the proposal, in lang. The
// proposer's free text comes from p.Localized(lang): a field without a
// translation into lang keeps the draft's own text. The proposal is checked
// against the A.7 catalogue (with opt.ExportLang set to lang) for the
// compliance annex and the draft mark. Every text the document adds comes
// from the "doc" message area in lang. One-line fields are printed on one
// line and bidi controls never reach past their paragraph (see
// forms.Proposal.PrintSafe). p is not modified.
func Build(p *forms.Proposal, lang forms.Lang, cat *locales.Catalog, opt a7.Options) Document {
	if !lang.Valid() {
		lang = forms.English
	}
	lp, _ := p.Localized(lang)
	return build(p, lp, lang, cat, opt)
}

// build is Build on the draft p already localised into lang (lp, which it
// makes print-safe), for an export that localised it for its own checks.
func build(p, lp *forms.Proposal, lang forms.Lang, cat *locales.Catalog, opt a7.Options) Document {
	if opt.Today.IsZero() {
		opt.Today = forms.Today()
	}
	opt.ExportLang = lang
	// the fields printed in the draft's language, for the runs' language
	_, untranslated := p.Localized(lang)
	lp.PrintSafe() // no line break on the cover, no override past its paragraph
	b := &builder{
		src:      p,
		p:        lp,
		loc:      cat.In(lang),
		opt:      opt,
		findings: printedFindings(p, lp, opt),
		deadline: a7.DerivedDates(p, opt),
	}
	b.base = b.baseData(p.Contribution.ParentGroup)

	doc := Document{Lang: lang, SourceLang: p.Language, Untranslated: untranslated, Today: opt.Today}
	doc.Cover = b.cover()
	doc.Sections = []Section{
		b.introduction(),
		b.proposal(),
		b.justification(),
		b.gapAnalysis(),
		b.supporters(),
		b.underFocusGroupParent(b.timeline),
		b.underFocusGroupParent(b.annexA),
		b.annexB(),
	}
	doc.Meta = b.meta()
	doc.RunningHead = b.runningHead()
	doc.Findings = b.findings
	for _, f := range b.findings {
		if f.Severity == a7.Error {
			doc.DraftMark = b.t("doc.draftMark")
			break
		}
	}
	return doc
}

// builder holds what every part of the document needs.
type builder struct {
	src      *forms.Proposal // the draft as written
	p        *forms.Proposal // the draft with its free text in lang
	loc      *locales.Localizer
	opt      a7.Options
	findings []a7.Finding
	deadline []a7.Deadline
	// base is the template data every message may use: the parent group in
	// its grammatical forms and the focus group's reference.
	base map[string]any
}

// t renders a doc message with the base data and kv pairs (key, value, ...).
func (b *builder) t(id string, kv ...any) string {
	return b.loc.T(id, b.data(kv))
}

// n renders a plural doc message for count.
func (b *builder) n(id string, count int, kv ...any) string {
	return b.loc.N(id, count, b.data(kv))
}

func (b *builder) data(kv []any) map[string]any {
	d := make(map[string]any, len(b.base)+len(kv)/2)
	for k, v := range b.base {
		d[k] = v
	}
	for i := 0; i+1 < len(kv); i += 2 {
		d[kv[i].(string)] = kv[i+1]
	}
	return d
}

// underFocusGroupParent builds a section in which "the parent group" is the
// focus group's own (the timeline of its parent meetings, the terms of
// reference): for a proposal asking TSAG to designate a study group, that
// study group rather than TSAG, which the rest of the document addresses.
func (b *builder) underFocusGroupParent(section func() Section) Section {
	addressee := b.base
	b.base = b.baseData(b.p.FocusGroupParent())
	defer func() { b.base = addressee }()
	return section()
}

// baseData names a parent group g and the focus group for the messages:
//
//	ParentFull   the group's full name, as on the cover ("Study Group 17")
//	ParentShort  its short name ("SG17", "CE 17", "ИК17")
//	Parent       the name as the subject or object of a sentence (with the
//	             article where the language needs one: "la Commission d'études 17")
//	ParentOf     the name after "of" (fr "de la …", es "del …", ru genitive)
//	ParentTo     the name after "to" (fr "à la …", es "al …", ru dative)
//	FG           the focus group's quoted name with its acronym
//	Acronym      the acronym ("" when none)
func (b *builder) baseData(g forms.Group) map[string]any {
	kind := "none"
	switch g.Kind {
	case forms.StudyGroup:
		kind = "sg"
	case forms.TSAG:
		kind = "tsag"
	}
	num := map[string]any{"Number": g.Number}
	d := map[string]any{
		"ParentFull":  b.loc.T("doc.group."+kind+".full", num),
		"ParentShort": b.loc.T("doc.group."+kind+".short", num),
		"Parent":      b.loc.T("doc.group."+kind, num),
		"ParentOf":    b.loc.T("doc.group."+kind+".of", num),
		"ParentTo":    b.loc.T("doc.group."+kind+".to", num),
		"Acronym":     strings.TrimSpace(b.p.FocusGroup.Acronym),
	}
	name := strings.TrimSpace(b.p.FocusGroup.Name)
	if name == "" {
		name = b.loc.T("doc.fg.unnamed")
	}
	if d["Acronym"] != "" {
		d["FG"] = b.loc.T("doc.fg.ref", map[string]any{"Name": name, "Acronym": d["Acronym"]})
	} else {
		d["FG"] = b.loc.T("doc.fg.refNoAcronym", map[string]any{"Name": name})
	}
	return d
}

// ---------------------------------------------------------------- cover

// coverGroup names the parent group as ITU covers do: in capitals where the
// script has them, in full, without acronym ("STUDY GROUP 17",
// "TELECOMMUNICATION STANDARDIZATION ADVISORY GROUP").
func (b *builder) coverGroup() string {
	g := b.p.Contribution.ParentGroup
	switch g.Kind {
	case forms.StudyGroup:
		return b.loc.T("doc.cover.group.sg", map[string]any{"Number": g.Number})
	case forms.TSAG:
		return b.loc.T("doc.cover.group.tsag")
	}
	return b.loc.T("doc.cover.group.none")
}

func (b *builder) cover() Cover {
	c := &b.p.Contribution
	cv := Cover{
		Union:       b.t("doc.cover.union"),
		Sector:      b.t("doc.cover.sector"),
		StudyPeriod: b.studyPeriod(),
		Group:       b.coverGroup(),
		Original:    b.t("doc.cover.original", "Language", b.loc.LanguageName(b.src.Language)),
	}
	if c.ParentGroup.Kind == forms.TSAG {
		cv.DocNumber = b.t("doc.cover.docNumber.tsag")
	} else {
		cv.DocNumber = b.t("doc.cover.docNumber.sg")
	}
	if n := c.Revision; n > 0 {
		cv.DocNumber = b.t("doc.cover.docNumber.revision", "Number", cv.DocNumber, "N", n)
	}

	questions := strings.Join(nonEmpty(c.Questions), b.loc.T("list.separator"))
	if questions == "" {
		questions = b.t("doc.cover.noQuestion")
	}
	cv.Fields = append(cv.Fields, Labelled{Label: b.t("doc.cover.questions"), Value: questions})
	cv.Meeting = b.meetingLine()
	cv.Fields = append(cv.Fields,
		Labelled{Label: b.t("doc.cover.source"), Value: orMissing(b, c.Source), Field: orNone(c.Source, forms.ContribSource.Path())},
		Labelled{Label: b.t("doc.cover.title"), Value: orMissing(b, c.Title), Field: orNone(c.Title, forms.ContribTitle.Path())},
		Labelled{Label: b.t("doc.cover.purpose"), Value: b.t("doc.cover.purposeProposal")},
	)
	for i, ct := range c.Contacts {
		cc := Contact{Label: b.t("doc.cover.contact")}
		// the name, the organization and the country's name (made from
		// its code, so no field's text)
		for _, l := range []Labelled{
			{Value: ct.Name, Field: forms.ContactName.At(i).Path()},
			{Value: ct.Organization, Field: forms.ContactOrganization.At(i).Path()},
			{Value: b.loc.MemberStateName(ct.Country)},
		} {
			if l.Value = strings.TrimSpace(l.Value); l.Value != "" {
				cc.Lines = append(cc.Lines, l)
			}
		}
		if s := strings.TrimSpace(ct.Tel); s != "" {
			cc.Lines = append(cc.Lines, Labelled{Label: b.t("doc.cover.tel"), Value: s, Field: forms.ContactTel.At(i).Path()})
		}
		if s := strings.TrimSpace(ct.Email); s != "" {
			cc.Lines = append(cc.Lines, Labelled{Label: b.t("doc.cover.email"), Value: s, Field: forms.ContactEmail.At(i).Path()})
		}
		cv.Contacts = append(cv.Contacts, cc)
	}
	cv.KeywordSep = b.t("doc.keywords.separator")
	var keywords []string
	for i, k := range c.Keywords {
		if k = strings.TrimSpace(k); k != "" {
			cv.KeywordList = append(cv.KeywordList, Labelled{Value: k, Field: forms.Keyword.At(i).Path()})
			keywords = append(keywords, k)
		}
	}
	cv.Keywords = Labelled{Label: b.t("doc.cover.keywords"), Value: strings.Join(keywords, cv.KeywordSep)}
	abstract := strings.TrimSpace(c.Abstract)
	cv.Abstract = Labelled{Label: b.t("doc.cover.abstract"), Value: abstract, Field: orNone(abstract, forms.ContribAbstract.Path())}
	return cv
}

// studyPeriod writes "STUDY PERIOD 2025-2028" in the document language.
func (b *builder) studyPeriod() string {
	sp := strings.TrimSpace(b.p.Contribution.StudyPeriod)
	if from, to, ok := strings.Cut(sp, "-"); ok {
		from, to = strings.TrimSpace(from), strings.TrimSpace(to)
		if _, err := strconv.Atoi(from); err == nil {
			if _, err := strconv.Atoi(to); err == nil {
				return b.t("doc.cover.studyPeriod", "From", from, "To", to)
			}
		}
	}
	return b.t("doc.cover.studyPeriodRaw", "Period", sp)
}

// meetingLine is the cover's place-and-date line, or the statement that the
// proposal is submitted between meetings.
func (b *builder) meetingLine() string {
	c := &b.p.Contribution
	if c.Route == forms.BetweenMeetings {
		return b.t("doc.cover.betweenMeetings", "Clause", b.betweenClause())
	}
	place := strings.TrimSpace(c.Meeting.Place)
	dates := b.dateRange(c.Meeting.Start, c.Meeting.End)
	switch {
	case place != "" && dates != "":
		return b.t("doc.cover.placeDates", "Place", place, "Dates", dates)
	case place != "":
		return place
	case dates != "":
		return dates
	}
	return b.t("doc.none")
}

// betweenClause is the A.7 clause of establishment between meetings.
func (b *builder) betweenClause() string {
	if b.p.Contribution.ParentGroup.Kind == forms.TSAG {
		return "2.1.2.2"
	}
	return "2.1.1.2"
}

// dateRange writes the dates of a meeting: "20-31 January 2027".
func (b *builder) dateRange(start, end forms.Date) string {
	switch {
	case start.IsZero():
		return b.loc.Date(end)
	case end.IsZero() || end == start:
		return b.loc.Date(start)
	case start.Year == end.Year && start.Month == end.Month:
		return b.t("doc.dates.sameMonth", "StartDay", start.Day, "EndDay", end.Day,
			"Month", b.loc.T(fmt.Sprintf("month.%d", int(start.Month))), "MonthNumber", int(start.Month), "Year", start.Year)
	}
	return b.t("doc.dates.range", "Start", b.loc.Date(start), "End", b.loc.Date(end))
}

// ---------------------------------------------------------------- meta

// metaKeywords is the keywords the document properties carry: at most
// forms.MaxKeywords of at most forms.MaxKeywordLen characters each, what a
// catalogue indexes (past that, a7's text.metadata warns). A draft's
// keywords are otherwise bounded only by the draft's limits, and 5,000 long
// ones put 50 MB into a PDF's metadata (twice: the information dictionary
// and XMP), making a file fgdraft then refused to reopen. The cover prints
// them all.
func metaKeywords(kw []string) []string {
	kw = kw[:min(len(kw), forms.MaxKeywords)]
	out := make([]string, len(kw))
	for i, k := range kw {
		out[i] = metaText(k, forms.MaxKeywordLen)
	}
	return out
}

// metaText is s as the document properties carry it: at most n
// characters, a longer one cut (at a word where it can) and ended with "…".
func metaText(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return truncate(s, n-1)
}

func (b *builder) meta() Meta {
	c := &b.p.Contribution
	m := Meta{
		Title:    metaText(strings.TrimSpace(c.Title), forms.MaxMetaTextLen),
		Author:   metaText(strings.TrimSpace(c.Source), forms.MaxMetaTextLen),
		Keywords: metaKeywords(nonEmpty(c.Keywords)),
	}
	name := metaText(strings.TrimSpace(b.p.FocusGroup.Name), forms.MaxMetaTextLen)
	switch {
	case name == "":
		m.Subject = b.t("doc.meta.subject.unnamed")
	case b.namesFocusGroup(name):
		m.Subject = b.t("doc.meta.subject.full", "Name", name)
	default:
		m.Subject = b.t("doc.meta.subject.topic", "Name", name)
	}
	return m
}

// namesFocusGroup reports whether a focus-group name is already a full name
// ("Focus Group on …", "Groupe spécialisé sur …") rather than a topic.
func (b *builder) namesFocusGroup(name string) bool {
	low := strings.ToLower(name)
	terms := []string{"focus group", "groupe spécialisé", "grupo temático", "оперативная группа",
		"оперативной группы", "焦点组", "الفريق المتخصص", strings.ToLower(b.t("doc.fg.term"))}
	for _, t := range terms {
		if t != "" && strings.Contains(low, t) {
			return true
		}
	}
	return false
}

// runningHead is the acronym and the parent's short name, or the title cut
// to a line.
func (b *builder) runningHead() string {
	if a := b.base["Acronym"].(string); a != "" {
		if ps := b.base["ParentShort"].(string); ps != "" {
			return a + " – " + ps
		}
		return a
	}
	return truncate(strings.TrimSpace(b.p.Contribution.Title), 60)
}

// ---------------------------------------------------------------- helpers

// text turns a free-text field of the document's language into paragraphs,
// one per non-empty line; an empty field becomes a visible "not yet stated".
// Lines the proposer numbered "1.", "2.", … in sequence become a numbered
// list, which a word processor then numbers itself. The handle gives both
// the text and the path each paragraph carries, so the two cannot name
// different fields.
func (b *builder) text(f forms.Field[string]) []Block {
	field := f.Path()
	var out []Block
	var list []string // the numbered items read so far, nil outside a list
	flush := func() {
		if list != nil {
			out = append(out, List{Items: list, Ordered: true, Field: field})
			list = nil
		}
	}
	for _, line := range strings.Split(f.Get(b.p), "\n") {
		if line = strings.TrimSpace(line); line == "" {
			continue
		}
		if item, ok := numberedItem(line, len(list)+1); ok {
			list = append(list, item)
			continue
		}
		flush()
		out = append(out, Paragraph{Text: line, Field: field})
	}
	flush()
	if len(out) == 0 {
		out = append(out, Paragraph{Text: b.t("doc.missing"), Field: field})
	}
	return out
}

// numberedItem tells whether line is item n of a list the proposer
// numbered by hand ("n. text", as the lists the document prints are
// numbered), and gives its text. Other markers ("n)") stay as typed.
func numberedItem(line string, n int) (string, bool) {
	num := strconv.Itoa(n)
	rest, ok := strings.CutPrefix(line, num)
	if !ok || len(rest) < 2 || rest[0] != '.' || rest[1] != ' ' {
		return "", false
	}
	item := strings.TrimSpace(rest[2:])
	return item, item != ""
}

func (b *builder) para(id string, kv ...any) Paragraph {
	return Paragraph{Text: b.t(id, kv...)}
}

// bold is an unnumbered subheading.
func (b *builder) bold(id string, kv ...any) Paragraph {
	return Paragraph{Text: b.t(id, kv...), Bold: true, Subheading: true}
}

// valueLabel names an enumerated value with a label from the fields area
// ("category.member-state"), or the value itself when there is none.
func (b *builder) valueLabel(prefix, value string) string {
	if value == "" {
		return b.t("doc.none")
	}
	if b.loc.Has(prefix + "." + value) {
		return b.loc.T(prefix + "." + value)
	}
	return value
}

func orMissing(b *builder, s string) string {
	if s = strings.TrimSpace(s); s != "" {
		return s
	}
	return b.t("doc.missing")
}

// orNone is the path of a field printed as it is, or "" when the field is
// blank and the document prints something else in its place ("none",
// "missing"), which is not the field's text.
func orNone(value, path string) string {
	if strings.TrimSpace(value) == "" {
		return ""
	}
	return path
}

func nonEmpty(in []string) []string {
	var out []string
	for _, s := range in {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	cut := string(r[:n])
	if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
	}
	return strings.TrimSpace(cut) + "…"
}

// title numbers a section title: "3.1 Support from ITU members".
func title(num, text string) string {
	if num == "" {
		return text
	}
	return num + " " + text
}

// printedFindings checks the proposal as it will be printed, so that a
// message quoting the proposer's text (a deliverable's title) quotes it in
// the document language; only translation.missing is judged on the draft
// itself, since the localised copy has nothing left to translate.
func printedFindings(p, localised *forms.Proposal, opt a7.Options) []a7.Finding {
	findings := a7.Validate(localised, opt)
	if localised.Language == p.Language {
		return findings
	}
	for _, f := range a7.Validate(p, opt) {
		if f.Rule == "translation.missing" {
			findings = append(findings, f)
		}
	}
	return findings
}
