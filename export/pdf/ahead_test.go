package pdf

import (
	"reflect"
	"testing"

	"fgdraft/export"
	"fgdraft/export/exporttest"
	"fgdraft/forms"
	"fgdraft/forms/a7"
	"fgdraft/forms/draftfile"
	"fgdraft/locales"
)

// Laying out the second half of a document ahead, on another core, changes
// when its lines are set, not what the pages hold: the same drawing
// operations on the same pages, the same characters to embed, the same
// uncovered text, in every language.
func TestLayoutAheadChangesNothing(t *testing.T) {
	rd := New(exporttest.Fonts(t))
	p, err := draftfile.Load("../../examples/fg-example-zh-translated.json")
	if err != nil {
		t.Fatal(err)
	}
	cat := locales.MustLoad()
	for _, lang := range forms.Languages() {
		docs := map[string]export.Document{
			"sample":  exporttest.SampleDoc(lang),
			"example": export.Build(p, lang, cat, a7.Options{Today: forms.NewDate(2026, 11, 25)}),
		}
		for name, doc := range docs {
			alone, ahead := rd.newDocWriter(doc), rd.newDocWriter(doc)
			errAlone := alone.layOut(false)
			// the second pass lays out every section but the first before
			// the main pass starts, so that the main pass takes every line
			// it can from the cache
			stop := ahead.layoutAhead()
			<-ahead.ahead.done
			if len(ahead.ahead.m) == 0 {
				t.Fatalf("%s %s: nothing was laid out ahead", lang, name)
			}
			errAhead := ahead.layOut(false)
			stop()
			if len(alone.pages) != len(ahead.pages) {
				t.Fatalf("%s %s: %d pages alone, %d with the second pass", lang, name, len(alone.pages), len(ahead.pages))
			}
			for i := range alone.pages {
				if !reflect.DeepEqual(alone.pages[i], ahead.pages[i]) {
					t.Errorf("%s %s: page %d differs", lang, name, i+1)
				}
			}
			if !reflect.DeepEqual(alone.used, ahead.used) || !reflect.DeepEqual(errAlone, errAhead) {
				t.Errorf("%s %s: characters used or uncovered text differ", lang, name)
			}
		}
	}
}
