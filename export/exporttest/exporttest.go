// Package exporttest holds what the tests of the document builder and of
// every renderer share: a proposal that meets A.7, a sample document per
// language, the bundled fonts, and the comparison of a document's paragraphs
// with the text a real reader (pdftotext, MuPDF, LibreOffice) gives back.
package exporttest

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"

	"fgdraft/export"
	"fgdraft/export/fonts"
	"fgdraft/forms"
	"fgdraft/locales"
)

// fontSet parses the bundled fonts once for all the tests of a package.
var fontSet = sync.OnceValues(fonts.Load)

// Fonts returns the bundled fonts, parsed once per test binary.
func Fonts(t testing.TB) *fonts.Set {
	t.Helper()
	fs, err := fontSet()
	if err != nil {
		t.Fatal(err)
	}
	return fs
}

// NeedTool skips the test when a poppler/qpdf tool is missing, unless CI is
// set, where it fails.
func NeedTool(t *testing.T, names ...string) {
	t.Helper()
	for _, name := range names {
		if _, err := exec.LookPath(name); err != nil {
			if os.Getenv("CI") != "" {
				t.Fatalf("%s is not installed (CI is set)", name)
			}
			t.Skipf("%s is not installed", name)
		}
	}
}

func Run(t *testing.T, name string, args ...string) string {
	t.Helper()
	out, err := exec.Command(name, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %v: %v\n%s", name, args, err, out)
	}
	return string(out)
}

// ResavedByLibreOffice is the Word file docx (named name) after LibreOffice
// opened it and saved it again as DOCX, in a profile of its own, as an
// editor's word processor would write it back.
func ResavedByLibreOffice(t *testing.T, name string, docx []byte) []byte {
	t.Helper()
	NeedTool(t, "soffice")
	dir := t.TempDir()
	in := filepath.Join(dir, name)
	if err := os.WriteFile(in, docx, 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	Run(t, "soffice", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"), "--headless", "--convert-to", "docx", "--outdir", out, in)
	resaved, err := os.ReadFile(filepath.Join(out, name))
	if err != nil {
		t.Fatal(err)
	}
	return resaved
}

// Paragraphs returns every paragraph and list item of the document body.
func Paragraphs(secs []export.Section) []string {
	var out []string
	for _, s := range secs {
		for _, b := range s.Blocks {
			switch b := b.(type) {
			case export.Paragraph:
				out = append(out, strings.Split(b.Text, "\n\n")...)
			case export.List:
				out = append(out, b.Items...)
			}
		}
		out = append(out, Paragraphs(s.Sub)...)
	}
	return out
}

var bidiControls = strings.NewReplacer("\u202A", "", "\u202B", "", "\u202C", "", "\u200E", "", "\u200F", "",
	"\u2066", "", "\u2067", "", "\u2068", "", "\u2069", "", "\u00AD", "")

// Squash collapses white space and drops invisible controls.
func Squash(s string) string { return strings.Join(strings.Fields(bidiControls.Replace(s)), " ") }

// NoSpace drops white space and invisible controls, for comparing Chinese text.
func NoSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, bidiControls.Replace(s))
}

var (
	arabicWord = regexp.MustCompile(`[\x{0621}-\x{064A}\x{0660}-\x{0669}\x{0671}-\x{06D3}]+`)
	latinWord  = regexp.MustCompile(`[A-Za-z0-9]+`)
)

var (
	hyphens    = strings.NewReplacer("-", "", "‐", "")
	arabicMark = regexp.MustCompile(`[\x{064B}-\x{065F}\x{0670}]`)
)

