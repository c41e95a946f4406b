package export

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"fgdraft/forms"
	"fgdraft/locales"
)

// The translated example is examples/fg-example-zh.json (a Chinese proposal
// to TSAG for FG-LAIC) with every non-empty free-text field translated into
// French and Arabic, each translation made from the current Chinese text.
const translatedExample = "../examples/fg-example-zh-translated.json"

// localisedUntranslated lists, per export language, the fields deliberately
// left untranslated in the translated example, in document order: the notes
// of the Spanish and the Brazilian supporter are not translated into Arabic,
// so that the Arabic export prints them in Chinese and reports them as
// missing translations.
var localisedUntranslated = map[forms.Lang][]string{
	forms.French: nil,
	forms.Arabic: {"supporters[2].notes", "supporters[3].notes"},
}

// needPdftotext skips the test when pdftotext is missing, unless CI is
// "true", where it fails.
func needPdftotext(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("pdftotext is not installed (CI=true)")
		}
		t.Skip("pdftotext is not installed")
	}
}

var hanRun = regexp.MustCompile(`\p{Han}+`)

// TestLocalisedExample exports the translated example in French and in
// Arabic and checks, on the text pdftotext extracts from the PDF, that the
// translations are printed instead of the Chinese source text, and that the
// fields left untranslated are printed in Chinese and reported.
func TestLocalisedExample(t *testing.T) {
	p, err := forms.Load(translatedExample)
	if err != nil {
		t.Fatal(err)
	}
	src, err := forms.Load("../examples/fg-example-zh.json")
	if err != nil {
		t.Fatal(err)
	}
	// The same draft as the Chinese example, plus translations.
	q := p.Clone()
	q.Translations = nil
	a, _ := forms.Encode(q)
	b, _ := forms.Encode(src)
	if string(a) != string(b) || p.ID != src.ID {
		t.Fatal("the translated example is not the Chinese example plus translations")
	}

	cat := locales.MustLoad()
	opt := forms.Options{Today: forms.NewDate(2026, time.November, 25)}
	for _, lang := range []forms.Lang{forms.French, forms.Arabic} {
		t.Run(string(lang), func(t *testing.T) {
			want := localisedUntranslated[lang]

			// Every non-empty field is translated from its current text,
			// except the deliberate ones.
			var untranslated []string
			translated := map[string]string{} // path → translation
			var sources []string              // Chinese text of the translated fields
			for _, f := range p.TextFields() {
				tr, st := p.TranslationOf(f, lang)
				switch st {
				case forms.Untranslated:
					untranslated = append(untranslated, f.Path)
				case forms.Stale:
					t.Errorf("%s: stale translation (source %q, field %q)", f.Path, tr.Source, f.Get())
				case forms.Translated:
					translated[f.Path] = tr.Text
					if hanRun.MatchString(f.Get()) {
						sources = append(sources, f.Get())
					}
				}
			}
			if !slices.Equal(untranslated, want) {
				t.Errorf("untranslated fields %q, want %q", untranslated, want)
			}
			if _, u := p.Localized(lang); !slices.Equal(u, want) {
				t.Errorf("Localized: untranslated %q, want %q", u, want)
			}

			// translation.missing lists exactly the untranslated fields.
			var missing []forms.Finding
			vopt := opt
			vopt.ExportLang = lang
			for _, f := range forms.Validate(p, vopt) {
				if f.Rule == "translation.missing" {
					missing = append(missing, f)
				}
			}
			switch {
			case len(want) == 0 && len(missing) != 0:
				t.Errorf("translation.missing fires: %q", missing[0].Fields)
			case len(want) != 0 && len(missing) != 1:
				t.Errorf("translation.missing: %d findings, want 1", len(missing))
			case len(want) != 0:
				f := missing[0]
				if !slices.Equal(f.Fields, want) || f.Params["Count"] != len(want) {
					t.Errorf("translation.missing: fields %q, params %v; want %q", f.Fields, f.Params, want)
				}
				if f.Params["Language"] != lang {
					t.Errorf("translation.missing: Language param %v, want %s", f.Params["Language"], lang)
				}
			}

			needPdftotext(t)
			doc := Build(p, lang, cat, opt)
			pdf, err := RenderPDF(doc, loadTestFonts(t))
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(t.TempDir(), "fg-laic-"+string(lang)+".pdf")
			if err := os.WriteFile(path, pdf, 0o644); err != nil {
				t.Fatal(err)
			}
			if dir := os.Getenv("FGDRAFT_SAMPLES"); dir != "" {
				os.WriteFile(filepath.Join(dir, filepath.Base(path)), pdf, 0o644)
			}
			// the whole page but running head, page number and draft mark,
			// as a text may continue on the next page
			extracted := run(t, "pdftotext", "-enc", "UTF-8", "-x", "0", "-y", "50", "-W", "596", "-H", "740", path, "-")

			// Every translation is printed, line by line of its text. Text in
			// a table cell is compared line by line of the PDF: pdftotext
			// gives a table column by column, and a row may be split across
			// a page with the table header repeated in between.
			lines := strings.Split(extracted, "\n")
			cells := tableCells(doc.Sections)
			t.Run("translations-printed", func(t *testing.T) {
				for _, f := range p.TextFields() {
					tr, ok := translated[f.Path]
					if !ok {
						continue
					}
					for _, line := range strings.Split(tr, "\n") {
						if strings.TrimSpace(line) == "" {
							continue
						}
						inCell := slices.ContainsFunc(cells, func(c string) bool { return strings.Contains(c, line) })
						if !extractedHas(lang, extracted, line) && !(inCell && linesCover(lang, lines, line)) {
							t.Errorf("%s: translation not in the PDF: %q", f.Path, line)
						}
					}
				}
			})

			// The Chinese text of the translated fields is not printed
			// (compared without whitespace); that of the untranslated fields
			// is, compared by its Han characters only, as pdftotext, reading a
			// right-to-left page, may put a Chinese sentence's final "。" at
			// the start of its line.
			all, han := noSpace(extracted), hanOnly(extracted)
			t.Run("untranslated-printed-in-chinese", func(t *testing.T) {
				for _, f := range p.TextFields() {
					if slices.Contains(want, f.Path) && !strings.Contains(han, hanOnly(f.Get())) {
						t.Errorf("%s: untranslated field not printed in Chinese: %q", f.Path, f.Get())
					}
				}
			})
			t.Run("no-chinese-source", func(t *testing.T) {
				for _, s := range sources {
					if strings.Contains(all, noSpace(s)) {
						t.Errorf("Chinese source text of a translated field in the %s PDF (taken from the draft as written, not from its localised copy?): %q", lang, s)
					}
				}

				// No other Chinese: what remains is the text of fields that are
				// not translatable (names of people, the intended Recommendation)
				// and of the fields left untranslated.
				var keep []string
				for _, c := range p.Contribution.Contacts {
					keep = append(keep, c.Name)
				}
				keep = append(keep, p.Leadership.Chair.Name)
				for _, n := range p.Leadership.ViceChairs {
					keep = append(keep, n.Name)
				}
				for _, d := range p.FocusGroup.Deliverables {
					keep = append(keep, d.IntendedRecommendation)
				}
				for _, f := range p.TextFields() {
					if slices.Contains(want, f.Path) {
						keep = append(keep, f.Get())
					}
				}
				rest := han
				for _, s := range keep {
					for _, h := range hanRun.FindAllString(s, -1) {
						rest = strings.ReplaceAll(rest, h, "")
					}
				}
				if rest != "" {
					t.Errorf("Chinese text in the %s PDF that is neither a name nor an untranslated field: %q", lang, rest)
				}
			})
		})
	}
}

