package bidientry

import (
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// arabicFont is the project's bundled Arabic face (it has Latin letters and
// digits too), read from the repository.
func arabicFont(t testing.TB) fyne.Resource {
	t.Helper()
	data, err := os.ReadFile("../../assets/fonts/NotoNaskhArabic-Regular.ttf")
	if err != nil {
		t.Fatal(err)
	}
	return fyne.NewStaticResource("NotoNaskhArabic-Regular.ttf", data)
}

func newTestEntry(t *testing.T, rtlUI bool) (*Entry, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	e := NewMultiLineEntry()
	e.FontSource = arabicFont(t)
	e.DefaultRTL = rtlUI
	w := test.NewTempWindow(t, e)
	w.Resize(fyne.NewSize(420, 130))
	return e, w
}

// drawnTexts are the text objects the entry draws, with their positions in
// the entry.
type drawn struct {
	text string
	x0   float32
	x1   float32
	y    float32
}

func drawnTexts(e *Entry) []drawn {
	var out []drawn
	off := e.view.clip.Position().Subtract(e.view.offset)
	for _, o := range test.WidgetRenderer(e.content).Objects() {
		if t, ok := o.(*canvas.Text); ok && t.Visible() {
			p := t.Position().Add(off)
			out = append(out, drawn{t.Text, p.X, p.X + t.Size().Width, p.Y})
		}
	}
	return out
}

func near(a, b float32) bool { return a-b < 0.5 && b-a < 0.5 }

// Typing the sentence key by key: after every key the stored text is
// what was typed, and the caret stands against the character just typed, on
// the side where the next one appears: the right edge of a text object that
// ends with it (left-to-right text), or the left edge of one whose logical
// text ends with it (right-to-left text).
func TestTypeSentenceKeyByKey(t *testing.T) {
	e, w := newTestEntry(t, true)
	w.Canvas().Focus(e)
	var changes []string
	e.OnChanged = func(s string) { changes = append(changes, s) }
	typed := ""
	for _, r := range sentence {
		test.Type(e, string(r))
		typed += string(r)
		if e.Text() != typed {
			t.Fatalf("text %q, want %q", e.Text(), typed)
		}
		if changes[len(changes)-1] != typed {
			t.Fatalf("OnChanged got %q", changes[len(changes)-1])
		}
		c := e.CaretPosition()
		ok := false
		for _, d := range drawnTexts(e) {
			if !near(d.y, c.Y) || !strings.HasSuffix(d.text, string(r)) {
				continue
			}
			if near(d.x1, c.X) && !isStrongRTL(r) || near(d.x0, c.X) {
				ok = true
			}
		}
		if !ok {
			t.Fatalf("after %q the caret at %v touches no text ending with %q: %+v", typed, c, r, drawnTexts(e))
		}
	}
	if len(changes) != utf8.RuneCountInString(sentence) {
		t.Errorf("%d calls of OnChanged", len(changes))
	}
	// The paragraph is right to left: its first line ends at the right edge.
	pad := theme.InnerPadding()
	right := float32(0)
	first := float32(1e9)
	for _, d := range drawnTexts(e) {
		first = min(first, d.y)
	}
	for _, d := range drawnTexts(e) {
		if d.y == first {
			right = max(right, d.x1)
		}
	}
	if !near(right, e.view.clip.Size().Width-pad+theme.InputBorderSize()) {
		t.Errorf("first line ends at %v, want the right edge %v", right, e.view.clip.Size().Width-pad+theme.InputBorderSize())
	}
}

func shiftDown(e *Entry) { e.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft}) }
func shiftUp(e *Entry)   { e.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft}) }
func key(e *Entry, k fyne.KeyName) {
	e.TypedKey(&fyne.KeyEvent{Name: k})
}