// CheckExtracted reports paragraphs of doc whose text pdftotext did not give
// back (hyphens are ignored).
func CheckExtracted(t *testing.T, doc export.Document, extracted string) {
	t.Helper()
	lang := doc.Lang
	paras := Paragraphs(doc.Sections)
	// pdftotext joins a word hyphenated at a line end, dropping its hyphen:
	// compare without hyphens
	extracted = hyphens.Replace(extracted)
	for i, p := range paras {
		paras[i] = hyphens.Replace(p)
	}
	switch lang {
	case forms.Chinese:
		all := NoSpace(extracted)
		for _, p := range paras {
			if !strings.Contains(all, NoSpace(p)) {
				t.Errorf("zh: paragraph not extracted intact: %q", p)
			}
		}
	case forms.Arabic:
		// pdftotext rebuilds the logical order itself and places neutrals
		// (brackets, hyphens between numbers) by its own rules; compare the
		// Arabic Words in logical order and the presence of Latin Words and
		// numbers.
		if strings.ContainsFunc(extracted, func(r rune) bool { return r >= 0xFB50 && r <= 0xFDFF || r >= 0xFE70 && r <= 0xFEFC }) {
			t.Errorf("ar: presentation forms in the extracted text")
		}
		extracted = arabicMark.ReplaceAllString(extracted, "")
		all := " " + strings.Join(arabicWord.FindAllString(extracted, -1), " ") + " "
		for _, p := range paras {
			p = arabicMark.ReplaceAllString(p, "")
			want := " " + strings.Join(arabicWord.FindAllString(p, -1), " ") + " "
			if strings.TrimSpace(want) != "" && !strings.Contains(all, want) {
				t.Errorf("ar: Arabic Words of paragraph not extracted in order: %q", p)
			}
			for _, w := range latinWord.FindAllString(p, -1) {
				if !strings.Contains(extracted, w) {
					t.Errorf("ar: %q of paragraph %q not extracted", w, p)
				}
			}
		}
	default:
		all := Squash(extracted)
		for _, p := range paras {
			if !strings.Contains(all, Squash(p)) {
				t.Errorf("%s: paragraph not extracted intact: %q", lang, p)
			}
		}
	}
}

// HanRun matches a run of Han characters.
var HanRun = regexp.MustCompile(`\p{Han}+`)

// ExtractedHas tells whether pdftotext's text holds s. Hyphens are ignored
// (pdftotext drops the hyphen of a word hyphenated at a line end). Latin text
// is compared with whitespace collapsed; Arabic text, whose neutrals
// pdftotext places by its own rules, by its Arabic Words in order and the
// presence of each Latin word and number (as CheckExtracted does).
func ExtractedHas(lang forms.Lang, extracted, s string) bool {
	extracted = hyphens.Replace(extracted)
	s = hyphens.Replace(s)
	if lang != forms.Arabic {
		return strings.Contains(Squash(extracted), Squash(s))
	}
	extracted = arabicMark.ReplaceAllString(extracted, "")
	s = arabicMark.ReplaceAllString(s, "")
	all := " " + strings.Join(arabicWord.FindAllString(extracted, -1), " ") + " "
	want := " " + strings.Join(arabicWord.FindAllString(s, -1), " ") + " "
	if strings.TrimSpace(want) != "" && !strings.Contains(all, want) {
		return false
	}
	for _, w := range latinWord.FindAllString(s, -1) {
		if !strings.Contains(extracted, w) {
			return false
		}
	}
	return true
}

// HanOnly keeps the Han characters of s.
func HanOnly(s string) string { return strings.Join(HanRun.FindAllString(s, -1), "") }

// TableCells lists the cells of every table of the document.
func TableCells(secs []export.Section) []string {
	var out []string
	for _, s := range secs {
		for _, b := range s.Blocks {
			if t, ok := b.(export.Table); ok {
				for _, r := range t.Rows {
					out = append(out, r...)
				}
			}
		}
		out = append(out, TableCells(s.Sub)...)
	}
	return out
}

// Words splits s as ExtractedHas compares it: the Arabic Words of Arabic
// text, every word of other text, hyphens ignored.
func Words(lang forms.Lang, s string) []string {
	s = hyphens.Replace(s)
	if lang == forms.Arabic {
		return arabicWord.FindAllString(arabicMark.ReplaceAllString(s, ""), -1)
	}
	return strings.Fields(bidiControls.Replace(s))
}

