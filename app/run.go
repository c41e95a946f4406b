package app

import (
	"os"
	"path/filepath"
	"time"

	"fgdraft/forms"
	"fgdraft/internal/buildinfo"
	"fgdraft/locales"

	"fyne.io/fyne/v2"
)

// Options configure the GUI.
type Options struct {
	// Draft is a draft file to open. When empty, the window opens the file of
	// the previous session, or the bundled example on the first run.
	Draft string
	// Example opens the bundled example draft instead.
	Example bool
	// StartStep is the step shown first ("" is the first step).
	StartStep forms.Step
	// Catalog is the parsed message catalogue; nil loads the embedded one.
	Catalog *locales.Catalog
	// Lang forces the interface language ("" uses the remembered choice, or
	// on the first run the system's language when it is one of the six).
	Lang forms.Lang
	// DataDir is where autosaves are kept; "" is the app's storage folder.
	DataDir string
	// Today gives the date deadlines are counted from; nil is forms.Today.
	Today func() forms.Date
	// Version is this build's version, shown in Help → About.
	Version buildinfo.Version
	// Licence is the text of fgdraft's licence, shown in Help → About.
	Licence string
	// AutosaveDelay is how long the draft must be left alone before it is
	// autosaved; zero is three seconds.
	AutosaveDelay time.Duration
	// Screen is the size of the screen in Fyne's units, at the scale the
	// window is drawn at (zero: unknown). The first window fits on it.
	Screen fyne.Size
	// MissingInputMethod is the input method the environment asks for
	// (XMODIFIERS) that is not running; the window says so once at start.
	MissingInputMethod string
}

// Run opens the main window of a and runs the application until it quits.
// main makes the fyne.App (fyne.io/fyne/v2/app.NewWithID); this package never
// imports the driver, so that it tests headless.
func Run(a fyne.App, opts Options) {
	w := newWindow(a, opts)
	stop := make(chan struct{})
	defer close(stop)
	follower := &focusFollower{canvas: w.win.Canvas(), scroll: w.formScroll}
	go follower.run(stop)
	w.win.SetOnClosed(func() {
		// Once the main window is closed, what the user had is saved or
		// discarded as they chose (fileFlow.closeRequested) and the
		// process should end. Fyne 2.7.1 can deadlock while it drains its
		// event queues at exit: a callback queued for the main thread just
		// as the loop stops is never run, and Run waits for it forever
		// (seen under Wine, one close in four: the window gone, the
		// process left). The process ends by itself after exitGrace.
		go func() {
			time.Sleep(exitGrace)
			os.Exit(0)
		}()
	})
	w.win.ShowAndRun()
}

// exitGrace is how long Fyne has to end the process once the main window
// is closed: its own shutdown takes a few milliseconds, and the
// preferences it writes in the background are on disk well before.
const exitGrace = 3 * time.Second

func (o *Options) fill(a fyne.App) {
	if o.Catalog == nil {
		o.Catalog = locales.MustLoad()
	}
	if o.Today == nil {
		o.Today = forms.Today
	}
	if o.AutosaveDelay <= 0 {
		o.AutosaveDelay = 3 * time.Second
	}
	if o.DataDir == "" {
		if root := a.Storage().RootURI(); root != nil && root.Scheme() == "file" {
			o.DataDir = root.Path()
		} else {
			dir, err := os.UserConfigDir()
			if err != nil {
				dir = os.TempDir()
			}
			o.DataDir = filepath.Join(dir, "fgdraft")
		}
	}
}