// A selection with Shift and the arrows, copied and pasted in the middle.
func TestSelectCopyPasteInTheMiddle(t *testing.T) {
	e, w := newTestEntry(t, false)
	w.Canvas().Focus(e)
	e.SetText(sentence)
	e.SetCursorOffset(0)
	// Right to left: Left reads on.
	shiftDown(e)
	for range 4 {
		key(e, fyne.KeyLeft)
	}
	shiftUp(e)
	if got := e.SelectedText(); got != "تعمل" {
		t.Fatalf("Shift+Left×4 selected %q", got)
	}
	clip := fyne.CurrentApp().Clipboard()
	e.TypedShortcut(&fyne.ShortcutCopy{Clipboard: clip})
	if clip.Content() != "تعمل" {
		t.Fatalf("clipboard %q", clip.Content())
	}
	// Ctrl+Shift+Left selects the next word.
	e.SetCursorOffset(12)
	e.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyRight, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift})
	// in a right-to-left paragraph Ctrl+Right goes back a word
	if got := e.SelectedText(); got != "مجموعة " {
		t.Errorf("Ctrl+Shift+Right selected %q", got)
	}
	// Paste over "AI/ML": the pasted text keeps its logical order.
	start := strings.Index(sentence, "AI/ML")
	a := utf8.RuneCountInString(sentence[:start])
	e.Select(a, a+5)
	clip.SetContent("ITU-T (SG13) 2027")
	var got string
	e.OnChanged = func(s string) { got = s }
	e.TypedShortcut(&fyne.ShortcutPaste{Clipboard: clip})
	want := strings.Replace(sentence, "AI/ML", "ITU-T (SG13) 2027", 1)
	if e.Text() != want || got != want {
		t.Fatalf("after paste %q (OnChanged %q)", e.Text(), got)
	}
	if e.CursorOffset() != a+17 {
		t.Errorf("caret at %d, want %d", e.CursorOffset(), a+17)
	}
	// Cut, undo, redo.
	e.Select(0, 5)
	e.TypedShortcut(&fyne.ShortcutCut{Clipboard: clip})
	if clip.Content() != "تعمل " || e.Text() != strings.TrimPrefix(want, "تعمل ") {
		t.Fatalf("cut: clipboard %q text %q", clip.Content(), e.Text())
	}
	e.TypedShortcut(&fyne.ShortcutUndo{})
	if e.Text() != want {
		t.Errorf("undo: %q", e.Text())
	}
	e.TypedShortcut(&fyne.ShortcutRedo{})
	if e.Text() != strings.TrimPrefix(want, "تعمل ") {
		t.Errorf("redo: %q", e.Text())
	}
	e.TypedShortcut(&fyne.ShortcutSelectAll{})
	if e.SelectedText() != e.Text() {
		t.Errorf("select all: %q", e.SelectedText())
	}
	key(e, fyne.KeyBackspace)
	if e.Text() != "" {
		t.Errorf("Backspace on all: %q", e.Text())
	}
}

// A click puts the caret at the nearest position: the right end of a right-
// to-left line is its logical start; a drag selects.
func TestMouse(t *testing.T) {
	e, w := newTestEntry(t, true)
	e.SetText("تعمل مجموعة O-RAN")
	pad := theme.InnerPadding()
	test.TapAt(e.content, fyne.NewPos(e.content.Size().Width-pad, pad+2))
	if w.Canvas().Focused() != e {
		t.Fatal("a tap does not focus the entry")
	}
	if e.CursorOffset() != 0 {
		t.Errorf("tap at the right end: offset %d", e.CursorOffset())
	}
	e.content.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(pad, pad+2)}})
	e.content.DragEnd()
	if e.SelectedText() != e.Text() {
		t.Errorf("drag to the left end selected %q", e.SelectedText())
	}
	e.content.DoubleTapped(&fyne.PointEvent{Position: fyne.NewPos(e.content.Size().Width-pad-3, pad+2)})
	if e.SelectedText() != "تعمل" {
		t.Errorf("double tap selected %q", e.SelectedText())
	}
}

