package pdf

import (
	"fmt"
	"html"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"fgdraft/export"
	"fgdraft/export/exporttest"

	"fgdraft/forms"
)

// checkPacking checks what packLabels promises: every placed label lies
// inside [lo, hi], covers its anchor, is no wider than its box, keeps gap
// away from the other labels of its row, and is only cut or left out when
// maxRows rows are in use.
func checkPacking(t *testing.T, boxes []labelBox, slots []labelSlot, lo, hi, gap float64, maxRows int, minW float64) {
	t.Helper()
	if len(slots) != len(boxes) {
		t.Fatalf("%d slots for %d boxes", len(slots), len(boxes))
	}
	const eps = 1e-9
	rows := 0
	for i, s := range slots {
		rows = max(rows, s.Row+1)
		if s.Row < 0 {
			continue
		}
		b := boxes[i]
		a := min(max(b.Anchor, lo), hi)
		switch {
		case s.Row >= maxRows:
			t.Errorf("box %d on row %d of %d", i, s.Row, maxRows)
		case s.X < lo-eps || s.X+s.W > hi+eps:
			t.Errorf("box %d at [%g, %g], outside [%g, %g]", i, s.X, s.X+s.W, lo, hi)
		case a < s.X-eps || a > s.X+s.W+eps:
			t.Errorf("box %d at [%g, %g] does not cover its anchor %g", i, s.X, s.X+s.W, a)
		case s.W > b.W+eps:
			t.Errorf("box %d widened from %g to %g", i, b.W, s.W)
		case s.W < min(b.W, hi-lo)-eps && s.W < minW-eps:
			t.Errorf("box %d cut to %g, below %g", i, s.W, minW)
		}
		for j := range i {
			o := slots[j]
			if o.Row == s.Row && s.X < o.X+o.W+gap-eps && o.X < s.X+s.W+gap-eps {
				t.Errorf("boxes %d [%g, %g] and %d [%g, %g] overlap on row %d", j, o.X, o.X+o.W, i, s.X, s.X+s.W, s.Row)
			}
		}
	}
	for i, s := range slots {
		cut := s.Row < 0 || s.W < min(boxes[i].W, hi-lo)-eps
		if cut && rows < maxRows {
			t.Errorf("box %d cut or left out with only %d rows in use", i, rows)
		}
	}
}

