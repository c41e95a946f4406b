package pdf

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fgdraft/export"
	"fgdraft/export/exporttest"
	"fgdraft/forms/a7"
	"fgdraft/forms/draftfile"

	"fgdraft/forms"
	"fgdraft/locales"
)

// The translated example is examples/fg-example-zh.json (a Chinese proposal
// to TSAG for FG-LAIC) with every non-empty free-text field translated into
// French and Arabic, each translation made from the current Chinese text.
const translatedExample = "../../examples/fg-example-zh-translated.json"

// localisedUntranslated lists, per export language, the fields deliberately
// left untranslated in the translated example, in document order: the notes
// of the Spanish and the Brazilian supporter are not translated into Arabic,
// so that the Arabic export prints them in Chinese and reports them as
// missing translations.
var localisedUntranslated = map[forms.Lang][]string{
	forms.French: nil,
	forms.Arabic: {"supporters[2].notes", "supporters[3].notes"},
}

// TestLocalisedExample exports the translated example in French and in
// Arabic and checks, on the text pdftotext extracts from the PDF, that the
// translations are printed instead of the Chinese source text, and that the
// fields left untranslated are printed in Chinese and reported.
func TestLocalisedExample(t *testing.T) {
	p, err := draftfile.Load(translatedExample)
	if err != nil {
		t.Fatal(err)
	}
	src, err := draftfile.Load("../../examples/fg-example-zh.json")
	if err != nil {
		t.Fatal(err)
	}
	// The same draft as the Chinese example, plus translations.
	q := p.Clone()
	q.Translations = nil
	a, _ := draftfile.Encode(q)
	b, _ := draftfile.Encode(src)
	if string(a) != string(b) || p.ID != src.ID {
		t.Fatal("the translated example is not the Chinese example plus translations")
	}

	cat := locales.MustLoad()
	opt := a7.Options{Today: forms.NewDate(2026, time.November, 25)}
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
					if exporttest.HanRun.MatchString(f.Get()) {
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
			var missing []a7.Finding
			vopt := opt
			vopt.ExportLang = lang
			for _, f := range a7.Validate(p, vopt) {
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

			exporttest.NeedTool(t, "pdftotext")
			doc := export.Build(p, lang, cat, opt)
			pdf, err := export.Render(New(exporttest.Fonts(t)), doc)
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
			extracted := exporttest.Run(t, "pdftotext", "-enc", "UTF-8", "-x", "0", "-y", "50", "-W", "596", "-H", "740", path, "-")

			// Every translation is printed, line by line of its text. Text in
			// a table cell is compared line by line of the PDF: pdftotext
			// gives a table column by column, and a row may be split across
			// a page with the table header repeated in between.
			lines := strings.Split(extracted, "\n")
			cells := exporttest.TableCells(doc.Sections)
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
						if !exporttest.ExtractedHas(lang, extracted, line) && !(inCell && exporttest.LinesCover(lang, lines, line)) {
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
			all, han := exporttest.NoSpace(extracted), exporttest.HanOnly(extracted)
			t.Run("untranslated-printed-in-chinese", func(t *testing.T) {
				for _, f := range p.TextFields() {
					if slices.Contains(want, f.Path) && !strings.Contains(han, exporttest.HanOnly(f.Get())) {
						t.Errorf("%s: untranslated field not printed in Chinese: %q", f.Path, f.Get())
					}
				}
			})
			t.Run("no-chinese-source", func(t *testing.T) {
				for _, s := range sources {
					if strings.Contains(all, exporttest.NoSpace(s)) {
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
					for _, h := range exporttest.HanRun.FindAllString(s, -1) {
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
