// Command distool does the steps of `make dist` that need more than the shell:
//
//	distool icons SRC.png OUTDIR SIZE...    the icon at each size, OUTDIR/SIZExSIZE/apps/NAME.png
//	distool console-twin GUI.exe CLI.exe     a copy of GUI.exe that Windows runs as a console program
//
// It is run with `go run ./packaging/distool`; see packaging/dist.sh.
package main

import (
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"strconv"

	"fgdraft/internal/winpe"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "distool:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	if len(args) == 0 {
		return fmt.Errorf("name a step: icons or console-twin")
	}
	switch args[0] {
	case "icons":
		if len(args) < 4 {
			return fmt.Errorf("usage: distool icons SRC.png OUTDIR SIZE...")
		}
		var sizes []int
		for _, a := range args[3:] {
			n, err := strconv.Atoi(a)
			if err != nil || n < 1 {
				return fmt.Errorf("icon size %q is not a positive number", a)
			}
			sizes = append(sizes, n)
		}
		return icons(args[1], args[2], sizes)
	case "console-twin":
		if len(args) != 3 {
			return fmt.Errorf("usage: distool console-twin GUI.exe CLI.exe")
		}
		return consoleTwin(args[1], args[2])
	}
	return fmt.Errorf("unknown step %q: use icons or console-twin", args[0])
}

// icons writes src scaled to each size as OUTDIR/NxN/apps/BASE, the layout
// of the freedesktop icon theme (share/icons/hicolor).
func icons(src, outDir string, sizes []int) error {
	f, err := os.Open(src)
	if err != nil {
		return err
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		return fmt.Errorf("%s: %w", src, err)
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

// consoleTwin copies the GUI executable and marks the copy as a console
// program: from cmd.exe or PowerShell it then prints to the console it was
// started from and its exit status is waited for, which a GUI-subsystem
// program gets from neither.
func consoleTwin(gui, cli string) error {
	in, err := os.Open(gui)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(cli, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o755)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return fmt.Errorf("copying %s to %s: %w", gui, cli, err)
	}
	if err := out.Close(); err != nil {
		return err
	}
	return winpe.SetSubsystem(cli, winpe.SubsystemConsole)
}
