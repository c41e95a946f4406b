package pdf

import (
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"math"

	"fgdraft/export"
	"fgdraft/text"

	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"
)

// Pages are the pages of a document laid out exactly as Render lays them
// out for the PDF, drawn as images on request: the full-size preview shows
// the document as it will be filed, page breaks and all, without a PDF
// reader. The drawing is the PDF's own operations (text runs in their
// faces, rules, boxes, the chart's shapes), so the two cannot differ in
// what goes where.
type Pages struct {
	pages []*page
	fonts map[*text.Face]*sfnt.Font
	buf   sfnt.Buffer
}

// PageSize is the size of a page in points (A4).
func PageSize() (width, height float64) { return pageW, pageH }

// LayOut lays doc out into pages, as Render does.
func (rd *Renderer) LayOut(doc export.Document) (*Pages, error) {
	if rd == nil || rd.fonts == nil {
		return nil, fmt.Errorf("pdf: no fonts")
	}
	if err := rd.CheckFonts(doc.Lang); err != nil {
		return nil, err
	}
	r := rd.newDocWriter(doc)
	if err := r.layOut(false); err != nil {
		return nil, err
	}
	return &Pages{pages: r.pages, fonts: map[*text.Face]*sfnt.Font{}}, nil
}

// Count is the number of pages.
func (p *Pages) Count() int { return len(p.pages) }

// Draw draws page i (from 0) on white, scale pixels per point.
func (p *Pages) Draw(i int, scale float64) (*image.RGBA, error) {
	if i < 0 || i >= len(p.pages) {
		return nil, fmt.Errorf("pdf: no page %d of %d", i+1, len(p.pages))
	}
	w, h := int(math.Ceil(pageW*scale)), int(math.Ceil(pageH*scale))
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	draw.Draw(img, img.Bounds(), image.White, image.Point{}, draw.Src)
	for _, o := range p.pages[i].ops {
		switch o.kind {
		case opText:
			if err := p.text(img, o, scale); err != nil {
				return nil, err
			}
		case opLine:
			p.line(img, o.x, o.y, o.x+o.w, o.y+o.h, o.lw, o.col, scale)
		case opRect:
			corners := [][2]float64{{o.x, o.y}, {o.x + o.w, o.y}, {o.x + o.w, o.y + o.h}, {o.x, o.y + o.h}}
			p.shape(img, corners, o, scale)
		case opPoly:
			var pts [][2]float64
			for _, q := range o.pts {
				pts = append(pts, [2]float64{q.X, q.Y})
			}
			p.shape(img, pts, o, scale)
		}
	}
	return img, nil
}

func colour(c rgb) color.RGBA { return color.RGBA{c.r, c.g, c.b, 255} }

// shape fills and strokes a closed polygon as its style says ("F", "D", "FD").
func (p *Pages) shape(img *image.RGBA, pts [][2]float64, o op, scale float64) {
	if len(pts) < 2 {
		return
	}
	fill := o.style == "F" || o.style == "FD" || o.style == "DF"
	stroke := o.style == "D" || o.style == "FD" || o.style == "DF" || o.style == ""
	if fill {
		fillPath(img, colour(o.fill), func(move, line func(x, y float64)) {
			move(pts[0][0]*scale, pts[0][1]*scale)
			for _, q := range pts[1:] {
				line(q[0]*scale, q[1]*scale)
			}
		})
	}
	if stroke {
		for k := range pts {
			a, b := pts[k], pts[(k+1)%len(pts)]
			p.line(img, a[0], a[1], b[0], b[1], o.lw, o.col, scale)
		}
	}
}

// line draws a line lw points wide (at least a pixel) as a thin quadrilateral.
func (p *Pages) line(img *image.RGBA, x0, y0, x1, y1, lw float64, c rgb, scale float64) {
	dx, dy := x1-x0, y1-y0
	n := math.Hypot(dx, dy)
	if n == 0 {
		return
	}
	half := max(lw*scale, 1) / 2
	nx, ny := -dy/n*half, dx/n*half
	fillPath(img, colour(c), func(move, line func(x, y float64)) {
		move(x0*scale+nx, y0*scale+ny)
		line(x1*scale+nx, y1*scale+ny)
		line(x1*scale-nx, y1*scale-ny)
		line(x0*scale-nx, y0*scale-ny)
	})
}

