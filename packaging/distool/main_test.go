package main

import (
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
	for _, args := range [][]string{nil, {"icons", "a.png", "out", "big"}, {"console-twin", "a.exe"}, {"sign"}} {
		if err := run(args); err == nil {
			t.Errorf("%v accepted", args)
		}
	}
	if err := run([]string{"icons", "no/such.png", t.TempDir(), "16"}); err == nil {
		t.Error("a missing icon was accepted")
	}
}
