package app

import (
	"testing"
	"time"

	"fgdraft/forms"
	"fgdraft/forms/draftfile"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
)

// menuShortcut finds the main-menu item with shortcut s; the window runs
// menu shortcuts even while a field has the focus.
func menuShortcut(w *window, s fyne.Shortcut) *fyne.MenuItem {
	var found *fyne.MenuItem
	for _, m := range w.win.MainMenu().Items {
		for _, it := range m.Items {
			if it.Shortcut != nil && it.Shortcut.ShortcutName() == s.ShortcutName() {
				found = it
			}
		}
	}
	return found
}

// Item 6: steps change from the keyboard, and the Help menu lists the
// shortcuts.
func TestStepShortcuts(t *testing.T) {
	a := test.NewTempApp(t)
	w := newTestWindow(t, a, Options{Draft: copyFile(t, exampleFile)})
	c := w.win.Canvas().(fyne.Shortcutable)
	press := func(k fyne.KeyName, mod fyne.KeyModifier) {
		s := &desktop.CustomShortcut{KeyName: k, Modifier: mod}
		if menuShortcut(w, s) == nil {
			t.Errorf("no menu item has %s", s.ShortcutName())
		}
		c.TypedShortcut(s)
	}
	press(fyne.KeyPageDown, fyne.KeyModifierControl)
	if w.current != forms.StepTerms {
		t.Errorf("Ctrl+PageDown: step %s", w.current)
	}
	press(fyne.KeyPageUp, fyne.KeyModifierControl)
	if w.current != forms.StepContribution {
		t.Errorf("Ctrl+PageUp: step %s", w.current)
	}
	for i, s := range forms.Steps() {
		press(stepKeys[i], fyne.KeyModifierAlt)
		if w.current != s {
			t.Errorf("Alt+%d: step %s, want %s", i+1, w.current, s)
		}
	}

	// Help → Keyboard shortcuts shows them all.
	menus := w.win.MainMenu().Items
	help := menus[len(menus)-1]
	if help.Label != "Help" || len(help.Items) == 0 {
		t.Fatalf("the last menu is %q", help.Label)
	}
	help.Items[0].Action()
	d := overlay(w)
	for _, want := range []string{"Ctrl+PageDown", "Alt+1 … Alt+6", "Shift+Tab", "Next step"} {
		if d == nil || !containsText(d, want) {
			t.Errorf("the shortcut list lacks %q", want)
		}
	}
	// Escape closes it.
	w.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if overlay(w) != nil {
		t.Error("Escape left the shortcut list open")
	}
}

// Item 6: Enter and Escape in the unsaved-changes dialog.
func TestDialogEnterAndEscape(t *testing.T) {
	a := test.NewTempApp(t)
	path := copyFile(t, exampleFile)
	w := newTestWindow(t, a, Options{Draft: path})
	w.sess.Draft().FocusGroup.Acronym = "FG-ENTER"
	w.env.changed("focusGroup.acronym")
	key := func(k fyne.KeyName) { w.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: k}) }

	w.files.newDraft()
	if overlay(w) == nil {
		t.Fatal("no unsaved-changes dialog")
	}
	key(fyne.KeyEscape)
	if overlay(w) != nil || w.sess.Draft().FocusGroup.Acronym != "FG-ENTER" || !w.sess.Dirty() {
		t.Fatal("Escape did not cancel")
	}
	w.files.newDraft()
	key(fyne.KeyReturn)
	if p, err := draftfile.Load(path); err != nil || p.FocusGroup.Acronym != "FG-ENTER" {
		t.Errorf("Enter did not save: %v", err)
	}
	if w.sess.Draft().FocusGroup.Acronym != "" {
		t.Error("Enter saved but did not go on to the new draft")
	}
	// The canvas has its key handler back.
	if h := w.win.Canvas().OnTypedKey(); h != nil {
		h(&fyne.KeyEvent{Name: fyne.KeyReturn})
	}
	if overlay(w) != nil {
		t.Error("a dialog is open")
	}
}

// Item 6: Enter goes on and Escape cancels when export asks about
// untranslated fields.
func TestUntranslatedDialogKeys(t *testing.T) {
	a := test.NewTempApp(t)
	w := newTestWindow(t, a, Options{Draft: copyFile(t, exampleFile)})
	w.sess.Draft().FocusGroup.Scope += " A sentence added after the translations."
	w.env.changed("focusGroup.scope")
	langs := forms.Languages()
	if len(w.exports.untranslated(langs)) == 0 {
		t.Fatal("nothing untranslated: no dialog to test")
	}
	key := func(k fyne.KeyName) { w.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: k}) }
	ran := false
	w.exports.confirmUntranslated(langs, func() { ran = true })
	key(fyne.KeyEscape)
	if ran || overlay(w) != nil {
		t.Fatalf("Escape: ran=%v, dialog open=%v", ran, overlay(w) != nil)
	}
	w.exports.confirmUntranslated(langs, func() { ran = true })
	key(fyne.KeyReturn)
	if !ran || overlay(w) != nil {
		t.Errorf("Enter: ran=%v, dialog open=%v", ran, overlay(w) != nil)
	}
}

// Item 10: in Arabic the menus come in right-to-left order: File last from
// the left, nearest the right.
func TestArabicMenusInReadingOrder(t *testing.T) {
	a := test.NewTempApp(t)
	w := newTestWindow(t, a, Options{Draft: copyFile(t, exampleFile), Lang: forms.Arabic})
	menus := w.win.MainMenu().Items
	if got, want := menus[len(menus)-1].Label, w.ui.T("ui.menu.file"); got != want {
		t.Errorf("the last menu from the left is %q, want %q", got, want)
	}
}

// Item 6: Enter recovers an autosave; Escape, which would mean Discard,
// does nothing.
func TestRecoveryDialogKeys(t *testing.T) {
	a := test.NewTempApp(t)
	data := t.TempDir()
	path := copyFile(t, exampleFile)
	w := newTestWindow(t, a, Options{Draft: path, DataDir: data})
	w.sess.Draft().FocusGroup.Name = "Recovered by Enter"
	w.env.changed("focusGroup.name")
	w.autosave.now()
	time.Sleep(10 * time.Millisecond)
	w2 := newTestWindow(t, a, Options{Draft: path, DataDir: data})
	key := func(k fyne.KeyName) { w2.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: k}) }
	key(fyne.KeyEscape)
	if overlay(w2) == nil || !w2.autosave.exists() {
		t.Fatal("Escape closed the recovery offer or dropped the autosave")
	}
	key(fyne.KeyReturn)
	if w2.sess.Draft().FocusGroup.Name != "Recovered by Enter" {
		t.Errorf("Enter did not recover: name %q", w2.sess.Draft().FocusGroup.Name)
	}
}
