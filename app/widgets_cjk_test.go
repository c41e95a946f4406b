package app

import (
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"fgdraft/forms"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
)

// cjkClosing are characters that never start a line of Chinese text, in the
// document's line breaking (text/layout.go) and so in the entry.
const cjkClosing = "，。、；：？！）」』】》"

// lineStarts is the first text of each drawn line under o: the leftmost
// text object at each height.
func lineStarts(o fyne.CanvasObject) []string {
	type piece struct {
		x, y float32
		s    string
	}
	var pieces []piece
	d := fyne.CurrentApp().Driver()
	walkTree(o, func(o fyne.CanvasObject) bool {
		if !o.Visible() {
			return false
		}
		if t, ok := o.(*canvas.Text); ok && strings.TrimSpace(t.Text) != "" {
			p := d.AbsolutePositionForObject(t)
			pieces = append(pieces, piece{p.X, p.Y, t.Text})
		}
		return true
	})
	sort.Slice(pieces, func(i, j int) bool {
		if pieces[i].y != pieces[j].y {
			return pieces[i].y < pieces[j].y
		}
		return pieces[i].x < pieces[j].x
	})
	var out []string
	for i, p := range pieces {
		if i == 0 || p.y != pieces[i-1].y {
			out = append(out, p.s)
		}
	}
	return out
}

// Issue 21, item 7: in a Chinese interface or draft, the wizard's text
// fields break lines as the document does: no line starts with "、", "，",
// "。" or another closing mark.
func TestChineseFieldsKeepClosingPunctuationOnTheLine(t *testing.T) {
	const sentence = "低空飞行、无人机、通信网络、定位服务、气象数据、空域管理、安全保障、应急救援、物流配送、城市交通，都依赖可靠的连接。"
	for _, c := range []struct {
		name      string
		ui, draft forms.Lang
	}{
		{"Chinese interface", forms.Chinese, forms.English},
		{"Chinese draft", forms.English, forms.Chinese},
	} {
		t.Run(c.name, func(t *testing.T) {
			h := newStepHarnessDraft(t, forms.StepTerms, c.ui, c.draft)
			scope := h.f.fields[forms.FGScope.Path()].focus.(fyne.Widget)
			h.win.Canvas().Focus(scope.(fyne.Focusable))
			set, ok := scope.(interface{ SetText(string) })
			if !ok {
				t.Fatalf("scope: %T has no SetText", scope)
			}
			// Several widths: each puts the breaks elsewhere in the sentence.
			for w := float32(380); w <= 620; w += 16 {
				h.win.Resize(fyne.NewSize(w, 700))
				set.SetText(strings.Repeat(sentence, 3))
				starts := lineStarts(scope)
				if len(starts) < 3 {
					t.Fatalf("width %v: %d lines, want the text wrapped", w, len(starts))
				}
				for i, s := range starts {
					if r, _ := utf8.DecodeRuneInString(s); strings.ContainsRune(cjkClosing, r) {
						t.Fatalf("width %v: line %d starts with %q: %q", w, i+1, r, s)
					}
				}
			}
		})
	}
}
