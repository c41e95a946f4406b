package text

import (
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