// Tab is the window's: the entry is not Tabbable, so Tab moves the focus,
// and a Tab that reaches it inserts nothing.
func TestTabMovesFocus(t *testing.T) {
	test.NewTempApp(t)
	a, b := NewEntry(), NewEntry()
	w := test.NewTempWindow(t, container.NewVBox(a, b))
	if _, ok := any(a).(fyne.Tabbable); ok {
		t.Fatal("the entry takes Tab")
	}
	w.Canvas().Focus(a)
	test.FocusNext(w.Canvas())
	if w.Canvas().Focused() != b {
		t.Error("focus did not move")
	}
	// Should Tab reach the entry, it moves the focus too, back with Shift;
	// a tab character is never typed.
	shiftDown(b)
	key(b, fyne.KeyTab)
	shiftUp(b)
	if w.Canvas().Focused() != a {
		t.Error("Shift+Tab did not go back")
	}
	key(a, fyne.KeyTab)
	if w.Canvas().Focused() != b {
		t.Error("Tab did not move on")
	}
	test.Type(b, "x\ty")
	if a.Text() != "" || b.Text() != "xy" {
		t.Errorf("Tab inserted: %q, %q", a.Text(), b.Text())
	}
}

func TestReadOnlyAndDisabled(t *testing.T) {
	e, w := newTestEntry(t, false)
	e.SetText("fixed نص")
	e.ReadOnly = true
	w.Canvas().Focus(e)
	test.Type(e, "x")
	key(e, fyne.KeyBackspace)
	e.TypedShortcut(&fyne.ShortcutPaste{Clipboard: fyne.CurrentApp().Clipboard()})
	if e.Text() != "fixed نص" {
		t.Errorf("read-only entry changed: %q", e.Text())
	}
	e.Select(0, 5)
	clip := fyne.CurrentApp().Clipboard()
	e.TypedShortcut(&fyne.ShortcutCopy{Clipboard: clip})
	if clip.Content() != "fixed" {
		t.Errorf("copy from read-only: %q", clip.Content())
	}
	e.ReadOnly = false
	e.Disable()
	test.Type(e, "x")
	if e.Text() != "fixed نص" {
		t.Errorf("disabled entry changed: %q", e.Text())
	}
}

// A one-line entry: Return submits, pasted lines become one.
func TestSingleLine(t *testing.T) {
	test.NewTempApp(t)
	e := NewEntry()
	w := test.NewTempWindow(t, e)
	w.Canvas().Focus(e)
	var submitted string
	e.OnSubmitted = func(s string) { submitted = s }
	test.Type(e, "ab")
	key(e, fyne.KeyReturn)
	if submitted != "ab" || e.Text() != "ab" {
		t.Errorf("submitted %q text %q", submitted, e.Text())
	}
	clip := fyne.CurrentApp().Clipboard()
	clip.SetContent("c\nd")
	e.TypedShortcut(&fyne.ShortcutPaste{Clipboard: clip})
	if e.Text() != "abc d" {
		t.Errorf("paste: %q", e.Text())
	}
	// Wrapped, a one-line entry breaks its text into lines.
	e.SetText(sentence)
	if n := len(e.model.Lines()); n != 1 {
		t.Errorf("unwrapped: %d lines", n)
	}
	wrapped := NewEntry()
	wrapped.Wrapping = true
	wrapped.SetText(sentence)
	w.SetContent(wrapped)
	w.Resize(fyne.NewSize(200, 100))
	if n := len(wrapped.model.Lines()); n < 2 {
		t.Errorf("wrapped one-line entry: %d lines", n)
	}
}

// Long text scrolls so that the caret stays in view.
func TestScrollsToCaret(t *testing.T) {
	e, w := newTestEntry(t, false)
	w.Canvas().Focus(e)
	long := strings.Repeat(sentence+"\n", 12)
	e.SetText(long)
	e.SetCursorOffset(utf8.RuneCountInString(long))
	if e.view.offset.Y <= 0 {
		t.Fatal("no scrolling to the end")
	}
	c := e.CaretPosition()
	if c.Y < 0 || c.Y > e.Size().Height {
		t.Errorf("caret at %v, outside the entry %v", c, e.Size())
	}
	e.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyHome, Modifier: fyne.KeyModifierShortcutDefault})
	if e.CursorOffset() != 0 || e.view.offset.Y != 0 {
		t.Errorf("Ctrl+Home: offset %d scroll %v", e.CursorOffset(), e.view.offset)
	}
}

