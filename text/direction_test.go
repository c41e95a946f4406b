package text

import (
	"slices"
	"strings"
	"testing"
)

// With Auto, an Arabic paragraph in a left-to-right document is set right to
// left and aligned right, its closing full stop at the left end; a Russian or
// Chinese paragraph in a right-to-left document is aligned left with its
// closing punctuation at the right end. Each paragraph of one text decides
// for itself.
func TestAutoDirectionAndAlignment(t *testing.T) {
	f := loadFaces(t)
	const width = 400
	ar := "تقترح شركة Huaxin إنشاء الفريق في 2027."
	lines, _ := Layout(ar, width, Style{Chain: f.chain("en"), Size: 10, Auto: true, Justify: true})
	if len(lines) != 1 {
		t.Fatalf("%d lines", len(lines))
	}
	l := lines[0]
	if right := l.Runs[len(l.Runs)-1].X + l.Runs[len(l.Runs)-1].Width; right < width-0.01 || l.Runs[0].X < 1 {
		t.Errorf("Arabic paragraph not right-aligned: runs from %.1f to %.1f", l.Runs[0].X, right)
	}
	if first := []rune(l.Visual())[0]; first != '.' {
		t.Errorf("Arabic paragraph: visual line %q does not start with its full stop", l.Visual())
	}
	// The same text without Auto in an English document stays left to right.
	lines, _ = Layout(ar, width, Style{Chain: f.chain("en"), Size: 10})
	if lines[0].Runs[0].X > 0.01 || strings.HasPrefix(lines[0].Visual(), ".") {
		t.Errorf("without Auto: %q at %.1f", lines[0].Visual(), lines[0].Runs[0].X)
	}

	for _, s := range []string{"Группа по переписке, 2027 г.!", "该焦点组于2027年成立。"} {
		lines, _ := Layout(s, width, Style{Chain: f.chain("ar"), Size: 10, RTL: true, Auto: true})
		l := lines[0]
		if l.Runs[0].X > 0.01 {
			t.Errorf("%q in an Arabic document starts at %.1f, want the left edge", s, l.Runs[0].X)
		}
		vis := []rune(l.Visual())
		if last := vis[len(vis)-1]; last != '!' && last != '。' {
			t.Errorf("%q: visual line %q does not end with its punctuation", s, l.Visual())
		}
	}

	// Two paragraphs of one text, each with its own direction.
	lines, _ = Layout("English first.\nثم العربية.", width, Style{Chain: f.chain("en"), Size: 10, Auto: true})
	if len(lines) != 2 || lines[0].Runs[0].X > 0.01 || lines[1].Runs[0].X < 1 {
		t.Errorf("mixed paragraphs: %d lines, starts %.1f and %.1f", len(lines), lines[0].Runs[0].X, lines[1].Runs[0].X)
	}
}

// Runs come back in reading order: an Arabic sentence with a Latin name
// reads Arabic, then the name, then Arabic, though drawn right to left.
func TestRunsInReadingOrder(t *testing.T) {
	f := loadFaces(t)
	lines, _ := Layout("تقترح شركة Huaxin إنشاء الفريق.", 0, Style{Chain: f.chain("en"), Size: 10, Auto: true})
	var got []string
	for _, r := range lines[0].InReadingOrder() {
		got = append(got, strings.TrimSpace(r.Text))
	}
	if len(got) != 3 || got[1] != "Huaxin" || !strings.ContainsRune(got[0], 'ﺗ') || !strings.HasPrefix(got[2], ".") {
		t.Errorf("reading order %q", got)
	}
}

// Digits and full stops take the face of the run they belong to: the "." of
// an e-mail address inside an Arabic sentence is drawn with the Latin letters
// around it; the full stop closing an Arabic sentence that ends in a Latin
// name is drawn with the Arabic words, not with the name.
func TestNeutralsTakeTheFaceOfTheirRun(t *testing.T) {
	f := loadFaces(t)
	for _, lang := range []string{"en", "ar", "zh"} {
		s := "راسلوا li.mingyuan@huaxin-comm.example أو شركة Huaxin."
		lines, _ := Layout(s, 0, Style{Chain: f.chain(lang), Size: 10, Auto: true, RTL: lang == "ar"})
		var latin *Face
		for _, r := range lines[0].Runs {
			if strings.Contains(r.Text, "@") {
				latin = r.Face
			}
		}
		for _, r := range lines[0].Runs {
			switch {
			case strings.ContainsAny(r.Text, "ml") && r.Face != latin:
				t.Errorf("%s: Latin %q drawn in %s, the address in %s", lang, r.Text, r.Face.Name(), latin.Name())
			case strings.HasPrefix(r.Text, ".") && r.Face != f.naskh:
				t.Errorf("%s: closing full stop %q drawn in %s, want the Arabic face", lang, r.Text, r.Face.Name())
			}
		}
	}
}

