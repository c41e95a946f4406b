package app

import (
	"path/filepath"
	"testing"

	"fgdraft/forms"
	"fgdraft/forms/draftfile"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// zebraDraft is the example with "zebra" in three fields of three steps and
// in a French translation, in any case.
func zebraDraft(t *testing.T) string {
	t.Helper()
	p, err := draftfile.Load(exampleFile)
	if err != nil {
		t.Fatal(err)
	}
	p.Contribution.Title += " (zebra)"
	p.FocusGroup.Scope = "Zebra crossings. " + p.FocusGroup.Scope
	p.GapAnalysis.Entries[0].Gap += " ZEBRA."
	for _, f := range p.TextFields() {
		if f.Path == forms.FGName.Path() {
			p.SetTranslation(f, forms.French, "Groupe spécialisé du zèbre (Zebra)")
		}
	}
	path := filepath.Join(t.TempDir(), "zebra.json")
	if err := draftfile.Save(path, p); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestFindGoesFromHitToHit(t *testing.T) {
	a := test.NewTempApp(t)
	w := newTestWindow(t, a, Options{Draft: zebraDraft(t)})
	w.goToField(forms.FGAcronym.Path()) // the focus is somewhere in the form

	press(w, findShortcut)
	if !w.find.box.Visible() || w.win.Canvas().Focused() != w.find.entry {
		t.Fatal("Ctrl+F did not open the find bar with the focus in it")
	}
	test.Type(w.find.entry, "zebra")
	if got := w.find.count.Text; got != "4 matches" {
		t.Errorf("count %q, want 4 matches", got)
	}

	wantHit := func(n int, path string, lang forms.Lang) {
		t.Helper()
		if got, want := w.find.count.Text, itoa(n)+" of 4"; got != want {
			t.Errorf("count %q, want %q", got, want)
		}
		if lang != "" {
			v := w.translate.view
			if v == nil || v.Target() != lang {
				t.Fatalf("hit %d: no translation window on %s", n, lang)
			}
			return
		}
		wantFocus(t, w, path)
	}
	// Enter in the bar: the first hit.
	w.find.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	wantHit(1, forms.ContribTitle.Path(), "")
	// Ctrl+G from the field found: the next ones, across steps.
	press(w, findNextShortcut)
	wantHit(2, forms.FGScope.Path(), "")
	if got := widgetOf(t, w, forms.FGScope.Path()).(selectable).SelectedText(); got != "" && got != "Zebra" {
		t.Errorf("selected %q in the scope", got)
	}
	press(w, findNextShortcut)
	wantHit(3, forms.GapEntryGap.At(0).Path(), "")
	press(w, findNextShortcut)
	wantHit(4, forms.FGName.Path(), forms.French)
	focused := w.translate.win.Canvas().Focused()
	if e, ok := focused.(selectable); !ok || e.SelectedText() != "Zebra" {
		t.Errorf("translation window focus %T, want the name's translation with Zebra selected", focused)
	}
	// It wraps around, both ways.
	press(w, findNextShortcut)
	wantHit(1, forms.ContribTitle.Path(), "")
	press(w, findPrevShortcut)
	wantHit(4, forms.FGName.Path(), forms.French)
	press(w, findPrevShortcut)
	wantHit(3, forms.GapEntryGap.At(0).Path(), "")

	// Escape in the bar closes it, the focus on the field found.
	w.win.Canvas().Focus(w.find.entry)
	w.find.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if w.find.box.Visible() {
		t.Error("Escape left the find bar open")
	}
	wantFocus(t, w, forms.GapEntryGap.At(0).Path())

	// Opened again and closed before any move: the focus goes back.
	w.goToField(forms.FGAcronym.Path())
	before := w.win.Canvas().Focused()
	press(w, findShortcut)
	w.find.entry.SetText("no such words")
	w.find.search()
	w.find.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if got := w.find.count.Text; got != "No match" {
		t.Errorf("count %q for text found nowhere", got)
	}
	w.find.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if w.win.Canvas().Focused() != before || before == nil {
		t.Error("Escape did not give the focus back")
	}
}

func TestFindInArabicAndChinese(t *testing.T) {
	a := test.NewTempApp(t)
	path := copyFile(t, "../examples/fg-example-zh-translated.json")
	w := newTestWindow(t, a, Options{Draft: path, Lang: forms.Arabic})
	p := w.sess.Draft()
	for _, query := range []string{"低空", "المنخفضة"} {
		hits := p.Find(query)
		if len(hits) < 2 {
			t.Fatalf("the Chinese example has %d hits of %s", len(hits), query)
		}
		press(w, findShortcut)
		w.find.entry.SetText("")
		test.Type(w.find.entry, query)
		press(w, findNextShortcut)
		if got, want := w.find.count.Text, w.visual(w.ui.T("edit.find.position", map[string]any{"Index": 1, "Count": len(hits)})); got != want {
			t.Errorf("%s: count %q, want %q", query, got, want)
		}
		if h := hits[0]; h.Lang == "" {
			wantFocus(t, w, h.Path)
		} else if v := w.translate.view; v == nil || v.Target() != h.Lang {
			t.Errorf("%s: no translation window on %s", query, h.Lang)
		}
	}
}

// selectable is a field that can say what is selected in it.
type selectable interface{ SelectedText() string }

func itoa(n int) string { return string(rune('0' + n)) }