// Golden images: the sentence with a selection, and an empty entry with its
// placeholder, in the Arabic and the English interface. The sentence is
// right to left in both; the empty entry follows the interface.
func TestGolden(t *testing.T) {
	for _, tc := range []struct {
		name string
		rtl  bool
		hint string
	}{
		{"entry_ar.png", true, "النص العربي"},
		{"entry_en.png", false, "Arabic text"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			test.NewTempApp(t)
			font := arabicFont(t)
			full, empty := NewMultiLineEntry(), NewMultiLineEntry()
			for _, e := range []*Entry{full, empty} {
				e.FontSource = font
				e.DefaultRTL = tc.rtl
			}
			empty.SetPlaceHolder(tc.hint)
			empty.SetMinRowsVisible(1)
			full.SetText(sentence)
			w := test.NewTempWindow(t, container.NewVBox(full, empty))
			w.Resize(fyne.NewSize(420, 190))
			w.Canvas().Focus(full)
			a := utf8.RuneCountInString("تعمل مجموعة O-RAN ")
			full.Select(a, a+utf8.RuneCountInString("Alliance على"))
			test.AssertImageMatches(t, tc.name, w.Canvas().Capture())
		})
	}
}

// The entry takes the mouse wheel only while its text does not fit: over a
// short text the wheel scrolls the form around it.
func TestWheelOnlyWhenOverflowing(t *testing.T) {
	e, w := newTestEntry(t, false)
	e.SetText("short")
	w.Canvas().Focus(e)
	if e.view.wheel.Visible() {
		t.Error("a short text takes the wheel")
	}
	e.SetText(strings.Repeat(sentence+"\n", 8))
	e.SetCursorOffset(0)
	if !e.view.wheel.Visible() {
		t.Fatal("a long text does not take the wheel")
	}
	e.view.wheel.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.NewDelta(0, -40)})
	if e.view.offset.Y != 40 {
		t.Errorf("offset after the wheel %v", e.view.offset)
	}
	e.view.wheel.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.NewDelta(0, 1e6)})
	if e.view.offset.Y != 0 {
		t.Errorf("offset past the top %v", e.view.offset)
	}
	// A one-line entry scrolls sideways.
	one := NewEntry()
	one.SetText(strings.Repeat("wide text ", 30))
	w.SetContent(one)
	w.Resize(fyne.NewSize(200, 60))
	one.SetCursorOffset(0)
	one.view.wheel.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.NewDelta(0, -25)})
	if one.view.offset.X != 25 || one.view.offset.Y != 0 {
		t.Errorf("one-line offset %v", one.view.offset)
	}
}

// What Fyne's entry does with Page Up and Down (the text's start and end)
// and with Ctrl and Backspace or Delete (a word), this entry does too.
func TestFyneEntryKeys(t *testing.T) {
	e, w := newTestEntry(t, false)
	w.Canvas().Focus(e)
	e.SetText("تعمل مجموعة O-RAN Alliance")
	key(e, fyne.KeyPageDown)
	if e.CursorOffset() != utf8.RuneCountInString(e.Text()) {
		t.Errorf("Page Down: %d", e.CursorOffset())
	}
	word := func(k fyne.KeyName) {
		e.TypedShortcut(&desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault})
	}
	word(fyne.KeyBackspace)
	if e.Text() != "تعمل مجموعة O-RAN " {
		t.Errorf("Ctrl+Backspace: %q", e.Text())
	}
	key(e, fyne.KeyPageUp)
	word(fyne.KeyDelete)
	if e.Text() != " مجموعة O-RAN " || e.CursorOffset() != 0 {
		t.Errorf("Ctrl+Delete: %q at %d", e.Text(), e.CursorOffset())
	}
	e.TypedShortcut(&fyne.ShortcutUndo{})
	if e.Text() != "تعمل مجموعة O-RAN " {
		t.Errorf("undo: %q", e.Text())
	}
}