// An isolate keeps its text's direction inside a paragraph of the other
// one: an Arabic sentence after a Latin label in a left-to-right paragraph
// reads right to left with its full stop at its left end, right after the
// label; a Latin label isolated in a right-to-left paragraph stays whole at
// its right. Without the isolate the full stop goes with the paragraph, and
// the isolates themselves are never drawn nor part of the line's text.
func TestIsolatesKeepTheirDirection(t *testing.T) {
	t.Parallel()
	f := loadFaces(t)
	const label, arabic = "GSMA Taskforce", "تقترح فرقة العمل الانتقال."
	for _, c := range []struct {
		name, s   string
		rtl       bool
		wantStart string // the visual line's start, left to right
	}{
		{"isolated", label + ": \u2068" + arabic + "\u2069", false, label + ": ."},
		{"both isolated, right-to-left paragraph", "\u2068" + label + "\u2069: \u2068" + arabic + "\u2069", true, "."},
		{"first-strong isolate of Latin text", "\u2068" + label + "\u2069", true, label},
	} {
		lines, _ := Layout(c.s, 0, Style{Chain: f.chain("en"), Size: 10, RTL: c.rtl})
		if len(lines) != 1 {
			t.Fatalf("%s: %d lines", c.name, len(lines))
		}
		l := lines[0]
		if v := l.Visual(); !strings.HasPrefix(v, c.wantStart) || strings.ContainsAny(v, "\u2068\u2069") {
			t.Errorf("%s: visual line %q, want it to start with %q and no isolate drawn", c.name, v, c.wantStart)
		}
		if strings.ContainsAny(l.Logical, "\u2068\u2069") {
			t.Errorf("%s: the line's text %q holds the isolates", c.name, l.Logical)
		}
	}
	// in the right-to-left paragraph, the label is at the right end, whole
	lines, _ := Layout("\u2068"+label+"\u2069: \u2068"+arabic+"\u2069", 0, Style{Chain: f.chain("en"), Size: 10, RTL: true})
	if v := lines[0].Visual(); !strings.HasSuffix(v, ":"+label) && !strings.HasSuffix(v, ": "+label) && !strings.HasSuffix(v, " :"+label) {
		t.Errorf("right-to-left paragraph: visual line %q, want the label whole at its right end after the colon", v)
	}
	// without the isolate, the full stop of the left-to-right paragraph is at
	// the right end
	lines, _ = Layout(label+": "+arabic, 0, Style{Chain: f.chain("en"), Size: 10})
	if v := lines[0].Visual(); !strings.HasSuffix(v, ".") {
		t.Errorf("without the isolate: visual line %q, want the full stop at the right end", v)
	}
}

// Levels of an isolate and around it (UAX #9 X5a–X6a): the initiator and
// its PDI take the outer level, the content its own; an unmatched PDI is
// ignored.
func TestIsolateLevels(t *testing.T) {
	t.Parallel()
	levels := func(s string, para uint8) []uint8 {
		rs := []rune(s)
		orig := make([]bclass, len(rs))
		for i, r := range rs {
			orig[i] = classOf(r)
		}
		return resolveIsolating(rs, orig, para)
	}
	for _, c := range []struct {
		s    string
		para uint8
		want []uint8
	}{
		{"ab\u2068جد.\u2069", 0, []uint8{0, 0, 0, 1, 1, 1, 0}},
		{"ab جد.", 0, []uint8{0, 0, 0, 1, 1, 0}},
		{"جد\u2066ab.\u2069", 1, []uint8{1, 1, 1, 2, 2, 2, 1}},
		{"a\u2067b\u2069", 0, []uint8{0, 0, 2, 0}}, // RLI: the next odd level, 1; L inside it is 2
		{"a\u2068b", 0, []uint8{0, 0, 2}},          // unmatched FSI: to the paragraph's end
		{"a\u2069b", 0, []uint8{0, 0, 0}},          // unmatched PDI
		{"x\u2068y\u2068جد\u2069\u2069", 0, []uint8{0, 0, 2, 2, 3, 3, 2, 0}},
	} {
		got := levels(c.s, c.para)
		if !slices.Equal(got, c.want) {
			t.Errorf("%q in a paragraph of level %d: levels %v, want %v", c.s, c.para, got, c.want)
		}
	}
}

func TestMainDirection(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		s    string
		want Direction
	}{
		{"SA1 وSA2 وRAN: تحديد هوية الطائرات", RightToLeft},
		{"تقترح Huaxin Communications Limited", LeftToRight},
		{"ab جد", LeftToRight}, // a tie: the first strong character
		{"12 (3)", Neutral},
	} {
		if got := MainDirection(c.s); got != c.want {
			t.Errorf("MainDirection(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
