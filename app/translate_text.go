package app

import (
	"fgdraft/forms"

	"fyne.io/fyne/v2"
)

// Fonts in the translation view.
//
// The application theme carries the face of the interface language's script
// only (see uiTheme): in Fyne 2.7.1 a theme gives one font per text style,
// and a glyph it lacks is looked up in Fyne's own Latin/Cyrillic face and
// then in the system's fonts. The translation view shows three languages at
// once (interface, source, target), and a machine with no CJK or Arabic
// system font would show a Chinese source under an English interface as
// boxes. So:
//
//   - source text is drawn by a wrapText of the source language
//     (newLangText), which sets its canvas.Text lines in the bundled face of
//     that language (canvas.Text.FontSource: Fyne measures and draws such
//     text with that face, whatever the theme), broken into lines by the
//     export text layer (UAX #14, CJK rules, Arabic in visual order);
//   - the rows are one theme scope (container.ThemeOverride, one for the
//     whole list so that each face is parsed once) in which regular text,
//     that is the translation entries, uses the target language's face and
//     bold text (labels, buttons) the interface language's face. Every other
//     text in a row is bold or such a wrapText.

// scriptFont is the bundled face for a language's script.
func scriptFont(fs *fontSet, lang forms.Lang, bold bool) fyne.Resource {
	switch lang {
	case forms.Chinese:
		if bold {
			return fs.sansSCBold
		}
		return fs.sansSC
	case forms.Arabic:
		if bold {
			return fs.naskhBold
		}
		return fs.naskh
	}
	if bold {
		return fs.sansBold
	}
	return fs.sans
}

// translateTheme is the theme of the translation rows: the application's
// theme with regular text in the target's script and bold text in the
// interface's.
type translateTheme struct {
	fyne.Theme
	fonts    *fontSet
	ui, into forms.Lang
}

func (t *translateTheme) Font(s fyne.TextStyle) fyne.Resource {
	if s.Monospace || s.Symbol {
		return t.Theme.Font(s)
	}
	if s.Bold {
		return scriptFont(t.fonts, t.ui, true)
	}
	return scriptFont(t.fonts, t.into, false)
}
