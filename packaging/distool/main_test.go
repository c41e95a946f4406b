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
	"testing"
)

func TestIcons(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "org.example.app.png")
	// left half opaque red, right half transparent
	img := image.NewNRGBA(image.Rect(0, 0, 256, 256))
	for y := range 256 {
		for x := range 128 {
			img.SetNRGBA(x, y, color.NRGBA{R: 255, A: 255})
		}
	}
	if err := writePNG(src, img); err != nil {
		t.Fatal(err)
	}
	if err := run([]string{"icons", src, filepath.Join(dir, "hicolor"), "16", "48"}); err != nil {
		t.Fatal(err)
	}
	for _, s := range []int{16, 48} {
		f, err := os.Open(filepath.Join(dir, "hicolor", fmt.Sprintf("%dx%d", s, s), "apps", "org.example.app.png"))
		if err != nil {
			t.Fatal(err)
		}
		got, err := png.Decode(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		if got.Bounds().Dx() != s || got.Bounds().Dy() != s {
			t.Fatalf("%d: bounds %v", s, got.Bounds())
		}
		left := color.NRGBAModel.Convert(got.At(0, s/2)).(color.NRGBA)
		right := color.NRGBAModel.Convert(got.At(s-1, s/2)).(color.NRGBA)
		if left != (color.NRGBA{R: 255, A: 255}) || right.A != 0 {
			t.Errorf("%d: left %v, right %v", s, left, right)
		}
	}
}

func TestBadArguments(t *testing.T) {
	for _, args := range [][]string{nil, {"icons", "a.png", "out", "big"}, {"ico", "a.png", "a.ico"}, {"ico", "a.png", "a.ico", "512"}, {"sign"}} {
		if err := run(args); err == nil {
			t.Errorf("%v accepted", args)
		}
	}
	if err := run([]string{"icons", "no/such.png", t.TempDir(), "16"}); err == nil {
		t.Error("a missing icon was accepted")
	}
}

// A Windows icon file holds one PNG image per size, 256 written as 0 in
// its directory, each where its entry says.
func TestICO(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "icon.png")
	if err := writePNG(src, image.NewNRGBA(image.Rect(0, 0, 512, 512))); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "app.ico")
	if err := run([]string{"ico", src, out, "16", "256"}); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if len(b) < 6+2*16 || binary.LittleEndian.Uint16(b[2:]) != 1 || binary.LittleEndian.Uint16(b[4:]) != 2 {
		t.Fatalf("not an icon directory of two images: % x", b[:min(len(b), 6)])
	}
	for i, want := range []int{16, 256} {
		e := b[6+16*i:]
		size, at := int(binary.LittleEndian.Uint32(e[8:])), int(binary.LittleEndian.Uint32(e[12:]))
		if w := int(e[0]); w != want%256 || int(e[1]) != want%256 {
			t.Errorf("image %d: directory says %dx%d", i, e[0], e[1])
		}
		img, err := png.Decode(bytes.NewReader(b[at : at+size]))
		if err != nil {
			t.Fatalf("image %d: %v", i, err)
		}
		if img.Bounds().Dx() != want {
			t.Errorf("image %d is %d wide, want %d", i, img.Bounds().Dx(), want)
		}
	}
}
