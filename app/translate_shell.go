package app

import (
	"fgdraft/export"
	"fgdraft/forms"

	"fyne.io/fyne/v2"
)

// translateLink is the main window's link to its translation window. The
// zero value is "no translation window open". The main window uses it with
// three lines:
//
//	translate translateLink // a field of window
//	w.translate.sync(w)     // at the end of revalidate
//	fyne.NewMenuItem(w.ui.T("translate.menu"), func() { w.translate.show(w) }) // in the File menu
type translateLink struct {
	win   fyne.Window
	view  *translateView
	draft *forms.Proposal // the draft the view edits
	lang  forms.Lang      // the interface language it was built in
	// self is set while an edit made in the view is reported to the main
	// window, whose revalidate must not reload the view that made it.
	self bool
}

// show opens the translation window of w, or brings it to the front.
func (l *translateLink) show(w *window) {
	if l.win != nil {
		l.win.RequestFocus()
		return
	}
	l.win = w.app.NewWindow("")
	l.win.SetOnClosed(func() { *l = translateLink{} })
	l.build(w, "")
	l.win.Resize(fyne.NewSize(1100, 760))
	l.win.Show()
}

// build makes the view for the window's current draft, translating into
// into (or the review step's document language, or the first other one).
func (l *translateLink) build(w *window, into forms.Lang) {
	draft := w.draft
	if !into.Valid() || into == draft.Language {
		into = w.docLang
	}
	env := &editorEnv{
		draft: draft,
		changed: func(path string) {
			if w.draft != draft {
				return // the window has another draft now; sync rebuilds the view
			}
			l.self = true
			defer func() { l.self = false }()
			w.changed(path)
		},
		ui:    w.ui,
		win:   l.win,
		today: w.today,
	}
	l.view = newTranslateView(env, translateOptions{
		into:      into,
		fonts:     w.fonts,
		textFonts: &w.exportFonts,
		exportPDF: func(p *forms.Proposal, dir string, lang forms.Lang) (string, error) {
			r := w.runExport(p, dir, []forms.Lang{lang}, []export.Format{export.PDF}, w.today(), nil)[0]
			return r.path, r.err
		},
		openFile: w.openFile,
		folder:   w.setDialogFolder,
	})
	l.draft, l.lang = draft, w.ui.Lang()
	l.win.SetTitle(w.ui.T("translate.title", map[string]any{"Name": w.displayName()}))
	l.win.SetContent(l.view.Content())
}

// sync brings the translation window up to date with the main window: it
// is called whenever the window re-validated the draft. Another draft or
// another interface language rebuilds the view; an edit elsewhere re-reads
// the rows (source text, stale marks, counters), which costs little.
func (l *translateLink) sync(w *window) {
	if l.view == nil || l.self {
		return
	}
	if l.draft != w.draft || l.lang != w.ui.Lang() {
		l.build(w, l.view.Target())
		return
	}
	l.view.Reload()
}
