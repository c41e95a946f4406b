package text

import (
	"errors"
	"strings"
	"sync"
	"testing"

	"fgdraft/assets"
)

type testFaces struct {
	sans, sansBold, naskh, sc *Face
}

var (
	facesOnce sync.Once
	faces     testFaces
	facesErr  error
)

func loadFaces(t testing.TB) testFaces {
	t.Helper()
	facesOnce.Do(func() {
		p := func(name string, bold bool, data []byte) *Face {
			f, err := ParseFace(name, bold, data)
			if err != nil {
				facesErr = errors.Join(facesErr, err)
			}
			return f
		}
		faces = testFaces{
			sans:     p("NotoSans-Regular", false, assets.NotoSansRegular),
			sansBold: p("NotoSans-Bold", true, assets.NotoSansBold),
			naskh:    p("NotoNaskhArabic-Regular", false, assets.NotoNaskhArabicRegular),
			sc:       p("NotoSansSC-Regular", false, assets.NotoSansSCRegular),
		}
	})
	if facesErr != nil {
		t.Fatal(facesErr)
	}
	return faces
}

func (f testFaces) chain(lang string) Chain {
	switch lang {
	case "ar":
		return Chain{f.naskh, f.sans, f.sc}
	case "zh":
		return Chain{f.sc, f.sans, f.naskh}
	}
	return Chain{f.sans, f.naskh, f.sc}
}

func TestFaceBasics(t *testing.T) {
	f := loadFaces(t)
	if !f.sans.Has('A') || !f.sans.Has('Ж') || f.sans.Has('中') {
		t.Error("NotoSans coverage unexpected")
	}
	if !f.sc.Has('中') || !f.naskh.Has(0xFEFB) || !f.naskh.Has('A') {
		t.Error("SC/Naskh coverage unexpected")
	}
	if f.naskh.EmptyGlyph() == 0 {
		t.Error("Naskh has no empty glyph for the lam of lam-alef")
	}
	if w := f.sans.Width("M", 10); w < 5 || w > 12 {
		t.Errorf("width of M at 10pt = %v", w)
	}
}

func TestShapeForms(t *testing.T) {
	cases := []struct {
		in, want string
		why      string
	}{
		{"ب", "ب", "isolated beh stays"},
		{"بب", "\uFE91\uFE90", "initial + final"},
		{"ببب", "\uFE91\uFE92\uFE90", "initial medial final"},
		{"با", "\uFE91\uFE8E", "alef joins the beh before it"},
		{"اب", "اب", "alef does not join the letter after it"},
		{"دب", "دب", "dal is non-joining to the left"},
		{"بدب", "\uFE91\uFEAA\u0628", "dal final, then isolated beh"},
		{"لا", "\uFEFB", "lam-alef isolated"},
		{"سلام", "\uFEB3\uFEFC\u0645", "lam-alef final after seen, meem isolated"},
		{"لأ", "\uFEF7", "lam-alef with hamza above"},
		{"بَب", "\uFE91\u064E\uFE90", "fatha is transparent"},
		{"بِّب", "\uFE91\u0650\u0651\uFE90", "two marks are transparent"},
		{"ب\u200Cب", "ب\u200Cب", "ZWNJ breaks joining"},
		{"ب\u200D", "\uFE91\u200D", "ZWJ causes joining"},
		{"بـب", "\uFE91ـ\uFE90", "tatweel joins both sides"},
		{"ة", "ة", "teh marbuta isolated"},
		{"بة", "\uFE91\uFE94", "teh marbuta final"},
		{"مدرسة", "\uFEE3\uFEAA\u0631\uFEB3\uFE94", "madrasa: reh after dal is isolated"},
		{"ABC", "ABC", "Latin untouched"},
	}
	for _, c := range cases {
		if got := ShapeArabic(c.in); got != c.want {
			t.Errorf("%s: ShapeArabic(%q) = %+q, want %+q", c.why, c.in, got, c.want)
		}
	}
}

// visual lays s out on one line and returns it in visual order with
// presentation forms, as the GUI would use it.
func visual(t *testing.T, s string, rtl bool) string {
	t.Helper()
	f := loadFaces(t)
	lines, miss := Layout(s, 0, Style{Chain: f.chain("ar"), Size: 10, RTL: rtl})
	if len(miss) > 0 {
		t.Fatalf("missing %v", miss)
	}
	var parts []string
	for _, l := range lines {
		parts = append(parts, l.Visual())
	}
	return strings.Join(parts, "\n")
}

func rev(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
}