func TestPackLabels(t *testing.T) {
	const lo, hi, gap, minW = 100.0, 400.0, 8.0, 28.0
	pack := func(boxes ...labelBox) []labelSlot {
		t.Helper()
		s := packLabels(boxes, lo, hi, gap, 4, minW)
		checkPacking(t, boxes, s, lo, hi, gap, 4, minW)
		return s
	}
	centred := func(a, w float64) labelBox { return labelBox{W: w, Anchor: a, Want: a - w/2} }

	t.Run("apart", func(t *testing.T) {
		s := pack(centred(150, 60), centred(250, 60), centred(350, 60))
		for i, want := range []float64{120, 220, 320} {
			if s[i].Row != 0 || s[i].X != want {
				t.Errorf("label %d: row %d x %g, want row 0 x %g", i, s[i].Row, s[i].X, want)
			}
		}
	})
	t.Run("clamped", func(t *testing.T) {
		// at the edges a label moves inside, still under its mark
		s := pack(centred(lo, 80), centred(hi, 80))
		if s[0].X != lo || s[1].X != hi-80 || s[0].Row != 0 || s[1].Row != 0 {
			t.Errorf("got %+v", s)
		}
	})
	t.Run("too wide", func(t *testing.T) {
		s := pack(labelBox{W: 1000, Anchor: 120, Want: 120})
		if s[0].X != lo || s[0].W != hi-lo {
			t.Errorf("got %+v, want the whole width", s[0])
		}
	})
	t.Run("same date", func(t *testing.T) {
		var boxes []labelBox
		for range 6 {
			boxes = append(boxes, centred(300, 120))
		}
		s := pack(boxes...)
		shown := 0
		for i, sl := range s {
			if sl.Row >= 0 {
				shown++
				if sl.Row != i {
					t.Errorf("label %d on row %d", i, sl.Row)
				}
			}
		}
		if shown != 4 {
			t.Errorf("%d labels shown, want 4", shown)
		}
	})
	t.Run("cut into a free stretch", func(t *testing.T) {
		// four rows in use; a label that fits on none of them is cut to
		// the widest free stretch under its mark
		s := pack(centred(150, 100), centred(150, 100), centred(150, 80), centred(150, 100), centred(260, 280))
		if got := s[4]; got.Row != 2 || got.X != 198 || got.W != 202 {
			t.Errorf("got %+v, want row 2 from 198, cut to 202", got)
		}
	})
	t.Run("order", func(t *testing.T) {
		// labels are packed left to right whatever their order in the lane
		s := pack(centred(300, 100), centred(150, 100), centred(220, 100))
		if s[1].Row != 0 || s[2].Row != 0 || s[2].X != 208 || s[0].Row != 1 {
			t.Errorf("got %+v", s)
		}
	})
	t.Run("random", func(t *testing.T) {
		rng := rand.New(rand.NewPCG(1, 2))
		for range 2000 {
			n := rng.IntN(12)
			boxes := make([]labelBox, n)
			for i := range boxes {
				a := lo - 10 + rng.Float64()*(hi-lo+20)
				w := rng.Float64() * 350
				var want float64
				switch rng.IntN(3) {
				case 0:
					want = a - w/2
				case 1:
					want = a
				default:
					want = a - w
				}
				boxes[i] = labelBox{W: w, Anchor: a, Want: want}
			}
			rows := 1 + rng.IntN(4)
			checkPacking(t, boxes, packLabels(boxes, lo, hi, gap, rows, minW), lo, hi, gap, rows, minW)
		}
	})
}

// chartLabels are long labels in the three scripts, each starting with a
// word of its own.
var chartLabels = map[forms.Lang][]string{
	forms.English: {
		"Alpha report on the standardization gaps of low-altitude intelligent connectivity",
		"Bravo use cases of low-altitude services and their network requirements",
		"Charlie interfaces and information model for exposing integrated sensing",
		"Delta requirements and test methods for end-to-end quality of service",
		"Echo roadmap for the standardization of low-altitude connectivity",
		"Foxtrot technical report on spectrum and coverage for aerial vehicles",
	},
	forms.Chinese: {
		"甲号低空智能网联标准化差距分析报告及后续工作建议",
		"乙号低空业务典型场景及网络需求技术报告",
		"丙号网络向低空业务平台开放通感能力的接口和信息模型",
		"丁号低空网联业务的端到端服务质量保障要求和测试方法",
		"戊号低空智能网联标准化路线图",
		"己号面向低空飞行器的频谱与覆盖技术报告",
	},
	forms.Arabic: {
		"أولاً تقرير تحليل الثغرات في تقييس التوصيلية الذكية على الارتفاعات المنخفضة",
		"ثانياً السيناريوهات النموذجية للخدمات على الارتفاعات المنخفضة ومتطلباتها من الشبكات",
		"ثالثاً الواجهات ونموذج المعلومات لإتاحة قدرات الاتصالات والاستشعار",
		"رابعاً متطلبات ضمان جودة الخدمة من طرف إلى طرف وطرائق اختبارها",
		"خامساً خارطة طريق تقييس التوصيلية الذكية على الارتفاعات المنخفضة",
		"سادساً تقرير تقني عن الطيف والتغطية للمركبات الجوية",
	},
}

// sameDay starts the labels of the marks on one day, to tell them from the
// others.
var sameDay = map[forms.Lang]string{forms.English: "Zulu ", forms.Chinese: "同日", forms.Arabic: "يوم "}

