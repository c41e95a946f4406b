package app

import (
	"fgdraft/app/session"
	"fgdraft/forms"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// The Edit menu: one undo for the whole draft, the clipboard, Find.
//
// The history is the session's (session/history.go): every edit of the
// draft, from a field, a list's Add or Remove, the translation view or an
// import, is a step, typing in one field one step. Undo gives the draft
// back as it was, which makes the wizard again (as opening a draft does),
// then shows the step of what it undid and focuses the field.
//
// Ctrl+Z in a text field: the field's own undo first. A person typing in a
// field expects Ctrl+Z to take back the last words in it, at the caret, as
// in every text box; the draft's undo would instead make the whole wizard
// again. So Ctrl+Z (and Ctrl+Y) goes to the focused text field first, and
// only when the field has nothing of its own to undo — nothing typed in it
// since it was made, which is the case right after an undo focused it —
// does the draft's history step back. Pressing Ctrl+Z repeatedly therefore
// empties the field's own history, then walks back through the draft's.
// Edit → Undo with the mouse takes the focus off the field first (the
// menu bar does), so it always undoes the step the menu names.
// Ctrl+Shift+Z is a redo outside text fields only: Fyne's menu matches one
// shortcut per item, and its entry takes no Ctrl+Shift+Z.

// editMenuState is the Edit menu's items whose text follows the history.
type editMenuState struct {
	menu       *fyne.Menu
	undo, redo *fyne.MenuItem
}

var (
	redoShiftShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	findShortcut      = &desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault}
	findNextShortcut  = &desktop.CustomShortcut{KeyName: fyne.KeyG, Modifier: fyne.KeyModifierShortcutDefault}
	findPrevShortcut  = &desktop.CustomShortcut{KeyName: fyne.KeyG, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
)

// editMenu is the Edit menu: Undo, Redo, the clipboard, Find.
func (w *window) editMenu() *fyne.Menu {
	undo := fyne.NewMenuItem("", w.undoCommand)
	undo.Shortcut = &fyne.ShortcutUndo{}
	redo := fyne.NewMenuItem("", w.redoCommand)
	redo.Shortcut = &fyne.ShortcutRedo{}
	w.edit.undo, w.edit.redo = undo, redo
	w.labelHistory()

	clip := func(key string, s fyne.Shortcut, make func() fyne.Shortcut) *fyne.MenuItem {
		it := fyne.NewMenuItem(w.visual(w.ui.T(key)), func() { w.toFocused(make()) })
		it.Shortcut = s
		return it
	}
	cb := func() fyne.Clipboard { return w.app.Clipboard() }
	cut := clip("edit.cut", &fyne.ShortcutCut{}, func() fyne.Shortcut { return &fyne.ShortcutCut{Clipboard: cb()} })
	cpy := clip("edit.copy", &fyne.ShortcutCopy{}, func() fyne.Shortcut { return &fyne.ShortcutCopy{Clipboard: cb()} })
	paste := clip("edit.paste", &fyne.ShortcutPaste{}, func() fyne.Shortcut { return &fyne.ShortcutPaste{Clipboard: cb()} })
	all := clip("edit.selectAll", &fyne.ShortcutSelectAll{}, func() fyne.Shortcut { return &fyne.ShortcutSelectAll{} })

	find := fyne.NewMenuItem(w.visual(w.ui.T("edit.find")), w.openFind)
	find.Shortcut = findShortcut
	next := fyne.NewMenuItem(w.visual(w.ui.T("edit.findNext")), func() { w.findStep(+1) })
	next.Shortcut = findNextShortcut
	prev := fyne.NewMenuItem(w.visual(w.ui.T("edit.findPrevious")), func() { w.findStep(-1) })
	prev.Shortcut = findPrevShortcut
	w.edit.menu = fyne.NewMenu(w.ui.T("edit.menu"), undo, redo, fyne.NewMenuItemSeparator(),
		cut, cpy, paste, all, fyne.NewMenuItemSeparator(), find, next, prev)
	w.alignEditMenu()
	return w.edit.menu
}

// alignEditMenu lines the Edit menu's labels up on the right in a
// right-to-left interface (menu_rtl.go), again each time Undo and Redo are
// named anew. Its labels are already in visual order.
func (w *window) alignEditMenu() {
	if w.edit.menu != nil && w.dir().rtl {
		alignMenuRTL(asVisual, w.edit.menu)
	}
}

// addEditShortcuts registers the Edit menu's shortcuts on the canvas, for
// when no menu bar takes them (headless tests, native menus) and for
// Ctrl+Shift+Z, which no menu item carries.
func (w *window) addEditShortcuts() {
	c := w.win.Canvas()
	add := func(s fyne.Shortcut, f func()) {
		c.RemoveShortcut(s)
		c.AddShortcut(s, func(fyne.Shortcut) { f() })
	}
	add(&fyne.ShortcutUndo{}, w.undoCommand)
	add(&fyne.ShortcutRedo{}, w.redoCommand)
	add(redoShiftShortcut, w.redoCommand)
	add(findShortcut, w.openFind)
	add(findNextShortcut, func() { w.findStep(+1) })
	add(findPrevShortcut, func() { w.findStep(-1) })
}

// editableText is a focused widget with text of its own: an entry, which
// takes the clipboard's shortcuts and has its own undo.
type editableText interface {
	fyne.Shortcutable
	SelectedText() string
}

// toFocused hands a clipboard shortcut to the focused widget, as the
// window would without the menu item (which takes the shortcut first): an
// entry, a selectable label.
func (w *window) toFocused(s fyne.Shortcut) {
	if f, ok := w.win.Canvas().Focused().(fyne.Shortcutable); ok {
		f.TypedShortcut(s)
	}
}

// fieldTakes hands s (undo or redo) to the focused text field and reports
// whether that changed the draft: whether the field had anything of its
// own to undo or redo.
func (w *window) fieldTakes(s fyne.Shortcut) bool {
	f, ok := w.win.Canvas().Focused().(editableText)
	if !ok {
		return false
	}
	if w.find != nil && f == w.find.entry {
		// The find bar's text is no part of the draft: its undo is its own.
		f.TypedShortcut(s)
		return true
	}
	before := w.sess.Edits()
	f.TypedShortcut(s)
	return w.sess.Edits() != before
}

// undoCommand is Edit → Undo and Ctrl+Z.
func (w *window) undoCommand() {
	if w.fieldTakes(&fyne.ShortcutUndo{}) {
		return
	}
	if st, ok := w.sess.Undo(); ok {
		w.historyMoved(st)
	}
}

// redoCommand is Edit → Redo, Ctrl+Y and Ctrl+Shift+Z.
func (w *window) redoCommand() {
	if w.fieldTakes(&fyne.ShortcutRedo{}) {
		return
	}
	if st, ok := w.sess.Redo(); ok {
		w.historyMoved(st)
	}
}

// historyMoved follows an undo or a redo of st: the session has replaced
// the draft and the window has made the wizard again around it; the
// autosave copy is due, and the field st changed is shown and focused.
func (w *window) historyMoved(st session.Step) {
	w.autosave.edited()
	if len(st.Changes) == 0 {
		return
	}
	c := st.Changes[0]
	if c.Lang != "" {
		w.showTranslation(c.Lang, c.Path)
		return
	}
	w.goToField(c.Path)
}

// labelHistory names the next undo and redo in the Edit menu, or disables
// them when there is nothing; it is the session's history listener.
func (w *window) labelHistory() {
	if w.edit.undo == nil {
		return
	}
	set := func(it *fyne.MenuItem, verb string, st session.Step, ok bool) bool {
		label := w.ui.T("edit."+verb, map[string]any{"What": w.stepName(st)})
		if !ok {
			label = w.ui.T("edit." + verb + "Nothing")
		}
		// In visual order, as labels are (bidi.go): a field's name in
		// guillemets inside an Arabic label.
		label = w.visual(label)
		changed := it.Label != label || it.Disabled == ok
		it.Label, it.Disabled = label, !ok
		return changed
	}
	st, ok := w.sess.NextUndo()
	changed := set(w.edit.undo, "undo", st, ok)
	st, ok = w.sess.NextRedo()
	changed = set(w.edit.redo, "redo", st, ok) || changed
	if changed {
		w.alignEditMenu()
	}
	if m := w.win.MainMenu(); changed && m != nil {
		m.Refresh()
	}
}

// stepName says what a step of the history changed, for "Undo …":
// "typing in Title", "adding a row to Supporters".
func (w *window) stepName(st session.Step) string {
	ui := w.ui
	switch {
	case len(st.Changes) == 0:
		return ""
	case len(st.Changes) > 1:
		return ui.N("edit.what.many", len(st.Changes), nil)
	}
	c := st.Changes[0]
	field := ui.FieldLabel(c.Path)
	switch {
	case c.Lang != "":
		return ui.T("edit.what.translation", map[string]any{"Field": field, "Language": ui.LanguageName(c.Lang)})
	case c.Items > 0:
		return ui.N("edit.what.added", c.Items, map[string]any{"Field": field})
	case c.Items < 0:
		return ui.N("edit.what.removed", -c.Items, map[string]any{"Field": field})
	case st.Typing():
		return ui.T("edit.what.typing", map[string]any{"Field": field})
	}
	return ui.T("edit.what.change", map[string]any{"Field": field})
}

// showTranslation opens the translation window on lang and focuses the
// translation of the field at path.
func (w *window) showTranslation(lang forms.Lang, path string) {
	w.translate.show(w.uiEnv, w, w.exports, w.sess)
	v := w.translate.view
	if v == nil {
		return
	}
	v.SetTarget(lang)
	v.focusField(path)
}

// focusField shows the row of the field at path (all rows, if the filter
// hid it) and focuses its entry; it reports false when no row has path.
func (v *translateView) focusField(path string) bool {
	for _, r := range v.rows {
		if r.f.Path != path {
			continue
		}
		if !r.box.Visible() && v.filter.Checked {
			v.filter.SetChecked(false)
		}
		if c := v.env.win.Canvas(); c != nil {
			c.Focus(r.entry)
		}
		reveal(v.scroll, r.box)
		return true
	}
	return false
}