// extractedHas tells whether pdftotext's text holds s. Hyphens are ignored
// (pdftotext drops the hyphen of a word hyphenated at a line end). Latin text
// is compared with whitespace collapsed; Arabic text, whose neutrals
// pdftotext places by its own rules, by its Arabic words in order and the
// presence of each Latin word and number (as checkExtracted does).
func extractedHas(lang forms.Lang, extracted, s string) bool {
	extracted = hyphens.Replace(extracted)
	s = hyphens.Replace(s)
	if lang != forms.Arabic {
		return strings.Contains(squash(extracted), squash(s))
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

// hanOnly keeps the Han characters of s.
func hanOnly(s string) string { return strings.Join(hanRun.FindAllString(s, -1), "") }

// tableCells lists the cells of every table of the document.
func tableCells(secs []Section) []string {
	var out []string
	for _, s := range secs {
		for _, b := range s.Blocks {
			if t, ok := b.(Table); ok {
				for _, r := range t.Rows {
					out = append(out, r...)
				}
			}
		}
		out = append(out, tableCells(s.Sub)...)
	}
	return out
}

// words splits s as extractedHas compares it: the Arabic words of Arabic
// text, every word of other text, hyphens ignored.
func words(lang forms.Lang, s string) []string {
	s = hyphens.Replace(s)
	if lang == forms.Arabic {
		return arabicWord.FindAllString(arabicMark.ReplaceAllString(s, ""), -1)
	}
	return strings.Fields(bidiControls.Replace(s))
}

// linesCover tells whether s, a text set in a table cell, is printed as a
// sequence of lines of the extracted text, as a wrapped cell is: its words
// are cut into runs, in order; the first run is found in an extracted line,
// each further run starts an extracted line. pdftotext may put a word of
// the neighbouring column at either end of a line, so a run need not end its
// line, but a run of one word inside the text must be a whole line. For
// Arabic, its Latin words and numbers must also be extracted.
func linesCover(lang forms.Lang, lines []string, s string) bool {
	var ls [][]string
	for _, l := range lines {
		if w := words(lang, l); len(w) > 0 {
			ls = append(ls, w)
		}
	}
	w := words(lang, s)
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
