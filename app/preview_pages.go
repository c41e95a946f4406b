package app

import (
	"image"

	"fgdraft/export"
	"fgdraft/export/pdf"
	"fgdraft/forms"
	"fgdraft/forms/a7"
	"fgdraft/locales"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// pagesWindowSize is what the preview window asks for: an A4 page's width
// at about a pixel and a half a point, and the height of a large screen;
// fitWindow makes it fit the screen it opens on.
var pagesWindowSize = fyne.NewSize(960, 1000)

// pageScale is the pixels per point the pages are drawn at: sharp at the
// width of a large window, without drawing more than the screen shows.
const pageScale = 1.6

// keptPages is how many drawn pages the preview keeps, so that turning
// back a page or two is instant: a page drawn is about 5 MB, and a
// document may have thousands.
const keptPages = 6

// pagesWindow is the full-size preview: the document as it will be filed,
// in the document language, one page at a time, drawn from the same pages
// the PDF is written from (pdf.Pages). Page Up and Page Down, or the
// buttons, turn the pages; the page fits the window's width (or, at a
// toggle, the whole page its height); Escape and Ctrl+W close it.
type pagesWindow struct {
	win   fyne.Window
	ui    *locales.Localizer
	pages *pdf.Pages
	at    int                   // the page shown, from 0
	drawn map[int]*canvas.Image // pages drawn lately, at most keptPages
	fit   *pageFit
	sheet *fyne.Container // the page shown, in its fit
	where *widget.Label
	prev  *keyButton
	next  *keyButton
	zoom  *keyButton
	// whole shows the whole page (fit to height) rather than its width.
	whole bool
	// closed: the user closed the window.
	closed bool
}

// openPages opens the full-size preview of p in lang, or shows why it
// cannot (the fonts, a character no font has).
func openPages(env *uiEnv, p *forms.Proposal, lang forms.Lang) *pagesWindow {
	ui := env.ui
	v := &pagesWindow{ui: ui, drawn: map[int]*canvas.Image{}}
	v.win = env.app.NewWindow(ui.T("pages.title", map[string]any{"Language": ui.LanguageName(lang)}))
	var err error
	v.pages, err = layOutPages(env, p, lang)
	if err != nil {
		msg := widget.NewLabel(uiText(ui, ui.T("pages.failed", map[string]any{"Error": err.Error()})))
		msg.Wrapping = fyne.TextWrapWord
		msg.Importance = widget.DangerImportance
		v.win.SetContent(container.NewPadded(msg))
	} else {
		v.build(env.dir())
	}
	v.win.SetOnClosed(func() { v.closed = true })
	v.win.Resize(fitWindow(pagesWindowSize, env.screen))
	c := v.win.Canvas()
	c.SetOnTypedKey(func(k *fyne.KeyEvent) {
		switch k.Name {
		case fyne.KeyPageDown:
			v.turn(v.at + 1)
		case fyne.KeyPageUp:
			v.turn(v.at - 1)
		case fyne.KeyHome:
			v.turn(0)
		case fyne.KeyEnd:
			if v.pages != nil {
				v.turn(v.pages.Count() - 1)
			}
		}
	})
	closeOnKeys(v.win) // Escape and Ctrl+W; the keys above stay
	v.win.Show()
	return v
}

// layOutPages builds the document of p in lang and lays it out as the PDF.
func layOutPages(env *uiEnv, p *forms.Proposal, lang forms.Lang) (*pdf.Pages, error) {
	r, err := env.textFonts.pdfRenderer()
	if err != nil {
		return nil, err
	}
	doc := export.Build(p, lang, env.cat, a7.Options{Today: env.today()})
	return r.LayOut(doc)
}

func (v *pagesWindow) build(dir direction) {
	ui := v.ui
	v.prev = newKeyButton(ui.T("pages.prev"), dir.backIcon(), func() { v.turn(v.at - 1) })
	v.next = newKeyButton(ui.T("pages.next"), dir.forwardIcon(), func() { v.turn(v.at + 1) })
	v.zoom = newKeyButton(ui.T("pages.whole"), theme.ViewFullScreenIcon(), v.toggleZoom)
	closeButton := newKeyButton(ui.T("pages.close"), theme.CancelIcon(), func() { v.win.Close() })
	v.where = widget.NewLabel("")
	v.where.TextStyle.Bold = true
	bar := dir.hbox(v.prev, v.where, v.next, widget.NewSeparator(), v.zoom, closeButton)
	v.fit = &pageFit{}
	v.sheet = container.New(v.fit)
	scroll := container.NewScroll(v.sheet)
	v.fit.scroll = scroll
	// Grey around the white page, as a reader shows a page.
	back := canvas.NewRectangle(theme.Color(theme.ColorNameInputBackground))
	v.win.SetContent(container.NewBorder(container.NewVBox(bar, widget.NewSeparator()), nil, nil, nil,
		container.NewStack(back, scroll)))
	v.turn(0)
}

// turn shows page i, when there is one.
func (v *pagesWindow) turn(i int) {
	if v.pages == nil || i < 0 || i >= v.pages.Count() {
		return
	}
	img, ok := v.drawn[i]
	if !ok {
		rgba, err := v.pages.Draw(i, pageScale)
		if err != nil {
			rgba = image.NewRGBA(image.Rect(0, 0, 1, 1))
		}
		img = canvas.NewImageFromImage(rgba)
		img.FillMode = canvas.ImageFillContain
		img.ScaleMode = canvas.ImageScaleSmooth
		if len(v.drawn) >= keptPages {
			// forget the page farthest from this one
			distance := func(k int) int { return max(k-i, i-k) }
			far := i
			for k := range v.drawn {
				if distance(k) > distance(far) {
					far = k
				}
			}
			delete(v.drawn, far)
		}
		v.drawn[i] = img
	}
	v.at = i
	v.sheet.Objects = []fyne.CanvasObject{img}
	v.sheet.Refresh()
	v.fit.scroll.ScrollToTop()
	v.where.SetText(uiText(v.ui, v.ui.T("pages.of", map[string]any{"Page": i + 1, "Pages": v.pages.Count()})))
	setEnabled(v.prev, i > 0)
	setEnabled(v.next, i < v.pages.Count()-1)
}

// toggleZoom switches between the page's width and the whole page.
func (v *pagesWindow) toggleZoom() {
	v.whole = !v.whole
	v.fit.whole = v.whole
	if v.whole {
		v.zoom.SetText(v.ui.T("pages.width"))
	} else {
		v.zoom.SetText(v.ui.T("pages.whole"))
	}
	v.fit.scroll.Refresh()
}

// page is the number of the page shown, from 1, and the count: "2 of 5".
func (v *pagesWindow) page() (int, int) {
	if v.pages == nil {
		return 0, 0
	}
	return v.at + 1, v.pages.Count()
}

// pageFit lays the page out at the width of the view (its height in
// proportion, scrolled), or whole within the view.
type pageFit struct {
	scroll *container.Scroll
	whole  bool
}

func (l *pageFit) pageSize(view fyne.Size) fyne.Size {
	w, h := pdf.PageSize()
	aspect := float32(h / w)
	pad := theme.Padding() * 2
	width := max(view.Width-2*pad, 100)
	if l.whole {
		height := max(view.Height-2*pad, 100)
		width = min(width, height/aspect)
	}
	return fyne.NewSize(width, width*aspect)
}

func (l *pageFit) MinSize([]fyne.CanvasObject) fyne.Size {
	if l.scroll == nil {
		return fyne.NewSize(100, 100)
	}
	s := l.pageSize(l.scroll.Size())
	pad := theme.Padding() * 2
	return fyne.NewSize(100, s.Height+2*pad)
}

func (l *pageFit) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	s := l.pageSize(l.scroll.Size())
	pad := theme.Padding() * 2
	for _, o := range objs {
		o.Resize(s)
		o.Move(fyne.NewPos((size.Width-s.Width)/2, pad))
	}
}