// LinesCover tells whether s, a text set in a table cell, is printed as a
// sequence of lines of the extracted text, as a wrapped cell is: its words
// are cut into runs, in order; the first Run is found in an extracted line,
// each further Run starts an extracted line. pdftotext may put a word of
// the neighbouring column at either end of a line, so a Run need not end its
// line, but a Run of one word inside the text must be a whole line. For
// Arabic, its Latin Words and numbers must also be extracted.
func LinesCover(lang forms.Lang, lines []string, s string) bool {
	var ls [][]string
	for _, l := range lines {
		if w := Words(lang, l); len(w) > 0 {
			ls = append(ls, w)
		}
	}
	w := Words(lang, s)
	if len(w) == 0 {
		return true
	}
	common := func(a, b []string) int {
		k := 0
		for k < len(a) && k < len(b) && a[k] == b[k] {
			k++
		}
		return k
	}
	// from reports whether w[i:] is covered by runs that start lines.
	memo := map[int]bool{}
	var from func(i int) bool
	from = func(i int) bool {
		if ok, seen := memo[i]; seen {
			return ok
		}
		memo[i] = false
		for _, l := range ls {
			k := common(l, w[i:])
			if k > 0 && (i+k == len(w) || (k >= 2 || len(l) == 1) && from(i+k)) {
				memo[i] = true
				return true
			}
		}
		return false
	}
	covered := false
	for _, l := range ls {
		for j := range l {
			k := common(l[j:], w)
			if k > 0 && (k == len(w) || (k >= 2 || j+k == len(l)) && from(k)) {
				covered = true
				break
			}
		}
		if covered {
			break
		}
	}
	if !covered {
		return false
	}
	if lang == forms.Arabic {
		all := hyphens.Replace(strings.Join(lines, "\n"))
		for _, lw := range latinWord.FindAllString(hyphens.Replace(s), -1) {
			if !strings.Contains(all, lw) {
				return false
			}
		}
	}
	return true
}

var Cat = locales.MustLoad()

var Today = forms.NewDate(2026, time.October, 1)

func Day(y int, m time.Month, day int) forms.Date { return forms.NewDate(y, m, day) }

