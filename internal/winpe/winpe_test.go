package winpe

import (
	"bytes"
	"encoding/binary"
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// writeICO writes an .ico file whose images are PNGs of the given sizes.
func writeICO(t *testing.T, path string, sizes ...int) {
	t.Helper()
	var imgs [][]byte
	for _, s := range sizes {
		m := image.NewNRGBA(image.Rect(0, 0, s, s))
		for i := range m.Pix {
			m.Pix[i] = 0x80
		}
		m.Set(0, 0, color.NRGBA{R: 255, A: 255})
		var b bytes.Buffer
		if err := png.Encode(&b, m); err != nil {
			t.Fatal(err)
		}
		imgs = append(imgs, b.Bytes())
	}
	var out bytes.Buffer
	le := func(v any) { binary.Write(&out, binary.LittleEndian, v) }
	le([3]uint16{0, 1, uint16(len(sizes))})
	off := 6 + 16*len(sizes)
	for i, s := range sizes {
		w := byte(s)
		if s >= 256 {
			w = 0
		}
		le([4]byte{w, w, 0, 0})
		le([2]uint16{1, 32})
		le([2]uint32{uint32(len(imgs[i])), uint32(off)})
		off += len(imgs[i])
	}
	for _, b := range imgs {
		out.Write(b)
	}
	if err := os.WriteFile(path, out.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

const testManifest = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<assembly xmlns="urn:schemas-microsoft-com:asm.v1" manifestVersion="1.0">
<assemblyIdentity version="1.2.3.4" name="winpe.test" type="win32"/>
</assembly>
`

const testRC = `1 ICON "app.ico"
1 24 "app.manifest"
1 VERSIONINFO
FILEVERSION 1,2,3,4
PRODUCTVERSION 1,2,3,4
BEGIN
  BLOCK "StringFileInfo"
  BEGIN
    BLOCK "040904B0"
    BEGIN
      VALUE "ProductName", "winpe test"
      VALUE "ProductVersion", "1.2.3 (build 4)"
    END
  END
  BLOCK "VarFileInfo"
  BEGIN
    VALUE "Translation", 0x409, 1200
  END
END
`

// buildTestExe compiles a small Windows GUI program with an icon, a manifest
// and version information, with mingw-w64 (Debian gcc-mingw-w64-x86-64).
func buildTestExe(t *testing.T) string {
	t.Helper()
	for _, tool := range []string{"x86_64-w64-mingw32-gcc", "x86_64-w64-mingw32-windres"} {
		if _, err := exec.LookPath(tool); err != nil {
			if os.Getenv("CI") != "" {
				t.Fatalf("%s is not installed (CI is set; make test installs gcc-mingw-w64-x86-64)", tool)
			}
			t.Skipf("%s not installed (Debian gcc-mingw-w64-x86-64; `make dist` installs it)", tool)
		}
	}
	dir := t.TempDir()
	writeICO(t, filepath.Join(dir, "app.ico"), 16, 32, 256)
	files := map[string]string{
		"app.manifest": testManifest,
		"app.rc":       testRC,
		"main.c":       "int main(void) { return 0; }\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, cmd := range [][]string{
		{"x86_64-w64-mingw32-windres", "app.rc", "-O", "coff", "-o", "app.res.o"},
		{"x86_64-w64-mingw32-gcc", "-mwindows", "-o", "app.exe", "main.c", "app.res.o"},
	} {
		c := exec.Command(cmd[0], cmd[1:]...)
		c.Dir = dir
		if out, err := c.CombinedOutput(); err != nil {
			t.Fatalf("%v: %v\n%s", cmd, err, out)
		}
	}
	return filepath.Join(dir, "app.exe")
}

func TestInspect(t *testing.T) {
	exe := buildTestExe(t)
	info, err := Inspect(exe)
	if err != nil {
		t.Fatal(err)
	}
	if info.Subsystem != SubsystemGUI {
		t.Errorf("subsystem %d, want GUI", info.Subsystem)
	}
	if !slices.Equal(info.IconSizes, []int{16, 32, 256}) || info.Icons != 3 {
		t.Errorf("icons %v (%d found)", info.IconSizes, info.Icons)
	}
	if !strings.Contains(info.Manifest, `name="winpe.test"`) {
		t.Errorf("manifest %q", info.Manifest)
	}
	if info.FileVersion != [4]uint16{1, 2, 3, 4} || info.ProductVersion != [4]uint16{1, 2, 3, 4} {
		t.Errorf("versions %v %v", info.FileVersion, info.ProductVersion)
	}
	if !slices.Contains(info.Sections, ".rsrc") || !slices.Contains(info.Sections, ".text") {
		t.Errorf("sections %v", info.Sections)
	}
	if info.Strings["ProductName"] != "winpe test" || info.Strings["ProductVersion"] != "1.2.3 (build 4)" {
		t.Errorf("strings %v", info.Strings)
	}
}

func TestNotAnExecutable(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fgdraft.exe")
	if err := os.WriteFile(path, []byte("MZ but nothing else"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Inspect(path); err == nil || !strings.Contains(err.Error(), path) {
		t.Errorf("error %v, want one naming %s", err, path)
	}
}
