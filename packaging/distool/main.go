// Command distool does the steps of `make dist` that need more than the shell:
//
//	distool icons SRC.png OUTDIR SIZE...    the icon at each size, OUTDIR/SIZExSIZE/apps/NAME.png
//	distool ico SRC.png OUT.ico SIZE...      the icon at each size, as one Windows icon file
//
// It is run with `go run ./packaging/distool`; see packaging/dist.sh.
package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strconv"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "distool:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	if len(args) == 0 {
		return fmt.Errorf("name a step: icons or ico")
	}
	// both steps take a source image, where to write and the sizes
	steps := map[string]struct {
		usage string
		write func(src, out string, sizes []int) error
	}{
		"icons": {"distool icons SRC.png OUTDIR SIZE...", icons},
		"ico":   {"distool ico SRC.png OUT.ico SIZE...", ico},
	}
	step, ok := steps[args[0]]
	if !ok {
		return fmt.Errorf("unknown step %q: use icons or ico", args[0])
	}
	if len(args) < 4 {
		return fmt.Errorf("usage: %s", step.usage)
	}
	var sizes []int
	for _, a := range args[3:] {
		n, err := strconv.Atoi(a)
		if err != nil || n < 1 {
			return fmt.Errorf("icon size %q is not a positive number", a)
		}
		sizes = append(sizes, n)
	}
	return step.write(args[1], args[2], sizes)
}

func readPNG(path string) (image.Image, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return img, nil
}

// icons writes src scaled to each size as OUTDIR/NxN/apps/BASE, the layout
// of the freedesktop icon theme (share/icons/hicolor).
func icons(src, outDir string, sizes []int) error {
	img, err := readPNG(src)
	if err != nil {
		return err
	}
	for _, s := range sizes {
		dir := filepath.Join(outDir, fmt.Sprintf("%dx%d", s, s), "apps")
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		out := filepath.Join(dir, filepath.Base(src))
		if err := writePNG(out, scale(img, s)); err != nil {
			return err
		}
	}
	return nil
}

func writePNG(path string, img image.Image) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := png.Encode(f, img); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	return f.Close()
}

// scale resamples img to size×size by averaging, for each target pixel, the
// source pixels it covers, weighted by the area covered (premultiplied, so
// transparent edges do not darken). Icons only shrink, where this is exact.
func scale(img image.Image, size int) *image.NRGBA {
	b := img.Bounds()
	sw, sh := float64(b.Dx()), float64(b.Dy())
	out := image.NewNRGBA(image.Rect(0, 0, size, size))
	fx, fy := sw/float64(size), sh/float64(size)
	for y := range size {
		y0, y1 := float64(y)*fy, float64(y+1)*fy
		for x := range size {
			x0, x1 := float64(x)*fx, float64(x+1)*fx
			var r, g, bl, a, area float64
			for sy := int(y0); float64(sy) < y1 && sy < b.Dy(); sy++ {
				wy := min(y1, float64(sy+1)) - max(y0, float64(sy))
				for sx := int(x0); float64(sx) < x1 && sx < b.Dx(); sx++ {
					wx := min(x1, float64(sx+1)) - max(x0, float64(sx))
					w := wx * wy
					c := color.NRGBA64Model.Convert(img.At(b.Min.X+sx, b.Min.Y+sy)).(color.NRGBA64)
					ca := float64(c.A) / 0xffff
					r += w * ca * float64(c.R)
					g += w * ca * float64(c.G)
					bl += w * ca * float64(c.B)
					a += w * ca
					area += w
				}
			}
			if a == 0 {
				continue
			}
			out.SetNRGBA(x, y, color.NRGBA{
				R: uint8(r / a / 257), G: uint8(g / a / 257), B: uint8(bl / a / 257),
				A: uint8(a / area * 255),
			})
		}
	}
	return out
}

// ico writes src scaled to each size as one Windows icon file, each image
// stored as PNG (which Windows Vista and later read; the 256-pixel image
// is what Explorer shows large).
func ico(src, out string, sizes []int) error {
	img, err := readPNG(src)
	if err != nil {
		return err
	}
	var images [][]byte
	for _, s := range sizes {
		if s > 256 {
			return fmt.Errorf("icon size %d: Windows icons are at most 256 pixels", s)
		}
		var b bytes.Buffer
		if err := png.Encode(&b, scale(img, s)); err != nil {
			return err
		}
		images = append(images, b.Bytes())
	}
	// ICONDIR, then one ICONDIRENTRY per image, then the images
	head := make([]byte, 6+16*len(sizes))
	binary.LittleEndian.PutUint16(head[2:], 1) // an icon
	binary.LittleEndian.PutUint16(head[4:], uint16(len(sizes)))
	offset := len(head)
	for i, s := range sizes {
		e := head[6+16*i:]
		e[0], e[1] = byte(s%256), byte(s%256)    // 0 means 256
		binary.LittleEndian.PutUint16(e[4:], 1)  // planes
		binary.LittleEndian.PutUint16(e[6:], 32) // bits per pixel
		binary.LittleEndian.PutUint32(e[8:], uint32(len(images[i])))
		binary.LittleEndian.PutUint32(e[12:], uint32(offset))
		offset += len(images[i])
	}
	return os.WriteFile(out, append(head, bytes.Join(images, nil)...), 0o644)
}
