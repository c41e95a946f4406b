package export_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"fgdraft/export"
	"fgdraft/export/exporttest"
	"fgdraft/forms"
	"fgdraft/forms/a7"
	"fgdraft/forms/draftfile"
)

var dumpDir = flag.String("dump", "", "write each built document as text into this folder")

// badProposal has errors: too few supporters, no interest statement, no chair.
func badProposal() *forms.Proposal {
	p := exporttest.GoodProposal()
	p.Supporters = p.Supporters[:2]
	p.FocusGroup.Interest = ""
	p.Leadership.Chair = forms.Nominee{}
	return p
}

func build(t *testing.T, p *forms.Proposal, lang forms.Lang) export.Document {
	t.Helper()
	doc := export.Build(p, lang, exporttest.Cat, a7.Options{Today: exporttest.Today})
	if *dumpDir != "" {
		name := fmt.Sprintf("%s-%s.txt", strings.ReplaceAll(t.Name(), "/", "_"), lang)
		if err := os.WriteFile(filepath.Join(*dumpDir, name), []byte(dump(doc)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return doc
}

func hasErrors(fs []a7.Finding) bool {
	return slices.ContainsFunc(fs, func(f a7.Finding) bool { return f.Severity == a7.Error })
}

// dump writes the document as plain text, for reading and for searching.
func dump(doc export.Document) string {
	var b strings.Builder
	w := func(format string, a ...any) { fmt.Fprintf(&b, format+"\n", a...) }
	w("META title=%q author=%q subject=%q keywords=%q", doc.Meta.Title, doc.Meta.Author, doc.Meta.Subject, doc.Meta.Keywords)
	w("HEAD %s", doc.RunningHead)
	w("MARK %s", doc.DraftMark)
	c := doc.Cover
	w("%s\n%s\n%s\n%s\n%s\n%s", c.Union, c.Sector, c.StudyPeriod, c.Group, c.DocNumber, c.Original)
	for _, f := range c.Fields {
		w("%s %s", f.Label, f.Value)
	}
	for _, ct := range c.Contacts {
		w("%s", ct.Label)
		for _, l := range ct.Lines {
			w("  %s %s", l.Label, l.Value)
		}
	}
	w("%s %s", c.Keywords.Label, c.Keywords.Value)
	w("%s %s", c.Abstract.Label, c.Abstract.Value)
	var sec func(s export.Section)
	sec = func(s export.Section) {
		w("\n%s [%s] %s", strings.Repeat("#", s.Level), s.ID, s.Title)
		for _, bl := range s.Blocks {
			switch x := bl.(type) {
			case export.Paragraph:
				if x.Bold {
					w("**%s**", x.Text)
				} else {
					w("%s", x.Text)
				}
			case export.List:
				for _, it := range x.Items {
					w("  • %s", it)
				}
			case export.Table:
				w("  | %s |", strings.Join(x.Header, " | "))
				for _, r := range x.Rows {
					w("  | %s |", strings.Join(r, " | "))
				}
			case export.Chart:
				w("  CHART %s – %s", x.From, x.To)
				for _, l := range x.Lanes {
					var ms []string
					for _, m := range l.Marks {
						ms = append(ms, fmt.Sprintf("%s %s %s..%s", m.Kind, m.Label, m.Start, m.End))
					}
					w("    %s: %s", l.Label, strings.Join(ms, "; "))
				}
				for _, k := range []export.MarkKind{export.MarkLifetime, export.MarkMeeting, export.MarkDeliverable, export.MarkDeadline} {
					w("    legend %s: %s", k, x.Legend[k])
				}
			}
		}
		for _, s := range s.Sub {
			sec(s)
		}
	}
	for _, s := range doc.Sections {
		sec(s)
	}
	return b.String()
}

func TestDumpAll(t *testing.T) {
	if *dumpDir == "" {
		t.Skip("no -dump folder")
	}
	files, _ := filepath.Glob("../examples/*.json")
	for _, lang := range forms.Languages() {
		t.Run("good", func(t *testing.T) { build(t, exporttest.GoodProposal(), lang) })
		t.Run("bad", func(t *testing.T) { build(t, badProposal(), lang) })
		for _, f := range files {
			p, err := draftfile.Load(f)
			if err != nil {
				t.Fatal(err)
			}
			t.Run(strings.TrimSuffix(filepath.Base(f), ".json"), func(t *testing.T) { build(t, p, lang) })
		}
	}
}

// texts lists every string of the document: information, cover, titles,
// paragraphs, list items, table cells and chart labels.
func texts(doc export.Document) []string {
	out := []string{doc.Meta.Title, doc.Meta.Author, doc.Meta.Subject, doc.RunningHead, doc.DraftMark}
	out = append(out, doc.Meta.Keywords...)
	c := doc.Cover
	out = append(out, c.Union, c.Sector, c.StudyPeriod, c.Group, c.DocNumber, c.Original,
		c.Keywords.Label, c.Keywords.Value, c.Abstract.Label, c.Abstract.Value)
	for _, f := range c.Fields {
		out = append(out, f.Label, f.Value)
	}
	for _, ct := range c.Contacts {
		out = append(out, ct.Label)
		for _, l := range ct.Lines {
			out = append(out, l.Label, l.Value)
		}
	}
	var sec func(s export.Section)
	sec = func(s export.Section) {
		out = append(out, s.Title)
		for _, bl := range s.Blocks {
			switch x := bl.(type) {
			case export.Paragraph:
				out = append(out, x.Text)
			case export.List:
				out = append(out, x.Items...)
			case export.Table:
				out = append(out, x.Header...)
				for _, r := range x.Rows {
					out = append(out, r...)
				}
			case export.Chart:
				for _, l := range x.Lanes {
					out = append(out, l.Label)
					for _, m := range l.Marks {
						out = append(out, m.Label)
					}
				}
				for _, v := range x.Legend {
					out = append(out, v)
				}
			}
		}
		for _, s := range s.Sub {
			sec(s)
		}
	}
	for _, s := range doc.Sections {
		sec(s)
	}
	return out
}

func section(doc export.Document, id string) *export.Section {
	var find func(ss []export.Section) *export.Section
	find = func(ss []export.Section) *export.Section {
		for i := range ss {
			if ss[i].ID == id {
				return &ss[i]
			}
			if s := find(ss[i].Sub); s != nil {
				return s
			}
		}
		return nil
	}
	return find(doc.Sections)
}

func firstTable(t *testing.T, s *export.Section) export.Table {
	t.Helper()
	for _, b := range s.Blocks {
		if tb, ok := b.(export.Table); ok {
			return tb
		}
	}
	t.Fatalf("section %s has no table", s.ID)
	return export.Table{}
}

func label(lang forms.Lang, prefix, value string) string {
	loc := exporttest.Cat.In(lang)
	if loc.Has(prefix + "." + value) {
		return loc.T(prefix + "." + value)
	}
	return value
}

// What ITU writes on the cover, per language (glossary.tsv): the parent group
// in capitals, in full, without acronym, as on ITU's published covers.
var coverWords = map[forms.Lang]struct {
	union, period, group, source, original string
}{
	forms.English: {"INTERNATIONAL TELECOMMUNICATION UNION", "STUDY PERIOD 2025-2028", "STUDY GROUP 17", "Source:", "Original: English"},
	forms.French:  {"UNION INTERNATIONALE DES TÉLÉCOMMUNICATIONS", "PÉRIODE D'ÉTUDES 2025-2028", "COMMISSION D'ÉTUDES 17", "Origine:", "Original: anglais"},
	forms.Spanish: {"UNIÓN INTERNACIONAL DE TELECOMUNICACIONES", "PERIODO DE ESTUDIOS 2025-2028", "COMISIÓN DE ESTUDIO 17", "Origen:", "Original: inglés"},
	forms.Russian: {"МЕЖДУНАРОДНЫЙ СОЮЗ ЭЛЕКТРОСВЯЗИ", "ИССЛЕДОВАТЕЛЬСКИЙ ПЕРИОД 2025–2028 гг.", "ИССЛЕДОВАТЕЛЬСКАЯ КОМИССИЯ 17", "Источник:", "Оригинал: английский"},
	forms.Chinese: {"国际电信联盟", "2025-2028年研究期", "第17研究组", "来源：", "原文：英文"},
	forms.Arabic:  {"الاتحاد الدولي للاتصالات", "فترة الدراسة 2028-2025", "لجنة الدراسات 17", "المصدر:", "الأصل: بالإنكليزية"},
}

func TestStructure(t *testing.T) {
	for _, lang := range forms.Languages() {
		for name, p := range map[string]*forms.Proposal{"good": exporttest.GoodProposal(), "bad": badProposal()} {
			t.Run(string(lang)+"/"+name, func(t *testing.T) {
				doc := build(t, p, lang)
				if doc.Lang != lang {
					t.Errorf("Lang = %q", doc.Lang)
				}
				var ids []string
				for _, s := range doc.Sections {
					ids = append(ids, s.ID)
					if s.Level != 1 || s.Title == "" {
						t.Errorf("section %s: level %d, title %q", s.ID, s.Level, s.Title)
					}
				}
				if !slices.Equal(ids, export.SectionIDs()) {
					t.Errorf("sections %v, want %v", ids, export.SectionIDs())
				}
				var sub []string
				for _, s := range section(doc, export.SecJustification).Sub {
					sub = append(sub, s.ID)
				}
				if want := []string{"justification-interest", "justification-no-duplication", "justification-support", "justification-other-mechanisms"}; !slices.Equal(sub, want) {
					t.Errorf("justification subsections %v, want %v", sub, want)
				}

				// Gap analysis: one row per entry.
				gap := firstTable(t, section(doc, export.SecGapAnalysis))
				if len(gap.Rows) != len(p.GapAnalysis.Entries) || len(gap.Header) != 5 || len(gap.Weights) != 5 {
					t.Fatalf("gap table: %d rows, header %v", len(gap.Rows), gap.Header)
				}
				for i, e := range p.GapAnalysis.Entries {
					want := []string{e.Body, label(lang, "bodyKind", string(e.Kind)), e.Work, label(lang, "coverage", string(e.Coverage)), e.Gap}
					if !slices.Equal(gap.Rows[i], want) {
						t.Errorf("gap row %d = %q, want %q", i, gap.Rows[i], want)
					}
				}

				// Supporters: one row per supporter, country named in the language.
				sup := firstTable(t, section(doc, export.SecSupporters))
				if len(sup.Rows) != len(p.Supporters) {
					t.Fatalf("supporters table: %d rows, want %d", len(sup.Rows), len(p.Supporters))
				}
				loc := exporttest.Cat.In(lang)
				for i, s := range p.Supporters {
					r := sup.Rows[i]
					if r[0] != s.Entity || r[1] != label(lang, "category", string(s.Category)) || r[2] != loc.Country(s.Country) {
						t.Errorf("supporter row %d = %q", i, r)
					}
				}
				count := a7.CountSupport(p)
				sentence := loc.N("doc.just.support.count", len(count.Members), map[string]any{"Countries": len(count.Countries)})
				if !slices.Contains(texts(doc), sentence) {
					t.Errorf("support-count sentence %q missing", sentence)
				}

				// Annex B: one row per rule of the catalogue, in order.
				b := firstTable(t, section(doc, export.SecAnnexB))
				cat := a7.Catalogue()
				if len(b.Rows) != len(cat) {
					t.Fatalf("annex B: %d rows, want %d", len(b.Rows), len(cat))
				}
				for i, r := range cat {
					// A.7 clauses by a short reference ("A.7 clause 2.1");
					// deadline.translation names Rec. ITU-T A.1.
					clause := r.ClauseFor(p)
					if a7.IsA7Clause(clause) {
						clause = loc.T("doc.annexB.clauseRef", map[string]any{"Rec": "A.7", "Clause": clause})
					} else if clause != "A.1" {
						t.Errorf("annex B row %d: clause %q does not name Rec. A.1", i, clause)
					}
					if b.Rows[i][0] != loc.T("ruletitle."+r.ID)+"\n\n"+loc.T("doc.annexB.ruleRef", map[string]any{"ID": r.ID}) || !strings.Contains(b.Rows[i][0], r.ID) || b.Rows[i][1] != clause || b.Rows[i][2] == "" {
						t.Errorf("annex B row %d = %q, want rule %s", i, b.Rows[i], r.ID)
					}
				}

				// Draft mark iff an error.
				findings := a7.Validate(p, a7.Options{Today: exporttest.Today, ExportLang: lang})
				if (doc.DraftMark != "") != hasErrors(findings) {
					t.Errorf("draft mark %q, errors: %v", doc.DraftMark, hasErrors(findings))
				}

				// Cover in ITU's words.
				w := coverWords[lang]
				c := doc.Cover
				if c.Union != w.union || c.StudyPeriod != w.period || c.Group != w.group || c.Original != w.original {
					t.Errorf("cover %q / %q / %q / %q", c.Union, c.StudyPeriod, c.Group, c.Original)
				}
				if c.DocNumber != "C xxx" {
					t.Errorf("doc number %q", c.DocNumber)
				}
				if !slices.Contains(c.Fields, export.Labelled{Label: w.source, Value: p.Contribution.Source, Field: forms.ContribSource.Path()}) {
					t.Errorf("cover fields lack %s %s: %q", w.source, p.Contribution.Source, c.Fields)
				}
				if len(c.Contacts) != 1 || len(c.Contacts[0].Lines) != 5 {
					t.Errorf("contacts %+v", c.Contacts)
				}

				// Nothing unrendered.
				for _, s := range texts(doc) {
					if strings.Contains(s, "[doc.") || strings.Contains(s, "<no value>") {
						t.Errorf("unrendered text %q", s)
					}
				}
				if doc.Meta.Title != p.Contribution.Title || doc.Meta.Author != p.Contribution.Source || doc.Meta.Subject == "" ||
					!slices.Equal(doc.Meta.Keywords, p.Contribution.Keywords) {
					t.Errorf("meta %+v", doc.Meta)
				}
				if doc.RunningHead == "" {
					t.Error("no running head")
				}
			})
		}
	}
}

func TestGoodProposalHasNoDraftMark(t *testing.T) {
	p := exporttest.GoodProposal()
	for _, f := range a7.Validate(p, a7.Options{Today: exporttest.Today}) {
		if f.Severity == a7.Error {
			t.Errorf("the good proposal has an error: %s %v", f.Rule, f.Params)
		}
	}
	if doc := build(t, p, forms.English); doc.DraftMark != "" {
		t.Errorf("draft mark %q on a proposal without errors", doc.DraftMark)
	}
	if doc := build(t, badProposal(), forms.French); doc.DraftMark != "PROJET – ne satisfait pas encore à la Recommandation UIT-T A.7" {
		t.Errorf("French draft mark %q", doc.DraftMark)
	}
}

// "Original:" names the draft's language in the document's language.
func TestOriginalNamesDraftLanguage(t *testing.T) {
	p := exporttest.GoodProposal()
	p.Language = forms.Chinese
	want := map[forms.Lang]string{
		forms.English: "Original: Chinese", forms.French: "Original: chinois", forms.Spanish: "Original: chino",
		forms.Russian: "Оригинал: китайский", forms.Chinese: "原文：中文", forms.Arabic: "الأصل: بالصينية",
	}
	for lang, w := range want {
		if got := build(t, p, lang).Cover.Original; got != w {
			t.Errorf("%s: %q, want %q", lang, got, w)
		}
	}
}

func TestTSAGAndBetweenMeetings(t *testing.T) {
	p := exporttest.GoodProposal()
	p.Contribution.ParentGroup = forms.Group{Kind: forms.TSAG}
	p.Contribution.Route = forms.BetweenMeetings
	p.Contribution.Meeting = forms.Event{}
	p.Contribution.PostingDate = exporttest.Day(2026, time.November, 2)
	for _, lang := range forms.Languages() {
		doc := build(t, p, lang)
		loc := exporttest.Cat.In(lang)
		if doc.Cover.DocNumber != "TD xxx" {
			t.Errorf("%s: doc number %q", lang, doc.Cover.DocNumber)
		}
		if g := doc.Cover.Group; g != tsagOnCover[lang] {
			t.Errorf("%s: group %q, want %q", lang, g, tsagOnCover[lang])
		}
		all := strings.Join(texts(doc), "\n")
		if !strings.Contains(all, "2.1.2.2") {
			t.Errorf("%s: no between-meetings clause 2.1.2.2", lang)
		}
		end := loc.Date(exporttest.Day(2026, time.November, 30))
		if !strings.Contains(all, end) {
			t.Errorf("%s: comment period end %q missing", lang, end)
		}
		for _, s := range texts(doc) {
			if strings.Contains(s, "[doc.") || strings.Contains(s, "<no value>") {
				t.Errorf("%s: unrendered text %q", lang, s)
			}
		}
	}
}

// TSAG on the cover, as ITU's covers name it: no acronym.
var tsagOnCover = map[forms.Lang]string{
	forms.English: "TELECOMMUNICATION STANDARDIZATION ADVISORY GROUP",
	forms.French:  "GROUPE CONSULTATIF DE LA NORMALISATION DES TÉLÉCOMMUNICATIONS",
	forms.Spanish: "GRUPO ASESOR DE NORMALIZACIÓN DE LAS TELECOMUNICACIONES",
	forms.Russian: "КОНСУЛЬТАТИВНАЯ ГРУППА ПО СТАНДАРТИЗАЦИИ ЭЛЕКТРОСВЯЗИ",
	forms.Chinese: "电信标准化顾问组",
	forms.Arabic:  "الفريق الاستشاري لتقييس الاتصالات",
}

// Exporting in another language takes the translations where they exist and
// the draft's text where they do not.
func TestExportUsesTranslations(t *testing.T) {
	p := exporttest.GoodProposal()
	tr := map[string]string{
		"contribution.title":               "Proposition de groupe spécialisé sur les agents d'IA dignes de confiance",
		"focusGroup.scope":                 "Étudier la sécurité des agents d'IA.",
		"gapAnalysis.entries[0].gap":       "Aucun travail sur les agents autonomes.",
		"supporters[0].entity":             "République d'Examplie",
		"timeline.meetings[1].place":       "Tokyo (Japon)",
		"contribution.keywords[0]":         "agents d'IA",
		"focusGroup.deliverables[0].title": "Cas d'utilisation des agents d'IA",
	}
	for _, f := range p.TextFields() {
		if s, ok := tr[f.Path]; ok {
			p.SetTranslation(f, forms.French, s)
		}
	}
	doc := build(t, p, forms.French)
	all := texts(doc)
	for path, s := range tr {
		if !slices.ContainsFunc(all, func(x string) bool { return strings.Contains(x, s) }) {
			t.Errorf("translation of %s (%q) missing", path, s)
		}
	}
	if doc.Meta.Title != tr["contribution.title"] {
		t.Errorf("meta title %q", doc.Meta.Title)
	}
	if !slices.Contains(doc.Cover.Fields, export.Labelled{Label: "Titre:", Value: tr["contribution.title"], Field: forms.ContribTitle.Path()}) {
		t.Errorf("cover title not translated: %q", doc.Cover.Fields)
	}
	if got := firstTable(t, section(doc, export.SecGapAnalysis)).Rows[0][4]; got != tr["gapAnalysis.entries[0].gap"] {
		t.Errorf("gap cell %q", got)
	}
	// Untranslated fields keep the draft's text.
	for _, s := range []string{p.FocusGroup.Urgency, p.GapAnalysis.Entries[1].Gap, p.Supporters[1].Entity, p.Contribution.Abstract} {
		if !slices.ContainsFunc(all, func(x string) bool { return strings.Contains(x, s) }) {
			t.Errorf("source text %q missing", s)
		}
	}
	// The English source is not replaced by the French where it was translated.
	if slices.ContainsFunc(all, func(x string) bool { return strings.Contains(x, p.FocusGroup.Scope) }) {
		t.Errorf("source scope %q still in the French document", p.FocusGroup.Scope)
	}
	// The English document ignores the French translations.
	en := texts(build(t, p, forms.English))
	if slices.ContainsFunc(en, func(x string) bool { return strings.Contains(x, tr["focusGroup.scope"]) }) {
		t.Error("French text in the English document")
	}
	// Annex B reports the missing translations.
	for i, r := range a7.Catalogue() {
		if r.ID == "translation.missing" {
			st := firstTable(t, section(doc, export.SecAnnexB)).Rows[i][2]
			if st == exporttest.Cat.In(forms.French).T("doc.status.met") {
				t.Errorf("translation.missing shown as met in a partly translated export")
			}
		}
	}
	if p.Contribution.Title != "Proposal for a focus group on trustworthy AI agents" {
		t.Error("Build changed the proposal")
	}
}

// Every free-text field of the proposal appears in the document, in every
// language; with translations, every translation does.
func TestEveryTextFieldAppears(t *testing.T) {
	p := exporttest.GoodProposal()
	p.Contribution.Contacts = append(p.Contribution.Contacts, forms.Contact{Name: "B. Second", Organization: "Second Org", Country: "CN", Email: "b@example.org"})
	p.Supporters[1].Notes = "Provides the vice-chair."
	p.Leadership.ViceChairs = append(p.Leadership.ViceChairs, forms.Nominee{Name: "C. Third", Organization: "Third Org", Category: forms.Associate, Country: "JP"})
	p.FocusGroup.Relationships = append(p.FocusGroup.Relationships, forms.Relationship{Body: "IETF", Description: "Protocol work on agent discovery."})
	p.Timeline.ParentMeetings[1].Place = "Virtual"
	check := func(t *testing.T, doc export.Document, want func(f forms.TextField) string) {
		all := strings.Join(texts(doc), "\n")
		for _, f := range p.TextFields() {
			for _, line := range strings.Split(want(f), "\n") {
				line = strings.TrimSpace(line)
				// a line numbered by hand is an item of a numbered list:
				// its text appears, the list numbers it
				if num := handNumber.FindString(line); num != "" && len(line) > len(num) {
					line = line[len(num):]
				}
				if line != "" && !strings.Contains(all, line) {
					t.Errorf("%s: %q does not appear", f.Path, line)
				}
			}
		}
	}
	for _, lang := range forms.Languages() {
		t.Run(string(lang), func(t *testing.T) {
			check(t, build(t, p, lang), forms.TextField.Get)
		})
	}
	q := p.Clone()
	for _, f := range q.TextFields() {
		if s := f.Get(); s != "" {
			q.SetTranslation(f, forms.Russian, "RU "+strings.ReplaceAll(s, "\n", "\nRU "))
		}
	}
	t.Run("ru-translated", func(t *testing.T) {
		doc := build(t, q, forms.Russian)
		check(t, doc, func(f forms.TextField) string {
			tr, _ := q.TranslationOf(f, forms.Russian)
			return tr.Text
		})
	})
}

// The example drafts, when present, build in every language.
func TestExamples(t *testing.T) {
	files, _ := filepath.Glob("../examples/*.json")
	if len(files) == 0 {
		t.Skip("no example drafts yet")
	}
	for _, file := range files {
		p, err := draftfile.Load(file)
		if err != nil {
			t.Errorf("%s: %v", file, err)
			continue
		}
		for _, lang := range forms.Languages() {
			doc := export.Build(p, lang, exporttest.Cat, a7.Options{Today: exporttest.Today})
			var ids []string
			for _, s := range doc.Sections {
				ids = append(ids, s.ID)
			}
			if !slices.Equal(ids, export.SectionIDs()) {
				t.Errorf("%s %s: sections %v", file, lang, ids)
			}
			if got := len(firstTable(t, section(doc, export.SecAnnexB)).Rows); got != len(a7.Catalogue()) {
				t.Errorf("%s %s: annex B has %d rows", file, lang, got)
			}
			findings := a7.Validate(p, a7.Options{Today: exporttest.Today, ExportLang: lang})
			if (doc.DraftMark != "") != hasErrors(findings) {
				t.Errorf("%s %s: draft mark %q", file, lang, doc.DraftMark)
			}
			for _, s := range texts(doc) {
				if strings.Contains(s, "[doc.") || strings.Contains(s, "<no value>") {
					t.Errorf("%s %s: unrendered text %q", file, lang, s)
				}
			}
			if strings.Contains(filepath.Base(file), "mistakes") && doc.DraftMark == "" {
				t.Errorf("%s %s: no draft mark on the example with mistakes", file, lang)
			}
		}
	}
}

// Annex B names each rule's clause as the findings do: a proposal to TSAG
// follows the TSAG clauses (2.1.2.x), in the annex as in the findings panel.
func TestAnnexBClausesAreTheFindings(t *testing.T) {
	p := exporttest.GoodProposal()
	p.Contribution.ParentGroup = forms.Group{Kind: forms.TSAG}
	findings := a7.Validate(p, a7.Options{Today: exporttest.Today, ExportLang: forms.English})
	doc := build(t, p, forms.English)
	rows := firstTable(t, section(doc, export.SecAnnexB)).Rows
	seen := false
	for i, r := range a7.Catalogue() {
		for _, f := range findings {
			// An A.7 clause by a short reference; a rule resting on another
			// Recommendation (Rec. ITU-T A.1) names it.
			clause := f.Clause
			if a7.IsA7Clause(clause) {
				clause = "A.7 clause " + clause
			}
			if f.Rule == r.ID && clause != rows[i][1] {
				t.Errorf("annex B: %s in clause %s, finding in %s", r.ID, rows[i][1], f.Clause)
			}
		}
		if r.ID == "deadline.contribution" {
			seen = true
			if rows[i][1] != "A.7 clause 2.1.2.1" {
				t.Errorf("annex B: deadline.contribution in clause %s for TSAG, want 2.1.2.1", rows[i][1])
			}
		}
	}
	if !seen {
		t.Error("no deadline.contribution row")
	}
}

// A proposal under no Question says so on the cover in the document's
// language, not with a dash; the Russian cover leaves it empty, as ITU's
// Russian TSAG covers do, and the French says "Sans objet", not "N/A".
func TestCoverNoQuestion(t *testing.T) {
	want := map[forms.Lang]string{
		forms.English: "N/A", forms.French: "Sans objet", forms.Spanish: "N/A",
		forms.Russian: "", forms.Chinese: "无", forms.Arabic: "لا توجد",
	}
	p := exporttest.GoodProposal()
	p.Contribution.Questions = []string{" "}
	for _, lang := range forms.Languages() {
		doc := build(t, p, lang)
		label := exporttest.Cat.In(lang).T("doc.cover.questions")
		if !slices.Contains(doc.Cover.Fields, export.Labelled{Label: label, Value: want[lang]}) {
			t.Errorf("%s: cover fields %q, want %s %s", lang, doc.Cover.Fields, label, want[lang])
		}
	}
}

// handNumber is the number a proposer types before an item of a list.
var handNumber = regexp.MustCompile(`^[0-9]+\. `)

// Lines numbered 1., 2., … in sequence become a numbered list; a number out
// of sequence, or one without a space after it, stays in its paragraph.
func TestNumberedLinesBecomeAList(t *testing.T) {
	t.Parallel()
	p := exporttest.GoodProposal()
	p.FocusGroup.Scope = "Its objectives are to:\n\n1. inventory;\n2. prioritise;\n3. verify.\n\nIt will not define algorithms.\n1) kept as typed\n1. A list of one item\n3. out of order\n1.5 million devices"
	doc := build(t, p, forms.English)
	var blocks []export.Block
	var walk func(ss []export.Section)
	walk = func(ss []export.Section) {
		for _, s := range ss {
			for _, b := range s.Blocks {
				switch b := b.(type) {
				case export.Paragraph:
					if b.Field == "focusGroup.scope" {
						blocks = append(blocks, b)
					}
				case export.List:
					if b.Field == "focusGroup.scope" {
						blocks = append(blocks, b)
					}
				}
			}
			walk(s.Sub)
		}
	}
	walk(doc.Sections)
	want := []export.Block{
		export.Paragraph{Text: "Its objectives are to:", Field: "focusGroup.scope"},
		export.List{Items: []string{"inventory;", "prioritise;", "verify."}, Ordered: true, Field: "focusGroup.scope"},
		export.Paragraph{Text: "It will not define algorithms.", Field: "focusGroup.scope"},
		export.Paragraph{Text: "1) kept as typed", Field: "focusGroup.scope"},
		export.List{Items: []string{"A list of one item"}, Ordered: true, Field: "focusGroup.scope"},
		export.Paragraph{Text: "3. out of order", Field: "focusGroup.scope"},
		export.Paragraph{Text: "1.5 million devices", Field: "focusGroup.scope"},
	}
	if !reflect.DeepEqual(blocks, want) {
		t.Errorf("scope's blocks:\n%#v\nwant\n%#v", blocks, want)
	}
}

// The document tells which fields are printed in the draft's language, for
// the word processor's spelling check.
func TestUntranslatedFieldsNamed(t *testing.T) {
	t.Parallel()
	p := exporttest.GoodProposal()
	if doc := build(t, p, p.Language); len(doc.Untranslated) != 0 || doc.SourceLang != p.Language {
		t.Errorf("in the draft's language: untranslated %q, source %s", doc.Untranslated, doc.SourceLang)
	}
	other := forms.French
	if p.Language == forms.French {
		other = forms.Spanish
	}
	doc := build(t, p, other)
	if doc.SourceLang != p.Language || !slices.Contains(doc.Untranslated, "focusGroup.scope") {
		t.Errorf("in %s: untranslated %q, source %s", other, doc.Untranslated, doc.SourceLang)
	}
}

// Annex B speaks to the meeting (issue 20, item 8): for every finding, in
// every language, a statement of what is not met or to be noted, never the
// findings panel's sentence (what to do, the days left); a requirement met
// with its facts where they tell: the support counted, the submission date
// within its deadline.
func TestAnnexBStatesComplianceToTheMeeting(t *testing.T) {
	t.Parallel()
	p := exporttest.GoodProposal()
	p.FocusGroup.Scope = ""                      // tor.scope: error
	p.Timeline.DurationMonths = 15               // tor.duration: error
	p.FocusGroup.Financing = ""                  // financing.stated: warning
	p.Contribution.SubmissionDate = forms.Date{} // deadline.contribution: info, days left
	for _, lang := range forms.Languages() {
		loc := exporttest.Cat.In(lang)
		findings := a7.Validate(p, a7.Options{Today: exporttest.Today, ExportLang: lang})
		doc := build(t, p, lang)
		rows := firstTable(t, section(doc, export.SecAnnexB)).Rows
		byRule := map[string]int{}
		for i, r := range a7.Catalogue() {
			byRule[r.ID] = i
		}
		for _, f := range findings {
			st := rows[byRule[f.Rule]][2]
			if panel := loc.Finding(f); strings.Contains(st, panel) {
				t.Errorf("%s: annex B says the findings panel's %q for %s", lang, panel, f.Rule)
			}
			if want := loc.FindingStatement("doc.annexB.state."+f.Rule, f); !strings.Contains(st, want) {
				t.Errorf("%s: annex B says %q for %s, want the statement %q", lang, st, f.Rule, want)
			}
		}
		if lang != forms.English {
			continue
		}
		for rule, want := range map[string]string{
			"tor.scope":             "Not met: The scope of action is not stated.",
			"tor.duration":          "Not met: Duration in months: 15, beyond the 9 to 12 months A.7 allows.",
			"financing.stated":      "Not fully met: How meetings and administrative support are funded is not stated.",
			"deadline.contribution": "Note: The deadline for submission is 8 January 2027, 12 calendar days before the meeting starting on 20 January 2027.",
			"criteria.support":      "Met: Committed ITU members supporting the proposal: 4; different Member States among them: 4.",
		} {
			if got := rows[byRule[rule]][2]; got != want {
				t.Errorf("annex B, %s: %q, want %q", rule, got, want)
			}
		}
		for _, row := range rows {
			for _, panel := range []string{"days left", "Shorten", "State the scope", "Submit "} {
				if strings.Contains(row[2], panel) {
					t.Errorf("annex B speaks to the proposer: %q", row[2])
				}
			}
		}
	}
	// with its submission date, the contribution is said to be submitted in time
	p.Contribution.SubmissionDate = exporttest.Day(2026, time.October, 15)
	doc := build(t, p, forms.English)
	for i, r := range a7.Catalogue() {
		if r.ID != "deadline.contribution" {
			continue
		}
		want := "Met: Submitted on 15 October 2026, by the deadline of 8 January 2027, 12 calendar days before the meeting starting on 20 January 2027."
		if got := firstTable(t, section(doc, export.SecAnnexB)).Rows[i][2]; got != want {
			t.Errorf("annex B, deadline.contribution: %q, want %q", got, want)
		}
	}
}