// chartDoc is a document with only a chart whose lanes crowd long labels:
// close deliverables, marks on the same day, deadlines a month apart, and a
// label longer than the axis.
func chartDoc(lang forms.Lang) export.Document {
	ls := chartLabels[lang]
	june := func(day int) forms.Date { return exporttest.Day(2027, time.June, day) }
	var near, same, spread []export.Mark
	for i, l := range ls {
		near = append(near, export.Mark{Kind: export.MarkDeliverable, Label: l, Start: june(1 + 4*i)})
		same = append(same, export.Mark{Kind: export.MarkDeadline, Label: sameDay[lang] + l, Start: exporttest.Day(2027, time.November, 20)})
	}
	for i, l := range ls {
		// the first word only: short labels, which all fit
		short := strings.Fields(l)[0]
		if lang == forms.Chinese {
			short = string([]rune(l)[:2])
		}
		spread = append(spread, export.Mark{Kind: export.MarkDeadline, Label: short, Start: exporttest.Day(2027, time.Month(2+2*i), 10)})
	}
	long := strings.Repeat(ls[0]+" ", 4)
	chart := export.Chart{
		Legend: map[export.MarkKind]string{export.MarkLifetime: "FG", export.MarkMeeting: "M", export.MarkDeliverable: "D", export.MarkDeadline: "DL"},
		Lanes: []export.Lane{
			{Label: "lifetime", Marks: []export.Mark{
				{Kind: export.MarkLifetime, Label: "FG-TEST", Start: exporttest.Day(2027, time.January, 1), End: exporttest.Day(2027, time.December, 31)},
				{Kind: export.MarkMeeting, Label: long, Start: exporttest.Day(2027, time.January, 1)},
			}},
			{Label: "close", Marks: near},
			{Label: "same", Marks: same},
			{Label: "spread", Marks: spread},
		},
	}
	return export.Document{
		Lang:     lang,
		Meta:     export.Meta{Title: "Chart"},
		Sections: []export.Section{{ID: "chart", Title: "Chart", Level: 1, Blocks: []export.Block{chart}}},
	}
}

var bboxWord = regexp.MustCompile(`<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">([^<]*)</word>`)

type wordBox struct {
	x0, y0, x1, y1 float64
	s              string
}

func bboxWords(t *testing.T, out string) []wordBox {
	var ws []wordBox
	for _, m := range bboxWord.FindAllStringSubmatch(out, -1) {
		var w wordBox
		for i, p := range []*float64{&w.x0, &w.y0, &w.x1, &w.y1} {
			v, err := strconv.ParseFloat(m[i+1], 64)
			if err != nil {
				t.Fatal(err)
			}
			*p = v
		}
		w.s = html.UnescapeString(m[5])
		ws = append(ws, w)
	}
	return ws
}

// shownHead tells how much of label l pdftotext gives back: the number of
// its first words (Han characters in Chinese) found in order, and their
// count.
func shownHead(lang forms.Lang, extracted, l string) (found, total int) {
	if lang == forms.Chinese {
		all, rs := exporttest.NoSpace(extracted), []rune(exporttest.NoSpace(l))
		for found < len(rs) && strings.Contains(all, string(rs[:found+1])) {
			found++
		}
		return found, len(rs)
	}
	ws := exporttest.Words(lang, l)
	for found < len(ws) && exporttest.ExtractedHas(lang, extracted, strings.Join(ws[:found+1], " ")) {
		found++
	}
	return found, len(ws)
}

