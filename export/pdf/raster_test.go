package pdf

import (
	"image"
	"image/png"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"fgdraft/export"
	"fgdraft/export/exporttest"
	"fgdraft/forms"
	"fgdraft/forms/a7"
)

// The pages drawn for the preview are the PDF's pages: as many, and each
// with its ink where poppler draws the PDF's (pdftoppm at 72 dpi, one pixel
// a point), in every language: the first page and the last.
func TestPagesDrawWhatThePDFShows(t *testing.T) {
	exporttest.NeedTool(t, "pdfinfo", "pdftoppm")
	fs := exporttest.Fonts(t)
	for _, lang := range forms.Languages() {
		t.Run(string(lang), func(t *testing.T) {
			t.Parallel()
			doc := export.Build(exporttest.GoodProposal(), lang, exporttest.Cat, a7.Options{Today: exporttest.Today})
			b, err := export.Render(New(fs), doc)
			if err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			path := filepath.Join(dir, "doc.pdf")
			if err := os.WriteFile(path, b, 0o644); err != nil {
				t.Fatal(err)
			}
			m := regexp.MustCompile(`Pages:\s+(\d+)`).FindStringSubmatch(exporttest.Run(t, "pdfinfo", path))
			if m == nil {
				t.Fatal("pdfinfo gives no page count")
			}
			want, _ := strconv.Atoi(m[1])
			pages, err := New(fs).LayOut(doc)
			if err != nil {
				t.Fatal(err)
			}
			if pages.Count() != want {
				t.Fatalf("%d pages laid out for the preview, the PDF has %d", pages.Count(), want)
			}
			for _, i := range []int{0, pages.Count() - 1} {
				got, err := pages.Draw(i, 1)
				if err != nil {
					t.Fatal(err)
				}
				prefix := filepath.Join(dir, "p")
				exporttest.Run(t, "pdftoppm", "-r", "72", "-f", strconv.Itoa(i+1), "-l", strconv.Itoa(i+1), "-singlefile", "-png", path, prefix)
				ref := readPNG(t, prefix+".png")
				inkGot, inkRef, apart := compareInk(got, ref)
				if inkGot == 0 || inkRef == 0 {
					t.Fatalf("page %d: ink %d drawn, %d in the PDF", i+1, inkGot, inkRef)
				}
				// Anti-aliasing differs at the edges of glyphs and
				// rules: blocks of 6 pixels, where the ink is, agree.
				if float64(apart) > 0.15*float64(inkRef) {
					t.Errorf("page %d: %d blocks inked in one and blank in the other, of %d inked in the PDF (%d drawn)", i+1, apart, inkRef, inkGot)
				}
			}
		})
	}
}

func readPNG(t *testing.T, path string) image.Image {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	return img
}

// inked reports whether a block of 6 by 6 pixels at x, y has a pixel
// darker than light grey.
func inked(img image.Image, x, y int) bool {
	for dy := range 6 {
		for dx := range 6 {
			if !(image.Point{x + dx, y + dy}).In(img.Bounds()) {
				continue
			}
			r, g, b, _ := img.At(x+dx, y+dy).RGBA()
			if (r+g+b)/3 < 0xC000 {
				return true
			}
		}
	}
	return false
}

// compareInk counts the inked blocks of both images, and those inked in
// one and blank in the other.
func compareInk(got, ref image.Image) (inkGot, inkRef, apart int) {
	b := ref.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 6 {
		for x := b.Min.X; x < b.Max.X; x += 6 {
			g, r := inked(got, x, y), inked(ref, x, y)
			if g {
				inkGot++
			}
			if r {
				inkRef++
			}
			if g != r {
				apart++
			}
		}
	}
	return inkGot, inkRef, apart
}