// GoodProposal meets every error-level rule of the catalogue.
func GoodProposal() *forms.Proposal {
	return &forms.Proposal{
		Language: forms.English,
		Contribution: forms.Contribution{
			ParentGroup: forms.Group{Kind: forms.StudyGroup, Number: 17},
			Route:       forms.AtMeeting,
			Meeting:     forms.Event{Place: "Geneva", Start: Day(2027, time.January, 20), End: Day(2027, time.January, 31)},
			StudyPeriod: "2025-2028",
			Questions:   []string{"Q6/17", "Q14/17"},
			Source:      "Republic of Examplia, ExampleTel Ltd",
			Title:       "Proposal for a focus group on trustworthy AI agents",
			Contacts: []forms.Contact{{Name: "Ada Lovelace", Organization: "ExampleTel Ltd", Country: "GB",
				Tel: "+44 20 7946 0000", Email: "ada@example.com"}},
			Keywords:       []string{"AI agents", "security"},
			Abstract:       "This contribution proposes a focus group on trustworthy AI agents.",
			SubmissionDate: Day(2026, time.October, 15),
		},
		FocusGroup: forms.FocusGroup{
			Name:       "Trustworthy AI agents",
			Acronym:    "FG-TAIA",
			Background: "AI agents act on behalf of users across networks.\nTheir security is not yet standardized.",
			Scope:      "Study the security of AI agents and identify the standards they need.",
			ActionPlan: "1. Collect use cases.\n2. Analyse threats.\n3. Draft the technical report.",
			Deliverables: []forms.Deliverable{
				{Title: "Use cases of AI agents", Type: forms.GapAnalysisReport, Due: Day(2027, time.June, 30), TargetGroup: "SG17"},
				{Title: "Threat taxonomy", Type: forms.OtherDeliverable, OtherType: "Taxonomy", Due: Day(2027, time.September, 30), TargetGroup: "SG17"},
				{Title: "Security requirements", Type: forms.BaseTextRecommendation, Due: Day(2027, time.December, 15), TargetGroup: "SG17", IntendedRecommendation: "X.taia"},
			},
			ParentRelationship: "The work feeds Question 6/17 on security aspects of telecommunication services.",
			Relationships: []forms.Relationship{
				{Body: "ISO/IEC JTC 1/SC 42", Description: "Liaison on AI trustworthiness."},
			},
			Urgency:           "Agents are being deployed now; without common requirements, incompatible solutions will spread.",
			Interest:          "Operators, vendors and regulators pay great attention to AI agents. The market is maturing fast, with many products announced. International standards are needed to ensure interoperability.",
			WhyNotStudyGroups: "The topic needs experts from outside ITU who cannot take part in study-group Questions.",
			Alternatives:      "A correspondence group lacks the mandate to produce deliverables; no existing Question covers the topic.",
			Implications:      forms.Implications{Statement: "The work is purely technical."},
			WorkingLanguage:   "English",
			Financing:         "Meetings are hosted by the supporters.",
			AdminSupport:      "The chair's organization provides secretarial support.",
		},
		GapAnalysis: forms.GapAnalysis{
			Entries: []forms.GapEntry{
				{Body: "ITU-T SG17", Kind: forms.ITUTStudyGroup, Work: "X.1xx series on security.", Coverage: forms.CoveragePartial, Gap: "No work on autonomous agents."},
				{Body: "ETSI SAI", Kind: forms.OtherSDO, Work: "Securing AI reports.", Coverage: forms.CoveragePartial, Gap: "Agents acting across networks are out of scope."},
			},
			Summary: "No body covers the security of AI agents that act across networks.",
		},
		Supporters: []forms.Supporter{
			{Entity: "Republic of Examplia", Category: forms.MemberState, Country: "FR", Committed: true, Notes: "Will host the first meeting."},
			{Entity: "ExampleTel Ltd", Category: forms.SectorMember, Country: "GB", Committed: true},
			{Entity: "Sample University", Category: forms.Academia, Country: "DE", Committed: true},
			{Entity: "Demo Networks", Category: forms.Associate, Country: "JP", Committed: true},
			{Entity: "Open Agents Forum", Category: forms.NonMember, Country: "US", Committed: true},
		},
		Leadership: forms.Leadership{
			Chair:      forms.Nominee{Name: "Grace Hopper", Organization: "ExampleTel Ltd", Category: forms.SectorMember, Country: "GB"},
			ViceChairs: []forms.Nominee{{Name: "Alan Turing", Organization: "Sample University", Category: forms.Academia, Country: "DE"}},
		},
		Timeline: forms.Timeline{
			Start:          Day(2027, time.February, 1),
			DurationMonths: 12,
			Meetings: []forms.Event{
				{Place: "Geneva", Start: Day(2027, time.March, 15), End: Day(2027, time.March, 17)},
				{Place: "Tokyo", Start: Day(2027, time.June, 7), End: Day(2027, time.June, 9)},
			},
			ParentMeetings: []forms.Event{
				{Place: "Geneva", Start: Day(2027, time.September, 6), End: Day(2027, time.September, 15)},
				{Place: "Geneva", Start: Day(2028, time.March, 6), End: Day(2028, time.March, 15)},
			},
		},
	}
}

// IncrementalUpdate appends to a PDF an incremental update that changes
// nothing visible (a new cross-reference section and trailer after the
// file's own, as a signing or annotating tool writes): the file fgdraft
// wrote, changed afterwards.
func IncrementalUpdate(t testing.TB, pdf []byte) []byte {
	t.Helper()
	last := func(name string) string {
		m := regexp.MustCompile(`/`+name+`\s+(\d+(?:\s+0\s+R)?)`).FindAllSubmatch(pdf, -1)
		if len(m) == 0 {
			t.Fatalf("the PDF's trailer has no /%s", name)
		}
		return string(m[len(m)-1][1])
	}
	start := bytes.LastIndex(pdf, []byte("startxref"))
	if start < 0 {
		t.Fatal("the PDF has no startxref")
	}
	var prev int
	fmt.Sscan(string(pdf[start+len("startxref"):]), &prev)
	out := append([]byte{}, pdf...)
	at := len(out)
	out = fmt.Appendf(out, "xref\n0 0\ntrailer\n<< /Size %s /Root %s /Info %s /Prev %d >>\nstartxref\n%d\n%%%%EOF\n", last("Size"), last("Root"), last("Info"), prev, at)
	return out
}
