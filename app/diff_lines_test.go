package app

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

func words(ss ...string) []diffWord {
	var out []diffWord
	for _, s := range ss {
		out = append(out, diffWord{s: s})
	}
	return out
}

func wordStrings(ws []diffWord) []string {
	var out []string
	for _, w := range ws {
		out = append(out, w.s)
	}
	return out
}

// A line's words are ordered as a reader sees them: in a right-to-left
// paragraph from the right, a run of Latin words and numbers (with the
// spaces and punctuation between them) in its own order; in a
// left-to-right paragraph the other way round.
func TestVisualWords(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		line []diffWord
		rtl  bool
		want []string
	}{
		{words("تقترح", " ", "لجنة", " ", "الدراسات"), true, []string{"الدراسات", " ", "لجنة", " ", "تقترح"}},
		{words("إلى", " ", "SG17", " ", "و", " ", "SG13", "."), true, []string{".", "SG13", " ", "و", " ", "SG17", " ", "إلى"}},
		{words("شبكات", " ", "Hanbit", " ", "Networks", " ", "Co.", " ", "الكورية"), true, []string{"الكورية", " ", "Hanbit", " ", "Networks", " ", "Co.", " ", "شبكات"}},
		{words("The", " ", "قطاع", " ", "تقييس", " ", "group"), false, []string{"The", " ", "تقييس", " ", "قطاع", " ", "group"}},
		{words("plain", " ", "English"), false, []string{"plain", " ", "English"}},
	} {
		if got := wordStrings(visualWords(c.line, c.rtl)); !slices.Equal(got, c.want) {
			t.Errorf("visualWords(%q, rtl %v) = %q, want %q", wordStrings(c.line), c.rtl, got, c.want)
		}
	}
}

// A long Arabic text proposed in a Word file reads from the top: its first
// words are on the first line, at the right, its last on the last line;
// an inserted word is bold in the success colour, a deleted one in the
// error colour (before, Fyne's rich text wrapped it from the left, so that
// its lines read bottom first).
func TestDiffLinesReadFromTheTop(t *testing.T) {
	test.NewApp()
	old := strings.Repeat("تدرس المجموعة المتخصصة الانتقال إلى التشفير المقاوم. ", 6) + "نهاية النص القديم"
	new := "بداية " + strings.Repeat("تدرس المجموعة المتخصصة الانتقال إلى التشفير المقاوم. ", 6) + "نهاية النص"
	d := newDiffLines(old, new, true, nil)
	w := test.NewWindow(d)
	defer w.Close()
	w.Resize(fyne.NewSize(300, 600))
	d.Resize(fyne.NewSize(300, d.MinSize().Height))
	test.WidgetRenderer(d).Layout(d.Size())
	if len(d.lines) < 3 {
		t.Fatalf("%d lines for a long text at 300 wide", len(d.lines))
	}
	// the words of the first and the last row, by position
	objs := test.WidgetRenderer(d).Objects()
	type placed struct {
		c   *canvas.Text
		pos fyne.Position
	}
	var all []placed
	for _, o := range objs {
		all = append(all, placed{o.(*canvas.Text), o.Position()})
	}
	top, bottom := all[0].pos.Y, all[len(all)-1].pos.Y
	var first, last placed
	for _, p := range all {
		if p.pos.Y == top && (first.c == nil || p.pos.X > first.pos.X) {
			first = p // rightmost of the top line
		}
		if p.pos.Y == bottom && strings.TrimSpace(p.c.Text) != "" && (last.c == nil || p.pos.X < last.pos.X) {
			last = p // leftmost of the last line
		}
	}
	if !strings.Contains(first.c.Text, "بداية") && !strings.Contains(logicalLetters(first.c.Text), "بداية") {
		t.Errorf("the top line's rightmost word is %q, want the text's first word", first.c.Text)
	}
	if first.c.Color != theme.Color(theme.ColorNameSuccess) || !first.c.TextStyle.Bold {
		t.Errorf("the inserted first word is drawn %v bold %v, want the success colour, bold", first.c.Color, first.c.TextStyle.Bold)
	}
	if !strings.Contains(logicalLetters(last.c.Text), "القديم") || last.c.Color != theme.Color(theme.ColorNameError) {
		t.Errorf("the last line's leftmost word is %q in %v, want the deleted last word in the error colour", last.c.Text, last.c.Color)
	}
	if bottom <= top {
		t.Errorf("the last line is not below the first")
	}
	if got := d.Text(); !strings.HasPrefix(got, "بداية ") || !strings.Contains(got, "القديم") {
		t.Errorf("Text() = %q", got)
	}
}
