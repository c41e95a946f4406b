// Command fgdraft drafts a proposal to establish an ITU-T focus group, checks
// it against Recommendation ITU-T A.7 and exports the contribution as PDF in
// the six ITU languages.
//
//	fgdraft [--example | DRAFT]          the GUI
//	fgdraft validate [--json] DRAFT      the findings, headless
//	fgdraft export [--format F] [--lang L|all] DRAFT  the contribution PDF(s) and DOCX(s), headless
//	fgdraft xliff export|import ...      exchange with translators
//	fgdraft import-edits DOCX DRAFT      a Word file's edits back into the draft
//	fgdraft rules                        the rule catalogue
//	fgdraft version | --version          the version and commit
package main

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"fgdraft/internal/buildinfo"
)

const usage = `fgdraft drafts a proposal to establish an ITU-T focus group, checks it live
against Recommendation ITU-T A.7 and exports a ready-to-file contribution PDF
in Arabic, Chinese, English, French, Russian or Spanish.

Usage:
  fgdraft                         open the GUI on the last draft (the bundled example on first run)
  fgdraft DRAFT                   open the GUI on DRAFT (a draft file, or a PDF or DOCX
                                  fgdraft wrote: the draft travels inside)
  fgdraft --example               open the GUI on the bundled example
  fgdraft validate [--json] [--lang L] [--today YYYY-MM-DD] [--for L] DRAFT
                                  print every A.7 finding; exit 0 no error, 1 errors, 2 unreadable
  fgdraft export [--format pdf|docx|all] [--lang ar|zh|en|fr|ru|es|all] [-o PATH]
                 [--today YYYY-MM-DD] DRAFT
                                  write the contribution as PDF and/or Word (DOCX); exit 0
                                  written, 1 written but the draft has A.7 errors, 2 nothing written
  fgdraft xliff export --lang L [-o FILE] DRAFT
  fgdraft xliff import [--lang L] DRAFT FILE
                                  exchange the free text with translators as XLIFF 2.0
  fgdraft import-edits [--list | --accept-all] [--lang L] CONTRIBUTION.docx DRAFT
                                  take the edits made in Word (text, tracked changes, comments;
                                  a translated file's fields as translations) back into DRAFT
  fgdraft rules [--lang L]        list the A.7 rules checked, with ID, severity, clause and title
  fgdraft version, fgdraft --version
                                  print the version, build number and commit

Run "fgdraft COMMAND --help" for the options of a command.
`

func main() {
	if headlessCommand(os.Args[1:]) != nil {
		// A headless command runs for a moment and exits: collecting
		// its garbage would cost more than the memory it holds, so the
		// collector waits until the heap reaches cliHeapLimit, which a
		// six-language export of the example does not.
		debug.SetGCPercent(-1)
		debug.SetMemoryLimit(cliHeapLimit)
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// cliHeapLimit is the heap a headless command grows to before its first
// garbage collection. It is a small multiple of what the largest draft
// holds while it is exported (the renderers write as they set, issue 26):
// the export of a 16 MB draft to PDF and Word in Arabic peaks at about
// 140 MB of memory with it, and takes no longer than with 512 MB, where
// it took 530 MB.
const cliHeapLimit = 128 << 20

// runFunc runs one headless command with the arguments after its name.
type runFunc func(args []string, ver buildinfo.Version, stdout, stderr io.Writer) int

// headlessCommand is the headless command args name; nil means the GUI.
func headlessCommand(args []string) runFunc {
	if len(args) == 0 {
		return nil
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		return func(_ []string, _ buildinfo.Version, stdout, _ io.Writer) int {
			fmt.Fprint(stdout, usage)
			return exitOK
		}
	case "validate":
		return func(args []string, _ buildinfo.Version, stdout, stderr io.Writer) int {
			return runValidate(args, stdout, stderr)
		}
	case "export":
		return runExport
	case "xliff":
		return func(args []string, _ buildinfo.Version, stdout, stderr io.Writer) int {
			return runXLIFF(args, stdout, stderr)
		}
	case "import-edits":
		return func(args []string, _ buildinfo.Version, stdout, stderr io.Writer) int {
			return runImportEdits(args, os.Stdin, isTerminal(os.Stdin), stdout, stderr)
		}
	case "rules":
		return func(args []string, _ buildinfo.Version, stdout, stderr io.Writer) int {
			return runRules(args, stdout, stderr)
		}
	case "version", "--version", "-version":
		return runVersion
	}
	return nil
}

func run(args []string, stdout, stderr io.Writer) int {
	ver, err := version()
	if err != nil {
		fmt.Fprintln(stderr, "fgdraft: version:", err)
		return exitUnusable
	}
	if cmd := headlessCommand(args); cmd != nil {
		return cmd(args[1:], ver, terminalWriter{stdout}, terminalWriter{stderr})
	}
	if err := guiArgs(args); err != nil {
		fmt.Fprintf(stderr, "fgdraft: %v\nRun \"fgdraft --help\" for the commands and options.\n", err)
		return exitUnusable
	}
	return startGUI(args, ver, stderr)
}

// guiArgs checks the arguments of the window before it (or the program
// that shows it) starts: an unknown option, or a word that is neither a
// command nor a file, is said to be unknown rather than opened as a draft.
func guiArgs(args []string) error {
	var files []string
	for _, a := range args {
		switch {
		case a == "--example" || a == "-example":
		case a == "--":
		case strings.HasPrefix(a, "-"):
			return fmt.Errorf("unknown option %q", a)
		default:
			files = append(files, a)
		}
	}
	if len(files) > 1 {
		return fmt.Errorf("name at most one draft file (got %d: %s)", len(files), strings.Join(files, ", "))
	}
	if len(files) == 1 {
		f := files[0]
		if _, err := os.Stat(f); err != nil && !strings.ContainsAny(f, `./\`) {
			return fmt.Errorf("unknown command %q (and no file of that name)", f)
		}
	}
	return nil
}
