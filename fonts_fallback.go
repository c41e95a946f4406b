//go:build !nogui

package main

import (
	"os"
	"path/filepath"

	"fgdraft/assets"
	"fgdraft/internal/atomicfile"
)

// offerFallbackFonts lets Fyne find the bundled Chinese and Arabic fonts when
// text of those scripts appears in an interface of another language (a
// Chinese draft under an English interface, a Chinese source in the Arabic
// translation view). The theme gives one font per text style, chosen by the
// interface language; for other scripts Fyne falls back to the system's
// fonts, and a machine may have none for them. Fyne looks for fonts in the
// XDG data folders, so the bundled faces are copied once into the user's
// cache and that folder is put first among them, before any window opens.
// Failing that, Fyne keeps its own fallback: nothing worse than before.
func offerFallbackFonts() {
	cache, err := os.UserCacheDir()
	if err != nil {
		return
	}
	share := filepath.Join(cache, "fgdraft", "share")
	dir := filepath.Join(share, "fonts")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return
	}
	for _, f := range assets.Fonts() {
		if f.Bold || f.Name == "NotoSans-Regular" {
			continue // the regular faces of the scripts Fyne's own font lacks suffice
		}
		path := filepath.Join(dir, f.Name+".ttf")
		if fi, err := os.Stat(path); err == nil && fi.Size() == int64(len(f.Data)) {
			continue
		}
		if err := atomicfile.Write(path, f.Data, 0o644); err != nil {
			return
		}
	}
	dirs := os.Getenv("XDG_DATA_DIRS")
	if dirs == "" {
		dirs = "/usr/local/share:/usr/share" // the XDG default, kept
	}
	os.Setenv("XDG_DATA_DIRS", share+string(os.PathListSeparator)+dirs)
}