// The caret blinks while the entry has the focus, and stays solid while the
// user types.
func TestCaretBlinks(t *testing.T) {
	e, w := newTestEntry(t, false)
	w.Canvas().Focus(e)
	r := test.WidgetRenderer(e.content).(*contentRenderer)
	if r.blink == nil {
		t.Fatal("no blinking with the focus")
	}
	alpha := func() uint8 {
		_, _, _, a := r.caret.FillColor.RGBA()
		return uint8(a >> 8)
	}
	test.Type(e, "a")
	r.blink.Tick(0.1)
	if alpha() != 0xff {
		t.Errorf("caret dimmed right after typing (alpha %x)", alpha())
	}
	e.caretMovedAt = time.Now().Add(-time.Second)
	r.blink.Tick(0.1)
	if alpha() == 0xff {
		t.Error("an idle caret does not blink")
	}
	r.blink.Tick(0.9)
	if alpha() != 0xff {
		t.Errorf("caret not solid in the other half (alpha %x)", alpha())
	}
	w.Canvas().Unfocus()
	if r.blink != nil {
		t.Error("still blinking without the focus")
	}
}

// Issue 21, item 9: a text of several lines shows its first line again when
// the focus leaves it; the caret stays where it was.
func TestFirstLineAgainWhenFocusLeaves(t *testing.T) {
	e, w := newTestEntry(t, false)
	other := NewEntry()
	w.SetContent(container.NewVBox(e, other))
	w.Resize(fyne.NewSize(420, 200))
	w.Canvas().Focus(e)
	long := strings.Repeat(sentence+"\n", 12)
	e.SetText(long)
	e.SetCursorOffset(utf8.RuneCountInString(long))
	if e.view.offset.Y <= 0 {
		t.Fatal("no scrolling to the end")
	}
	w.Canvas().Focus(other)
	if e.view.offset.Y != 0 {
		t.Errorf("after the focus left: scrolled to %v", e.view.offset)
	}
	if e.CursorOffset() != utf8.RuneCountInString(long) {
		t.Errorf("the caret moved to %d", e.CursorOffset())
	}
}

// embedding is a type that extends the entry, as an application's field
// with keys of its own does.
type embedding struct {
	Entry
	keys int
}

func (e *embedding) TypedKey(k *fyne.KeyEvent) {
	e.keys++
	e.Entry.TypedKey(k)
}

// A click on an entry embedded in another type focuses that type, the
// object the window knows, so that its keys reach it; Tab leaves it.
func TestClickFocusesTheEmbeddingType(t *testing.T) {
	test.NewTempApp(t)
	a := &embedding{}
	a.ExtendBaseWidget(a)
	b := NewEntry()
	w := test.NewTempWindow(t, container.NewVBox(a, b))
	w.Resize(fyne.NewSize(300, 120))
	test.TapAt(a.content, fyne.NewPos(5, 5))
	if w.Canvas().Focused() != a {
		t.Fatalf("a click focused %T %p, not the embedding type %p", w.Canvas().Focused(), w.Canvas().Focused(), a)
	}
	test.Type(a, "x")
	a.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft})
	if a.keys != 1 || a.Text() != "x" {
		t.Errorf("the embedding type saw %d keys, text %q", a.keys, a.Text())
	}
	a.TypedKey(&fyne.KeyEvent{Name: fyne.KeyTab})
	if w.Canvas().Focused() != b {
		t.Errorf("Tab from the embedded entry went to %T", w.Canvas().Focused())
	}
}

// Lines gives the visual order: a Latin name with an Arabic country in
// brackets reads left to right with the Arabic words reversed.
func TestLinesInVisualOrder(t *testing.T) {
	test.NewTempApp(t)
	e := NewEntry()
	e.FontSource = arabicFont(t)
	w := test.NewTempWindow(t, e)
	w.Resize(fyne.NewSize(600, 60))
	e.SetText("Ltd. (كوريا)")
	lines := e.Lines()
	if len(lines) != 1 {
		t.Fatalf("%d lines", len(lines))
	}
	runes := []rune(e.Text())
	var got []rune
	for _, k := range lines[0].Visual {
		got = append(got, runes[k])
	}
	if want := "Ltd. (ايروك)"; string(got) != want {
		t.Errorf("visual order %q, want %q", string(got), want)
	}
}