// fillPath fills the path that trace draws (in pixels) with c, over the
// path's bounding box only.
func fillPath(img *image.RGBA, c color.RGBA, trace func(move, line func(x, y float64))) {
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	see := func(x, y float64) {
		minX, minY, maxX, maxY = min(minX, x), min(minY, y), max(maxX, x), max(maxY, y)
	}
	trace(see, see)
	box := image.Rect(int(math.Floor(minX)), int(math.Floor(minY)), int(math.Ceil(maxX))+1, int(math.Ceil(maxY))+1).Intersect(img.Bounds())
	if box.Empty() {
		return
	}
	var r vector.Rasterizer
	r.Reset(box.Dx(), box.Dy())
	ox, oy := float64(box.Min.X), float64(box.Min.Y)
	trace(func(x, y float64) { r.MoveTo(float32(x-ox), float32(y-oy)) },
		func(x, y float64) { r.LineTo(float32(x-ox), float32(y-oy)) })
	r.ClosePath()
	r.Draw(img, box, image.NewUniform(c), image.Point{})
}

// sfntOf is the outline font of a face, parsed once per Pages.
func (p *Pages) sfntOf(f *text.Face) (*sfnt.Font, error) {
	if s, ok := p.fonts[f]; ok {
		return s, nil
	}
	s, err := sfnt.Parse(f.Data())
	if err != nil {
		return nil, fmt.Errorf("pdf: font %s: %w", f.Name(), err)
	}
	p.fonts[f] = s
	return s, nil
}

// text draws one text run as the PDF does: each character's glyph in the
// run's face (the private lam code is the empty glyph), advancing by the
// face's widths; synthetic bold drawn twice, a little apart.
func (p *Pages) text(img *image.RGBA, o op, scale float64) error {
	font, err := p.sfntOf(o.face)
	if err != nil {
		return err
	}
	ppem := o.size * scale
	x := o.x * scale
	y := o.y * scale
	c := colour(o.col)
	for _, ch := range o.s {
		g := o.face.Glyph(ch)
		if ch == pdfLam {
			g = o.face.EmptyGlyph()
		}
		if g != 0 {
			segs, err := font.LoadGlyph(&p.buf, sfnt.GlyphIndex(g), fixed.Int26_6(ppem*64), nil)
			if err == nil && len(segs) > 0 {
				drawGlyph(img, segs, x, y, c)
				if o.fake {
					drawGlyph(img, segs, x+max(ppem*0.03, 0.6), y, c)
				}
			}
		}
		x += float64(o.face.GlyphAdvance(g)) * ppem / 1000
	}
	return nil
}

// drawGlyph fills a glyph's outline (y down, origin on the baseline at x, y).
func drawGlyph(img *image.RGBA, segs sfnt.Segments, x, y float64, c color.RGBA) {
	b := segs.Bounds()
	box := image.Rect(int(math.Floor(x+fx(b.Min.X))), int(math.Floor(y+fx(b.Min.Y))),
		int(math.Ceil(x+fx(b.Max.X)))+1, int(math.Ceil(y+fx(b.Max.Y)))+1).Intersect(img.Bounds())
	if box.Empty() {
		return
	}
	var r vector.Rasterizer
	r.Reset(box.Dx(), box.Dy())
	ox, oy := x-float64(box.Min.X), y-float64(box.Min.Y)
	pt := func(q fixed.Point26_6) (float32, float32) {
		return float32(ox + fx(q.X)), float32(oy + fx(q.Y))
	}
	for _, s := range segs {
		switch s.Op {
		case sfnt.SegmentOpMoveTo:
			r.MoveTo(pt(s.Args[0]))
		case sfnt.SegmentOpLineTo:
			r.LineTo(pt(s.Args[0]))
		case sfnt.SegmentOpQuadTo:
			ax, ay := pt(s.Args[0])
			bx, by := pt(s.Args[1])
			r.QuadTo(ax, ay, bx, by)
		case sfnt.SegmentOpCubeTo:
			ax, ay := pt(s.Args[0])
			bx, by := pt(s.Args[1])
			cx, cy := pt(s.Args[2])
			r.CubeTo(ax, ay, bx, by, cx, cy)
		}
	}
	r.ClosePath()
	r.Draw(img, box, image.NewUniform(c), image.Point{})
}

func fx(v fixed.Int26_6) float64 { return float64(v) / 64 }
