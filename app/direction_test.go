package app

import (
	"slices"
	"testing"

	"fgdraft/forms"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// layOut shows obj in a test window of the given width, which lays it
// out.
func layOut(t *testing.T, obj fyne.CanvasObject, width float32) {
	t.Helper()
	w := test.NewWindow(obj)
	t.Cleanup(w.Close)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(width, 200))
}

// centreX is the horizontal middle of an object in its container.
func centreX(o fyne.CanvasObject) float32 { return o.Position().X + o.Size().Width/2 }

func TestDirectionAlignsTextAtTheStart(t *testing.T) {
	test.NewTempApp(t)
	for _, c := range []struct {
		lang       forms.Lang
		start, end fyne.TextAlign
	}{
		{forms.English, fyne.TextAlignLeading, fyne.TextAlignTrailing},
		{forms.Chinese, fyne.TextAlignLeading, fyne.TextAlignTrailing},
		{forms.Arabic, fyne.TextAlignTrailing, fyne.TextAlignLeading},
	} {
		d := directionOf(c.lang)
		if got := d.label("x").Alignment; got != c.start {
			t.Errorf("%s: label aligned %v, want %v", c.lang, got, c.start)
		}
		h := d.heading("x", theme.SizeNameSubHeadingText)
		if h.Alignment != c.start || !h.TextStyle.Bold || h.SizeName != theme.SizeNameSubHeadingText {
			t.Errorf("%s: heading aligned %v, bold %v, size %q", c.lang, h.Alignment, h.TextStyle.Bold, h.SizeName)
		}
		a, b := widget.NewLabel("a"), widget.NewLabel("b")
		if first := d.atStart(a, b); first != a || a.Alignment != c.start || b.Alignment != c.start {
			t.Errorf("%s: atStart aligned %v and %v", c.lang, a.Alignment, b.Alignment)
		}
		if d.endAlign() != c.end {
			t.Errorf("%s: end of a line is %v, want %v", c.lang, d.endAlign(), c.end)
		}
	}
}

func TestDirectionRowPutsItsStartOnTheRightInArabic(t *testing.T) {
	test.NewTempApp(t)
	for _, lang := range []forms.Lang{forms.English, forms.Arabic} {
		d := directionOf(lang)
		start, end := widget.NewLabel("start"), widget.NewLabel("end")
		content := widget.NewLabel("content")
		layOut(t, d.row(start, end, content), 400)
		left, right := start, end
		if lang.RTL() {
			left, right = end, start
		}
		if !(centreX(left) < centreX(content) && centreX(content) < centreX(right)) {
			t.Errorf("%s: start at %v, content at %v, end at %v", lang, centreX(start), centreX(content), centreX(end))
		}
		if left.Position().X != 0 {
			t.Errorf("%s: the left object is at %v, not against the left edge", lang, left.Position().X)
		}
	}
}

func TestDirectionRowWithOneSide(t *testing.T) {
	test.NewTempApp(t)
	icon := widget.NewIcon(theme.InfoIcon())
	text := widget.NewLabel("text")
	layOut(t, directionOf(forms.Arabic).row(icon, nil, text), 400)
	if icon.Position().X <= text.Position().X {
		t.Errorf("Arabic: the icon that starts the row is at %v, left of its text at %v", icon.Position().X, text.Position().X)
	}
}

func TestDirectionNavBar(t *testing.T) {
	test.NewTempApp(t)
	for _, c := range []struct {
		lang                 forms.Lang
		backIcon, nextIcon   fyne.Resource
		backPlace, nextPlace widget.ButtonIconPlacement
		backOnTheLeft        bool
	}{
		{forms.French, theme.NavigateBackIcon(), theme.NavigateNextIcon(), widget.ButtonIconLeadingText, widget.ButtonIconTrailingText, true},
		{forms.Arabic, theme.NavigateNextIcon(), theme.NavigateBackIcon(), widget.ButtonIconTrailingText, widget.ButtonIconLeadingText, false},
	} {
		back := newKeyButton("back", theme.NavigateBackIcon(), nil)
		next := newKeyButton("next", theme.NavigateNextIcon(), nil)
		layOut(t, directionOf(c.lang).navBar(back, next), 500)
		if back.Icon.Name() != c.backIcon.Name() || next.Icon.Name() != c.nextIcon.Name() {
			t.Errorf("%s: back shows %s, next %s", c.lang, back.Icon.Name(), next.Icon.Name())
		}
		if back.IconPlacement != c.backPlace || next.IconPlacement != c.nextPlace {
			t.Errorf("%s: icons placed %v (back) and %v (next)", c.lang, back.IconPlacement, next.IconPlacement)
		}
		if got := back.Position().X < next.Position().X; got != c.backOnTheLeft {
			t.Errorf("%s: back at %v, next at %v", c.lang, back.Position().X, next.Position().X)
		}
	}
}

