package distcheck

import (
	"archive/zip"
	"bytes"
	"debug/pe"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"fgdraft/internal/winpe"
)

// distDir is the folder `make dist` wrote, named by FGDRAFT_DIST; without it
// (a plain `go test ./...`) there is nothing to check.
func distDir(t *testing.T) string {
	dir := os.Getenv("FGDRAFT_DIST")
	if dir == "" {
		t.Skip("FGDRAFT_DIST not set: run `make dist-check`")
	}
	return dir
}

// fyneApp reads version and build number from FyneApp.toml.
func fyneApp(t *testing.T) (version string, build int) {
	t.Helper()
	b, err := os.ReadFile("../../FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	v := regexp.MustCompile(`(?m)^\s*Version\s*=\s*"([^"]+)"`).FindSubmatch(b)
	n := regexp.MustCompile(`(?m)^\s*Build\s*=\s*(\d+)`).FindSubmatch(b)
	if v == nil || n == nil {
		t.Fatal("FyneApp.toml lacks Version or Build")
	}
	build, _ = strconv.Atoi(string(n[1]))
	return string(v[1]), build
}

// unzipWindows unpacks the Windows package into a temporary folder and
// returns the folder inside it.
func unzipWindows(t *testing.T, version string) string {
	t.Helper()
	name := "fgdraft-" + version + "-windows-amd64"
	zr, err := zip.OpenReader(filepath.Join(distDir(t), name+".zip"))
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	out := t.TempDir()
	for _, f := range zr.File {
		if !strings.HasPrefix(f.Name, name+"/") {
			t.Errorf("%s lies outside the folder %s/", f.Name, name)
			continue
		}
		if f.FileInfo().IsDir() {
			continue
		}
		path := filepath.Join(out, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(r)
		r.Close()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return filepath.Join(out, name)
}

func TestWindowsPackage(t *testing.T) {
	version, build := fyneApp(t)
	dir := unzipWindows(t, version)
	for _, f := range []string{"fgdraft.exe", "fgdraft-cli.exe", "README.txt", "LICENSE.txt",
		"licences/THIRD-PARTY-LICENSES.txt", "licences/NotoSans-COPYRIGHT.txt",
		"licences/NotoNaskhArabic-OFL.txt", "licences/NotoSansSC-OFL.txt", "examples/fg-example-en.json"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("the zip lacks %s", f)
		}
	}
	readme, _ := os.ReadFile(filepath.Join(dir, "README.txt"))
	if !strings.Contains(string(readme), "\r\n") || !strings.Contains(string(readme), version) {
		t.Error("README.txt is not a Windows text file naming the version")
	}

	var nums [4]uint16
	for i, p := range strings.SplitN(version, ".", 3) {
		n, _ := strconv.Atoi(p)
		nums[i] = uint16(n)
	}
	nums[3] = uint16(build)
	for _, exe := range []struct {
		name      string
		subsystem uint16
	}{{"fgdraft.exe", winpe.SubsystemGUI}, {"fgdraft-cli.exe", winpe.SubsystemConsole}} {
		t.Run(exe.name, func(t *testing.T) {
			info, err := winpe.Inspect(filepath.Join(dir, exe.name))
			if err != nil {
				t.Fatal(err)
			}
			if info.Subsystem != exe.subsystem {
				t.Errorf("subsystem %d, want %d", info.Subsystem, exe.subsystem)
			}
			// Explorer picks the image nearest the size it draws; large
			// icons in Windows 10/11 need 256.
			if !slices.Contains(info.IconSizes, 256) || info.Icons < len(info.IconSizes) || len(info.IconSizes) == 0 {
				t.Errorf("icon images %v, %d present", info.IconSizes, info.Icons)
			}
			for _, want := range []string{
				`name="org.fgdraft.fgdraft"`,
				fmt.Sprintf(`version="%d.%d.%d.%d"`, nums[0], nums[1], nums[2], nums[3]),
				`level="asInvoker"`, "PerMonitorV2", "<activeCodePage", "8e0f7a12-bfb3-4fe8-b9a5-48fd50a15a9a",
			} {
				if !strings.Contains(info.Manifest, want) {
					t.Errorf("manifest lacks %s:\n%s", want, info.Manifest)
				}
			}
			if info.FileVersion != nums {
				t.Errorf("file version %v, want %v", info.FileVersion, nums)
			}
			if info.Strings["ProductName"] != "fgdraft" || !strings.HasPrefix(info.Strings["ProductVersion"], version) {
				t.Errorf("version strings %v", info.Strings)
			}
			// The commit is set (packaging/build.sh, -X main.commit).
			data, err := os.ReadFile(filepath.Join(dir, exe.name))
			if err != nil {
				t.Fatal(err)
			}
			if commit := os.Getenv("FGDRAFT_COMMIT"); commit == "" || !bytes.Contains(data, []byte(commit)) {
				t.Errorf("commit %q not in the executable (FGDRAFT_COMMIT names it)", commit)
			}
			// Release builds are stripped: no symbol table, no DWARF.
			pf, err := pe.Open(filepath.Join(dir, exe.name))
			if err != nil {
				t.Fatal(err)
			}
			defer pf.Close()
			if n := pf.FileHeader.NumberOfSymbols; n != 0 {
				t.Errorf("%d symbols: not stripped (-s)", n)
			}
			for _, sec := range pf.Sections {
				if strings.HasPrefix(sec.Name, ".debug") || strings.HasPrefix(sec.Name, ".zdebug") {
					t.Errorf("section %s: debug information not stripped (-w)", sec.Name)
				}
			}
			// The window program is the whole of fgdraft; the command line
			// is the build without Fyne, which starts fast.
			if hasFyne := bytes.Contains(data, []byte("fyne.io/fyne/v2/app")); hasFyne != (exe.subsystem == winpe.SubsystemGUI) {
				t.Errorf("links Fyne: %v", hasFyne)
			}
		})
	}
}
