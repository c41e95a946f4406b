package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fgdraft/forms"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// Issue 21, item 6: in the Arabic interface the View menu has no submenu
// (whose arrow would point against the reading), its labels end on one
// line (padded on the left to one width) and keep a clear gap before the
// shortcuts; the languages are still there and still switch.
func TestArabicViewMenuReadsRightToLeft(t *testing.T) {
	a := test.NewTempApp(t)
	w := newTestWindow(t, a, Options{Draft: copyFile(t, exampleFile), Lang: forms.Arabic})
	var view *fyne.Menu
	for _, m := range w.win.MainMenu().Items {
		if m.Label == w.ui.T("ui.menu.view") {
			view = m
		}
	}
	if view == nil {
		t.Fatal("no View menu")
	}
	size := theme.TextSize()
	width := func(s string) float32 { return fyne.MeasureText(s, size, fyne.TextStyle{}).Width }
	space := width(" ")
	var first float32
	langs := 0
	for _, it := range view.Items {
		if it.IsSeparator {
			continue
		}
		if it.ChildMenu != nil {
			t.Errorf("%q opens a submenu", it.Label)
		}
		if !strings.HasSuffix(strings.TrimRight(it.Label, "\u200e"), strings.Repeat(" ", rtlMenuGap)) {
			t.Errorf("%q keeps no gap before its shortcut", it.Label)
		}
		if first == 0 {
			first = width(it.Label)
		} else if d := width(it.Label) - first; d > 2*space || d < -2*space {
			t.Errorf("%q is %.0f units wide, the first label %.0f", it.Label, width(it.Label), first)
		}
		for _, l := range forms.Languages() {
			if strings.Contains(it.Label, uiText(w.ui, w.cat.In(l).LanguageName(l))) {
				langs++
			}
		}
	}
	if langs != len(forms.Languages()) {
		t.Errorf("%d languages in the View menu, want %d", langs, len(forms.Languages()))
	}
}

// Every menu of the Arabic interface ends its labels on one line (each padded
// on its left to the width of the longest), the Edit menu still after Undo
// was named anew by an edit (issue 21, item 6).
func TestArabicMenusEndOnOneLine(t *testing.T) {
	a := test.NewTempApp(t)
	w := newTestWindow(t, a, Options{Draft: copyFile(t, exampleFile), Lang: forms.Arabic})
	size := theme.TextSize()
	width := func(s string) float32 { return fyne.MeasureText(s, size, fyne.TextStyle{}).Width }
	space := width(" ")
	aligned := func(when string) {
		t.Helper()
		for _, m := range w.win.MainMenu().Items {
			var first float32
			for _, it := range m.Items {
				if it.IsSeparator {
					continue
				}
				if first == 0 {
					first = width(it.Label)
				} else if d := width(it.Label) - first; d > 2*space || d < -2*space {
					t.Errorf("%s: menu %q: %q is %.0f units wide, its first label %.0f", when, m.Label, it.Label, width(it.Label), first)
				}
			}
		}
	}
	aligned("at start")
	w.sess.Draft().Contribution.Title = "عنوان آخر للمقترح"
	w.changed("contribution.title")
	if w.edit.undo.Disabled {
		t.Fatal("Undo disabled after an edit")
	}
	aligned("after an edit")
}

// In the Arabic interface the File menu opens no submenu either: the recent
// drafts stand in it under a heading that cannot be chosen, and choosing one
// opens it (issue 21, item 6).
func TestArabicFileMenuListsRecentDrafts(t *testing.T) {
	a := test.NewTempApp(t)
	// An Arabic file name, in a path that stays left to right.
	draft := filepath.Join(t.TempDir(), "مسودة.json")
	if err := os.Rename(copyFile(t, exampleFile), draft); err != nil {
		t.Fatal(err)
	}
	w := newTestWindow(t, a, Options{Draft: draft, Lang: forms.Arabic})
	w.refreshMenu()
	if len(w.sess.Recent()) == 0 {
		t.Fatal("the draft opened is not a recent draft")
	}
	var file *fyne.Menu
	for _, m := range w.win.MainMenu().Items {
		if m.Label == w.ui.T("ui.menu.file") {
			file = m
		}
	}
	if file == nil {
		t.Fatal("no File menu")
	}
	var heading, recent *fyne.MenuItem
	for _, it := range file.Items {
		if it.ChildMenu != nil {
			t.Errorf("%q opens a submenu", it.Label)
		}
		switch strings.Trim(it.Label, " \u200e") {
		case w.visual(w.ui.T("ui.menu.recent")):
			heading = it
		case visualLTR(w.sess.Recent()[0]):
			recent = it
		}
	}
	if heading == nil || !heading.Disabled {
		t.Errorf("the recent drafts' heading: %v", heading)
	}
	if recent == nil || recent.Action == nil {
		t.Fatalf("the recent draft %q is not in the File menu", w.sess.Recent()[0])
	}
}