func TestBidiMixed(t *testing.T) {
	// "meeting SG17 in 2027": Latin and numbers keep their order, the Arabic
	// words read from the right.
	in := "اجتماع SG17 في 2027"
	got := visual(t, in, true)
	want := "2027 " + rev(ShapeArabic("في")) + " SG17 " + rev(ShapeArabic("اجتماع"))
	if got != want {
		t.Errorf("visual(%q)\n got %+q\nwant %+q", in, got, want)
	}
}

func TestBidiBrackets(t *testing.T) {
	in := "الاتحاد (ITU-T) الدولي"
	got := visual(t, in, true)
	want := rev(ShapeArabic("الدولي")) + " (ITU-T) " + rev(ShapeArabic("الاتحاد"))
	if got != want {
		t.Errorf("visual(%q)\n got %+q\nwant %+q", in, got, want)
	}
	// brackets around Arabic are mirrored
	in = "نص (ب) نص"
	got = visual(t, in, true)
	want = rev(ShapeArabic("نص")) + " (ب) " + rev(ShapeArabic("نص"))
	if got != want {
		t.Errorf("visual(%q)\n got %+q\nwant %+q", in, got, want)
	}
	// Arabic inside an English sentence
	in = "The word سلام means peace."
	got = visual(t, in, false)
	want = "The word " + rev(ShapeArabic("سلام")) + " means peace."
	if got != want {
		t.Errorf("visual(%q)\n got %+q\nwant %+q", in, got, want)
	}
	// Arabic-Indic digits and percentages: after Arabic letters a number is
	// an Arabic number (W2), so the percent sign goes to its left (UAX #9).
	in = "نسبة ٥٠٪ و 25%"
	got = visual(t, in, true)
	want = "%25 " + rev(ShapeArabic("و")) + " ٪٥٠ " + rev(ShapeArabic("نسبة"))
	if got != want {
		t.Errorf("visual(%q)\n got %+q\nwant %+q", in, got, want)
	}
}

func lineTexts(lines []Line) []string {
	var out []string
	for _, l := range lines {
		out = append(out, l.Logical)
	}
	return out
}

func TestBreakCJKPunctuation(t *testing.T) {
	f := loadFaces(t)
	para := strings.Repeat("焦点组的职责范围包括差距分析，并提交可交付成果。主管组（第17研究组）审议“结果”、建议；", 8)
	for w := 80.0; w < 300; w += 7 {
		lines, miss := Layout(para, w, Style{Chain: f.chain("zh"), Size: 10})
		if len(miss) > 0 {
			t.Fatal(miss)
		}
		var all strings.Builder
		for i, l := range lines {
			all.WriteString(l.Logical)
			rs := []rune(l.Logical)
			if i > 0 && noBreakBefore(rs[0]) {
				t.Errorf("width %v: line %d starts with %q", w, i, rs[0])
			}
			if noBreakAfter(rs[len(rs)-1]) && i < len(lines)-1 {
				t.Errorf("width %v: line %d ends with %q", w, i, rs[len(rs)-1])
			}
			if l.Width > w+0.01 {
				t.Errorf("width %v: line %d is %v wide", w, i, l.Width)
			}
		}
		if all.String() != para {
			t.Fatalf("width %v: characters lost at line breaks", w)
		}
	}
}

func TestBreakLongWord(t *testing.T) {
	f := loadFaces(t)
	word := strings.Repeat("abcdefghij", 10)
	lines, _ := Layout("see "+word+" end", 100, Style{Chain: f.chain("en"), Size: 10})
	var all string
	for _, l := range lines {
		if l.Width > 100.01 {
			t.Errorf("line %q is %v wide", l.Logical, l.Width)
		}
		all += l.Logical
	}
	if strings.ReplaceAll(all, " ", "") != strings.ReplaceAll("see"+word+"end", " ", "") {
		t.Errorf("lost text: %q", lineTexts(lines))
	}
	if len(lines) < 5 {
		t.Errorf("long word not broken: %q", lineTexts(lines))
	}
}

func TestJustify(t *testing.T) {
	f := loadFaces(t)
	para := "The focus group will study the gaps between existing standards and the needs of the industry, and report to its parent group at each of its meetings."
	lines, _ := Layout(para, 200, Style{Chain: f.chain("en"), Size: 10, Justify: true})
	if len(lines) < 3 {
		t.Fatalf("expected several lines, got %q", lineTexts(lines))
	}
	for i, l := range lines {
		r := l.Runs[len(l.Runs)-1]
		right := r.X + r.Width
		if i < len(lines)-1 {
			if right < 199.9 || right > 200.1 {
				t.Errorf("line %d ends at %v, want 200 (justified)", i, right)
			}
			if len(l.Runs) < 2 {
				t.Errorf("line %d not split at spaces", i)
			}
		} else if right > 199 {
			t.Errorf("last line stretched to %v", right)
		}
	}
	// right-to-left lines are right aligned when not justified
	lines, _ = Layout("نص قصير", 200, Style{Chain: f.chain("ar"), Size: 10, RTL: true})
	r := lines[0].Runs[len(lines[0].Runs)-1]
	if x := r.X + r.Width; x < 199.9 {
		t.Errorf("RTL line ends at %v, want 200", x)
	}
}

