package app

// warnMissingInputMethod says, once at start, that the input method the
// environment asks for is not running: without it a Chinese delegate can
// only type Latin letters, and would not know why. fgdraft picks the input
// method up when it starts (docs/ime.md), so the message says no restart
// is needed.
func (w *window) warnMissingInputMethod() {
	name := w.opts.MissingInputMethod
	if name == "" {
		return
	}
	w.showError(w.ui.T("ui.ime.missing.title"), w.ui.T("ui.ime.missing.message", map[string]any{"Name": name}))
}
