package app

import (
	"strings"

	"fgdraft/locales"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// ltrSpanMark begins the stand-in of a left-to-right span: letters only,
// so that the text layer sees one strong left-to-right word.
const ltrSpanMark = "Qxltrspan"

// uiTextSpans is uiText for interface text holding spans that read left to
// right whatever surrounds them: a folder's path, file names. In a
// right-to-left interface each span is a left-to-right isolate of the
// sentence: its slashes, dots and digits stay inside it, in its order, and
// the sentence's full stop outside it. (The text layer drops the bidi
// controls that would isolate them, so the spans stand aside as words of
// Latin letters while the sentence is ordered.)
func uiTextSpans(ui *locales.Localizer, s string, spans ...string) string {
	if !ui.Lang().RTL() {
		return uiText(ui, s)
	}
	var stand []string
	for i, span := range spans {
		if span == "" || !strings.Contains(s, span) {
			continue
		}
		token := ltrSpanMark + string(rune('a'+i%26)) + strings.Repeat("z", i/26) + "q"
		s = strings.ReplaceAll(s, span, token)
		stand = append(stand, token, span)
	}
	out := uiText(ui, s)
	return strings.NewReplacer(stand...).Replace(out)
}

// messageLabelSpans is messageLabel for text with left-to-right spans.
func messageLabelSpans(ui *locales.Localizer, s string, spans ...string) *widget.Label {
	l := messageLabel(ui, s)
	l.SetText(uiTextSpans(ui, s, spans...))
	if ui.Lang().RTL() {
		l.Alignment = fyne.TextAlignTrailing
	}
	return l
}
