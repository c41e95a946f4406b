package app

import (
	"strings"
	"testing"

	"fgdraft/forms"
	"fgdraft/forms/xliff"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// press sends a shortcut as the desktop driver does: the menu bar's items
// first (which is why Ctrl+Z reaches the Edit menu inside a field too), then
// the focused widget, then the canvas.
func press(w *window, s fyne.Shortcut) {
	if m := w.win.MainMenu(); m != nil {
		for _, menu := range m.Items {
			for _, it := range menu.Items {
				if it.Shortcut != nil && it.Shortcut.ShortcutName() == s.ShortcutName() && it.Action != nil {
					it.Action()
					return
				}
			}
		}
	}
	if f, ok := w.win.Canvas().Focused().(fyne.Shortcutable); ok {
		f.TypedShortcut(s)
		return
	}
	w.win.Canvas().(fyne.Shortcutable).TypedShortcut(s)
}

// widgetOf is the focusable widget of a field path in the wizard as built now.
func widgetOf(t *testing.T, w *window, path string) fyne.Focusable {
	t.Helper()
	ref, ok := formOf(w.formFor(forms.StepOf(path))).lookup(path)
	if !ok || ref.focus == nil {
		t.Fatalf("no widget for %s", path)
	}
	return ref.focus
}

// typeIn focuses the field of path, as a click does, and types text at its end.
func typeIn(t *testing.T, w *window, path, text string) {
	t.Helper()
	w.goToField(path)
	f := widgetOf(t, w, path)
	if e, ok := f.(interface{ CursorTextOffset() int }); ok && e.CursorTextOffset() != 0 {
		t.Fatalf("%s: the caret is not at the start", path)
	}
	test.Type(f, text)
}

func wantFocus(t *testing.T, w *window, path string) {
	t.Helper()
	if got, want := w.win.Canvas().Focused(), widgetOf(t, w, path); got != want {
		t.Errorf("focus on %T, want the widget of %s", got, path)
	}
	if step := forms.StepOf(path); w.current != step {
		t.Errorf("step %s shown, want %s", w.current, step)
	}
}

func TestUndoStepsBackThroughFieldsAndRows(t *testing.T) {
	a := test.NewTempApp(t)
	w := newTestWindow(t, a, Options{})
	w.sess.NewBlank(forms.English)
	if !w.edit.undo.Disabled || w.edit.undo.Label != "Undo" {
		t.Fatalf("a new draft offers %q (disabled %v)", w.edit.undo.Label, w.edit.undo.Disabled)
	}

	// A user types a title, then a scope, then adds a supporter.
	typeIn(t, w, forms.ContribTitle.Path(), "AI for RAN")
	typeIn(t, w, forms.FGScope.Path(), "Study AI in the RAN.")
	w.showStep(forms.StepSupporters)
	test.Tap(widgetOf(t, w, forms.Supporters.Path()).(fyne.Tappable))
	if len(w.sess.Draft().Supporters) != 1 {
		t.Fatal("Add made no supporter")
	}
	if got := w.edit.undo.Label; got != "Undo adding a row to Supporters" || w.edit.undo.Disabled {
		t.Errorf("Edit menu says %q", got)
	}

	// Ctrl+Z in the new row's field, which has nothing of its own to undo.
	press(w, &fyne.ShortcutUndo{})
	if n := len(w.sess.Draft().Supporters); n != 0 {
		t.Fatalf("first Ctrl+Z: %d supporters", n)
	}
	wantFocus(t, w, forms.Supporters.Path())
	if got := w.edit.undo.Label; got != "Undo typing in Scope and objectives" {
		t.Errorf("after the first undo the menu says %q", got)
	}
	if got := w.edit.redo.Label; got != "Redo adding a row to Supporters" || w.edit.redo.Disabled {
		t.Errorf("redo says %q", got)
	}
	if !w.sess.Dirty() {
		t.Error("an undone draft has no unsaved changes")
	}

	press(w, &fyne.ShortcutUndo{})
	if got := w.sess.Draft().FocusGroup.Scope; got != "" {
		t.Fatalf("second Ctrl+Z left the scope %q", got)
	}
	if got := w.sess.Draft().Contribution.Title; got != "AI for RAN" {
		t.Fatalf("second Ctrl+Z changed the title to %q", got)
	}
	wantFocus(t, w, forms.FGScope.Path())

	// The scope's field is new: Ctrl+Z in it steps back through the draft.
	press(w, &fyne.ShortcutUndo{})
	if got := w.sess.Draft().Contribution.Title; got != "" {
		t.Fatalf("third Ctrl+Z left the title %q", got)
	}
	wantFocus(t, w, forms.ContribTitle.Path())
	if !w.edit.undo.Disabled {
		t.Errorf("nothing left to undo, but the menu offers %q", w.edit.undo.Label)
	}

	// Redo: Ctrl+Y, then Ctrl+Shift+Z outside a field.
	press(w, &fyne.ShortcutRedo{})
	if got := w.sess.Draft().Contribution.Title; got != "AI for RAN" {
		t.Fatalf("Ctrl+Y gave the title %q", got)
	}
	wantFocus(t, w, forms.ContribTitle.Path())
	if got := widgetOf(t, w, forms.ContribTitle.Path()).(*lineEntry).Text; got != "AI for RAN" {
		t.Errorf("the title's field shows %q after redo", got)
	}
	w.win.Canvas().Unfocus()
	press(w, redoShiftShortcut)
	if got := w.sess.Draft().FocusGroup.Scope; got != "Study AI in the RAN." {
		t.Fatalf("Ctrl+Shift+Z gave the scope %q", got)
	}
	wantFocus(t, w, forms.FGScope.Path())
}

func TestCtrlZInAFieldUndoesItsOwnTypingFirst(t *testing.T) {
	a := test.NewTempApp(t)
	w := newTestWindow(t, a, Options{})
	w.sess.NewBlank(forms.English)
	typeIn(t, w, forms.FGName.Path(), "FG on AI")
	typeIn(t, w, forms.FGAcronym.Path(), "FG-AI")
	press(w, &fyne.ShortcutUndo{})
	if got := w.sess.Draft().FocusGroup.Name; got != "FG on AI" {
		t.Errorf("Ctrl+Z in the acronym's field undid the name: %q", got)
	}
	if got := w.sess.Draft().FocusGroup.Acronym; got == "FG-AI" {
		t.Error("Ctrl+Z in the acronym's field left its text")
	}
	// Clicking Edit → Undo takes the focus off the field: the draft's undo.
	w.win.Canvas().Unfocus()
	w.edit.undo.Action()
	if got := w.sess.Draft().FocusGroup.Acronym; got != "" {
		t.Errorf("Edit → Undo left the acronym %q", got)
	}
}

func TestUndoAnXLIFFImport(t *testing.T) {
	a := test.NewTempApp(t)
	w := newTestWindow(t, a, Options{Draft: copyFile(t, exampleFile)})
	w.translate.show(w.uiEnv, w, w.exports, w.sess)
	v := w.translate.view
	v.SetTarget(forms.French)
	before := w.sess.Draft().Clone()

	q := w.sess.Draft().Clone()
	q.Translations = nil
	for _, f := range q.TextFields() {
		switch f.Path {
		case forms.FGScope.Path():
			q.SetTranslation(f, forms.French, "Domaine d'étude")
		case forms.FGName.Path():
			q.SetTranslation(f, forms.French, "Groupe spécialisé")
		}
	}
	data, err := xliff.Export(q, forms.French, q.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !v.ImportXLIFF(data) {
		t.Fatal("import refused")
	}
	if got := w.edit.undo.Label; !strings.HasPrefix(got, "Undo changes to ") {
		t.Errorf("after an import the menu says %q", got)
	}
	// The user reads what the import did and closes the message.
	tc := w.translate.win.Canvas()
	if o := tc.Overlays().Top(); o != nil {
		tc.Overlays().Remove(o)
	}
	w.win.Canvas().Unfocus()
	press(w, &fyne.ShortcutUndo{})
	if d := forms.Changes(before, w.sess.Draft()); len(d) != 0 {
		t.Fatalf("undo of the import left %+v", d)
	}
	// The translation window shows the draft as it is again, on the field undone.
	v = w.translate.view
	if v.Target() != forms.French {
		t.Errorf("translation window on %s", v.Target())
	}
	for _, r := range v.rows {
		if r.f.Path == forms.FGScope.Path() && r.entry.Text() != "" {
			t.Errorf("the scope's translation still shows %q", r.entry.Text())
		}
	}
	// The first field the import had changed is focused.
	var name fyne.Focusable
	for _, r := range v.rows {
		if r.f.Path == forms.FGName.Path() {
			name = r.entry
		}
	}
	if got := w.translate.win.Canvas().Focused(); got == nil || got != name {
		t.Errorf("focus in the translation window on %v, want the name's translation", got)
	}
}

func TestEditMenuClipboardActsOnTheFocusedField(t *testing.T) {
	a := test.NewTempApp(t)
	w := newTestWindow(t, a, Options{})
	w.sess.NewBlank(forms.English)
	typeIn(t, w, forms.FGName.Path(), "FG on AI")
	press(w, &fyne.ShortcutSelectAll{})
	press(w, &fyne.ShortcutCopy{})
	if got := a.Clipboard().Content(); got != "FG on AI" {
		t.Fatalf("Edit → Copy put %q on the clipboard", got)
	}
	w.goToField(forms.FGAcronym.Path())
	press(w, &fyne.ShortcutPaste{})
	if got := w.sess.Draft().FocusGroup.Acronym; got != "FG on AI" {
		t.Errorf("Edit → Paste gave the acronym %q", got)
	}
}