// TestChartLabels renders crowded charts in Latin, Chinese and Arabic and
// checks on the PDF that labels stay inside the page margins, that no two
// words of a line overlap, and that every label that fits is printed whole
// and the others by their beginning.
func TestChartLabels(t *testing.T) {
	exporttest.NeedTool(t, "qpdf", "pdftotext")
	fs := exporttest.Fonts(t)
	for _, lang := range []forms.Lang{forms.English, forms.Chinese, forms.Arabic} {
		t.Run(string(lang), func(t *testing.T) {
			doc := chartDoc(lang)
			b, err := export.Render(New(fs), doc)
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(t.TempDir(), "chart-"+string(lang)+".pdf")
			if err := os.WriteFile(path, b, 0o644); err != nil {
				t.Fatal(err)
			}
			if dir := os.Getenv("FGDRAFT_SAMPLES"); dir != "" {
				os.WriteFile(filepath.Join(dir, filepath.Base(path)), b, 0o644)
			}
			exporttest.Run(t, "qpdf", "--check", path)

			ws := bboxWords(t, exporttest.Run(t, "pdftotext", "-bbox", "-f", "1", "-l", "1", path, "-"))
			if len(ws) == 0 {
				t.Fatal("no words on page 1")
			}
			for i, w := range ws {
				if w.x0 < marginL-0.5 || w.x1 > pageW-marginR+0.5 {
					t.Errorf("%q at x %.1f to %.1f, outside the margins %.1f to %.1f", w.s, w.x0, w.x1, marginL, pageW-marginR)
				}
				for _, o := range ws[:i] {
					sameLine := abs((w.y0+w.y1)/2-(o.y0+o.y1)/2) < 2
					if sameLine && w.x0 < o.x1-0.5 && o.x0 < w.x1-0.5 {
						t.Errorf("%q (%.1f to %.1f) and %q (%.1f to %.1f) overlap at y %.1f", o.s, o.x0, o.x1, w.s, w.x0, w.x1, w.y0)
					}
				}
			}

			extracted := exporttest.Run(t, "pdftotext", "-enc", "UTF-8", path, "-")
			if lang == forms.Arabic && strings.ContainsFunc(extracted, func(r rune) bool { return r >= 0xFB50 && r <= 0xFDFF || r >= 0xFE70 && r <= 0xFEFC }) {
				t.Errorf("presentation forms in the extracted text")
			}
			minHead := 2 // words
			if lang == forms.Chinese {
				minHead = 4 // characters
			}
			ls := chartLabels[lang]
			shown := func(l string) (ok, whole bool) {
				n, total := shownHead(lang, extracted, l)
				return n >= min(minHead, total), n == total
			}
			lanes := doc.Sections[0].Blocks[0].(export.Chart).Lanes
			cut := false
			for _, m := range lanes[3].Marks {
				if _, whole := shown(m.Label); !whole {
					t.Errorf("short label %q not printed whole", m.Label)
				}
			}
			if _, whole := shown("FG-TEST"); !whole {
				t.Error("lifetime label missing")
			}
			// the label longer than the axis: its beginning
			if ok, whole := shown(lanes[0].Marks[1].Label); !ok || whole {
				t.Errorf("label longer than the axis: printed %v, whole %v; want its beginning", ok, whole)
			}
			// close marks: at least a row's worth of each, never fewer than
			// the rows
			n := 0
			for _, l := range ls {
				ok, whole := shown(l)
				if ok {
					n++
				}
				cut = cut || ok && !whole
			}
			if n < maxLabelRows {
				t.Errorf("close marks: %d of %d labels printed, want at least %d", n, len(ls), maxLabelRows)
			}
			// the same day: one label a row, the others left out
			n = 0
			for _, l := range ls {
				if ok, _ := shown(sameDay[lang] + l); ok {
					n++
				}
			}
			if n != maxLabelRows {
				t.Errorf("same day: %d of %d labels printed, want %d", n, len(ls), maxLabelRows)
			}
			if !cut {
				t.Error("no long label was cut")
			}
			if !strings.Contains(extracted, "…") {
				t.Error("no ellipsis in the extracted text")
			}
			if t.Failed() {
				fmt.Fprintf(os.Stderr, "extracted text:\n%s\n", extracted)
			}
		})
	}
}

func abs(x float64) float64 { return max(x, -x) }