func TestFallback(t *testing.T) {
	f := loadFaces(t)
	// a Chinese name in Russian text
	lines, miss := Layout("Предложение поддержал 王小明 из Китая", 0, Style{Chain: f.chain("ru"), Size: 10})
	if len(miss) > 0 {
		t.Fatal(miss)
	}
	faceOf := map[string]string{}
	for _, r := range lines[0].Runs {
		faceOf[strings.TrimSpace(r.Text)] += r.Face.Name()
	}
	if faceOf["王小明"] != "NotoSansSC-Regular" {
		t.Errorf("Chinese name runs: %v", faceOf)
	}
	// a Latin acronym in Arabic: the Arabic font has ASCII
	lines, miss = Layout("مقترح ITU-T بشأن", 0, Style{Chain: f.chain("ar"), Size: 10, RTL: true})
	if len(miss) > 0 {
		t.Fatal(miss)
	}
	for _, r := range lines[0].Runs {
		if r.Face != f.naskh {
			t.Errorf("run %q in %s, want Naskh", r.Text, r.Face.Name())
		}
	}
	// uncovered characters are reported with their positions, never drawn
	s := "ok \U0001F600 and \U00010400 and \u0BB5"
	lines, miss = Layout(s, 0, Style{Chain: f.chain("en"), Size: 10})
	if len(miss) != 3 || miss[0].Rune != 0x1F600 || miss[0].Offset != 3 || miss[1].Rune != 0x10400 || miss[2].Rune != 0x0BB5 {
		t.Errorf("missing = %v", miss)
	}
	for _, r := range lines[0].Runs {
		if strings.ContainsAny(r.Text, "\U0001F600\U00010400\u0BB5") {
			t.Errorf("uncovered char drawn in run %q", r.Text)
		}
	}
	// controls and invisible characters are not reported
	_, miss = Layout("a\u200Eb\u202Bc\u202C\u2067d\u2069e\u200Df\uFE0Fg\x01h\u00ADi", 0, Style{Chain: f.chain("en"), Size: 10})
	if len(miss) > 0 {
		t.Errorf("controls reported missing: %v", miss)
	}
	var e error = &UncoveredError{Where: "scope", Missing: miss}
	_ = e.Error()
}

func TestVisualNoFonts(t *testing.T) {
	got := Visual("اجتماع SG17\nفي 2027", true)
	want := "SG17 " + rev(ShapeArabic("اجتماع")) + "\n2027 " + rev(ShapeArabic("في"))
	if got != want {
		t.Errorf("Visual = %+q, want %+q", got, want)
	}
}

func TestParagraphDirection(t *testing.T) {
	for _, c := range []struct {
		s    string
		want Direction
	}{
		{"", Neutral},
		{"2027-01-01 (12)", Neutral},
		{"Hello مرحبا", LeftToRight},
		{"مرحبا Hello", RightToLeft},
		{"2027: اجتماع SG17", RightToLeft},
		{"« ITU-T » اجتماع", LeftToRight},
		{"שלום", RightToLeft},
		{"焦点组", LeftToRight},
		// P2: the text of an isolate is skipped, up to its PDI
		{"\u2067ITU\u2069 اجتماع", RightToLeft},
		{"\u2066مرحبا\u2069 ITU", LeftToRight},
		// an isolate left open hides the rest of the paragraph
		{"\u2068مرحبا ITU", Neutral},
		// embeddings are not isolates: their text counts
		{"\u202Bمرحبا\u202C ITU", RightToLeft},
	} {
		if got := ParagraphDirection(c.s); got != c.want {
			t.Errorf("ParagraphDirection(%q) = %d, want %d", c.s, got, c.want)
		}
	}
}

func TestRuneDirection(t *testing.T) {
	for r, want := range map[rune]Direction{'a': LeftToRight, 'Ж': LeftToRight, '中': LeftToRight, 'ب': RightToLeft, 'א': RightToLeft,
		'1': Neutral, '٣': Neutral, ' ': Neutral, '(': Neutral, '\u200F': RightToLeft, '\u200E': LeftToRight} {
		if got := RuneDirection(r); got != want {
			t.Errorf("RuneDirection(%q) = %d, want %d", r, got, want)
		}
	}
}