func TestDirectionOrdersInReading(t *testing.T) {
	cancel, discard, save := widget.NewButton("cancel", nil), widget.NewButton("discard", nil), widget.NewButton("save", nil)
	given := []fyne.CanvasObject{cancel, discard, save}
	if got := directionOf(forms.Spanish).dialogButtons(given...); !slices.Equal(got, given) {
		t.Errorf("Spanish: dialog buttons reordered: %v", got)
	}
	got := directionOf(forms.Arabic).dialogButtons(given...)
	if !slices.Equal(got, []fyne.CanvasObject{save, discard, cancel}) {
		t.Errorf("Arabic: the default action is not on the left: %v", got)
	}
	if given[0] != cancel {
		t.Error("dialogButtons changed the slice it was given")
	}
	menus := []string{"file", "view", "help"}
	if got := inOrder(directionOf(forms.Arabic), menus); !slices.Equal(got, []string{"help", "view", "file"}) || menus[0] != "file" {
		t.Errorf("Arabic menus %v (given %v)", got, menus)
	}
}

func TestDirectionHBoxPacksAtTheStart(t *testing.T) {
	test.NewTempApp(t)
	for _, lang := range []forms.Lang{forms.Russian, forms.Arabic} {
		first, second := widget.NewLabel("first"), widget.NewLabel("second")
		box := directionOf(lang).hbox(first, second)
		layOut(t, box, 600)
		if lang.RTL() {
			if !(second.Position().X < first.Position().X) || first.Position().X+first.Size().Width < 600-1 {
				t.Errorf("Arabic: first at %v, second at %v: not packed from the right", first.Position().X, second.Position().X)
			}
			continue
		}
		if first.Position().X != 0 || second.Position().X <= first.Position().X {
			t.Errorf("%s: first at %v, second at %v", lang, first.Position().X, second.Position().X)
		}
	}
}

func TestDirectionGridCellsRunEachRowInReadingOrder(t *testing.T) {
	cells := make([]fyne.CanvasObject, 7)
	for i := range cells {
		cells[i] = widget.NewLabel(string(rune('a' + i)))
	}
	if got := directionOf(forms.English).gridCells(3, cells); !slices.Equal(got, cells) {
		t.Errorf("English: cells reordered")
	}
	got := directionOf(forms.Arabic).gridCells(3, cells)
	if len(got) != 9 {
		t.Fatalf("Arabic: %d cells, want 9 (the last row filled with blanks)", len(got))
	}
	want := []fyne.CanvasObject{cells[2], cells[1], cells[0], cells[5], cells[4], cells[3], nil, nil, cells[6]}
	for i, w := range want {
		if w == nil {
			if l, ok := got[i].(*widget.Label); !ok || l.Text != "" {
				t.Errorf("Arabic cell %d is %v, want a blank", i, got[i])
			}
			continue
		}
		if got[i] != w {
			t.Errorf("Arabic cell %d is %q, want %q", i, got[i].(*widget.Label).Text, w.(*widget.Label).Text)
		}
	}
}

func TestDirectionSplitKeepsTheStartShare(t *testing.T) {
	test.NewTempApp(t)
	for _, lang := range []forms.Lang{forms.English, forms.Arabic} {
		d := directionOf(lang)
		step, panel := widget.NewLabel("step"), widget.NewLabel("panel")
		s := d.split(step, panel, 0.7)
		layOut(t, container.NewStack(s), 1000)
		if got := d.startShare(s); got < 0.69 || got > 0.71 {
			t.Errorf("%s: start share %v, want 0.7", lang, got)
		}
		stepOnTheLeft := s.Leading == step
		if stepOnTheLeft == lang.RTL() {
			t.Errorf("%s: the step is on the left: %v", lang, stepOnTheLeft)
		}
		if step.Size().Width <= panel.Size().Width {
			t.Errorf("%s: the step has %v, the panel %v", lang, step.Size().Width, panel.Size().Width)
		}
	}
}

func TestDirectionX(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		lang forms.Lang
		want float32
	}{{forms.English, 10}, {forms.Arabic, 70}} {
		if got := directionOf(c.lang).x(10, 20, 100); got != c.want {
			t.Errorf("%s: a span 20 wide, 10 from the start of 100, starts at %v, want %v", c.lang, got, c.want)
		}
	}
}

// The form's pairs and narrow cells mirror through the kit.
func TestPairsLayoutPutsLabelsAtTheStart(t *testing.T) {
	test.NewTempApp(t)
	for _, lang := range []forms.Lang{forms.English, forms.Arabic} {
		label, field := widget.NewLabel("Title"), widget.NewEntry()
		box := container.New(&pairsLayout{dir: directionOf(lang), col: newLabelColumn()}, label, field)
		narrow := widget.NewButton("add", nil)
		cell := container.New(&narrowLayout{width: 100, dir: directionOf(lang)}, narrow)
		layOut(t, container.NewVBox(box, cell), 600)
		if labelRight := label.Position().X > field.Position().X; labelRight != lang.RTL() {
			t.Errorf("%s: label at %v, field at %v", lang, label.Position().X, field.Position().X)
		}
		if atRight := narrow.Position().X > 0; atRight != lang.RTL() {
			t.Errorf("%s: narrow cell content at %v", lang, narrow.Position().X)
		}
	}
}
