//go:build translateshot

package app

import (
	"os"
	"testing"

	"fgdraft/forms"

	fyneapp "fyne.io/fyne/v2/app"
)

// TestTranslateShot opens the translation window in a real window, for
// screenshots (docs/screenshots/translate-*.png); it is built only with
// -tags translateshot and needs a display:
//
//	go test -c -tags translateshot -o /tmp/translate-shot.test ./app
//	FGDRAFT_SHOT_DRAFT=examples/fg-example-zh.json FGDRAFT_SHOT_INTO=ar \
//	  /work/shared/tools/screenshot docs/screenshots/translate-zh-ar.png -- /tmp/translate-shot.test -test.run TranslateShot
func TestTranslateShot(t *testing.T) {
	draft := os.Getenv("FGDRAFT_SHOT_DRAFT")
	if draft == "" {
		t.Skip("FGDRAFT_SHOT_DRAFT is not set")
	}
	a := fyneapp.NewWithID("org.itu.fgdraft.shot")
	w := newWindow(a, Options{Draft: draft, Lang: forms.Lang(os.Getenv("FGDRAFT_SHOT_UI")), DataDir: t.TempDir()})
	w.docLang = forms.Lang(os.Getenv("FGDRAFT_SHOT_INTO"))
	var l translateLink
	l.show(w)
	if fill := os.Getenv("FGDRAFT_SHOT_FILL"); fill != "" {
		// Translate a few fields and make one stale, to show every state.
		p := w.draft
		for i, f := range p.TextFields() {
			if i%3 == 0 && f.Get() != "" && i < 20 {
				p.SetTranslation(f, l.view.Target(), fill+" "+f.Path)
			}
		}
		for _, f := range p.TextFields() {
			if f.Path == "contribution.title" {
				f.Set(f.Get() + " (rev.)")
			}
		}
		l.view.Reload()
	}
	l.win.SetOnClosed(a.Quit)
	a.Run()
}
