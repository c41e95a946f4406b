package app

import (
	"os"
	"os/exec"
	"strings"
	"testing"

	"fgdraft/export"
	"fgdraft/forms"
	"fgdraft/internal/buildinfo"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// aboutMenuItem finds Help → About in the window's menu bar.
func aboutMenuItem(t *testing.T, w *window) func() {
	t.Helper()
	// The Help menu is last, or first in a mirrored (right-to-left) menu bar.
	for _, m := range w.win.MainMenu().Items {
		if m.Label != w.ui.T("wizard.menu.help") {
			continue
		}
		for _, it := range m.Items {
			// A right-to-left menu pads its labels with spaces between
			// left-to-right marks (menu_rtl.go).
			if strings.Trim(it.Label, " \u200e") == w.visual(w.ui.T("about.menu.about")) {
				return it.Action
			}
		}
		t.Fatal("the Help menu has no About item")
	}
	t.Fatal("no Help menu")
	return nil
}

func TestAboutShowsVersionAndLicences(t *testing.T) {
	a := test.NewTempApp(t)
	ver := buildinfo.Version{Number: "9.8.7", Build: 42, Commit: "abc1234"}
	w := newTestWindow(t, a, Options{Draft: copyFile(t, exampleFile), Version: ver, Licence: "MIT License\n\nCopyright (c) the fgdraft authors"})
	aboutMenuItem(t, w)()
	d := overlay(w)
	if d == nil {
		t.Fatal("Help → About opened nothing")
	}
	for _, want := range []string{"Version 9.8.7, build 42", "abc1234", "MIT Licence", "SIL Open Font License 1.1"} {
		if !containsText(d, want) {
			t.Errorf("About box lacks %q:\n%s", want, strings.Join(texts(d), "\n"))
		}
	}
	// The licence texts themselves are there, fgdraft's and the fonts'.
	for _, want := range []string{"Copyright (c) the fgdraft authors", "Noto Project Authors", "SIL Open Font License"} {
		found := false
		walkTree(d, func(o fyne.CanvasObject) bool {
			if l, ok := o.(*widget.Label); ok && strings.Contains(l.Text, want) {
				found = true
			}
			return !found
		})
		if !found {
			t.Errorf("no licence text containing %q", want)
		}
	}
	findButton(d, "Copy version").OnTapped()
	if got := a.Clipboard().Content(); got != "fgdraft 9.8.7 (build 42, commit abc1234)" {
		t.Errorf("copied %q", got)
	}
	findButton(d, "Close").OnTapped()
	if overlay(w) != nil {
		t.Error("Close left the About box open")
	}
}

func TestAboutInEveryLanguage(t *testing.T) {
	a := test.NewTempApp(t)
	w := newTestWindow(t, a, Options{Draft: copyFile(t, exampleFile), Version: buildinfo.Version{Number: "0.1.0", Build: 1}})
	for _, l := range forms.Languages() {
		w.setLanguage(l, true)
		aboutMenuItem(t, w)()
		d := overlay(w)
		ui := catalog().In(l)
		// No commit known: the box says so rather than showing an empty one.
		for _, want := range []string{ui.T("about.title"), ui.T("about.commitUnknown"), ui.T("ui.dialog.close")} {
			if !containsText(d, w.visual(want)) && !containsText(d, want) {
				t.Errorf("%s: About box lacks %q", l, want)
			}
		}
		findButton(d, ui.T("ui.dialog.close")).OnTapped()
	}
}

// A PDF exported from the window names the version the GUI was started with.
func TestExportCarriesVersion(t *testing.T) {
	if _, err := exec.LookPath("pdfinfo"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("pdfinfo is not installed (CI is set; make test installs poppler-utils)")
		}
		t.Skip("pdfinfo not installed (make test installs poppler-utils)")
	}
	a := test.NewTempApp(t)
	ver := buildinfo.Version{Number: "9.8.7", Build: 42, Commit: "abc1234"}
	w := newTestWindow(t, a, Options{Draft: copyFile(t, exampleFile), Version: ver})
	res := w.exports.runExport(w.sess.Draft().Clone(), t.TempDir(), []forms.Lang{forms.English}, []export.Format{export.PDF}, fixedToday, nil)
	if len(res) != 1 || res[0].err != nil {
		t.Fatalf("export: %+v", res)
	}
	info, err := exec.Command("pdfinfo", res[0].path).Output()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(info), "fgdraft 9.8.7 (build 42, commit abc1234)") {
		t.Errorf("version not in the document information:\n%s", info)
	}
}
