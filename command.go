package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"fgdraft/export/reopen"
	"fgdraft/forms"
	"fgdraft/locales"
)

// Exit codes of the headless commands.
const (
	exitOK       = 0 // done, and the draft meets A.7
	exitFindings = 1 // done, but the draft has A.7 errors
	exitUnusable = 2 // nothing done: bad usage or unreadable draft
)

// command is one headless command being run: its flags, and where and under
// which name it reports problems.
type command struct {
	name   string
	flags  *flag.FlagSet
	stderr io.Writer
	// speaks is the language of the command's problems (speakIn); unset,
	// the environment's (locales.EnvironmentLang), else English.
	speaks forms.Lang
	loc    *locales.Localizer // speaks' messages, loaded when first needed
	getenv func(string) string
}

// newCommand starts a command; usage is printed, followed by the flags, for
// --help and for bad usage.
func newCommand(name, usage string, stderr io.Writer) *command {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, usage)
		fmt.Fprintln(stderr, "\nOptions:")
		fs.PrintDefaults()
	}
	return &command{name: name, flags: fs, stderr: stderr, getenv: os.Getenv}
}

// speakIn makes lang the language of the command's problems: the one a
// --lang flag names where it names the messages' language. Without it the
// command speaks the environment's language, as the window does.
func (c *command) speakIn(lang forms.Lang) {
	if lang.Valid() && lang != c.speaks {
		c.speaks, c.loc = lang, nil
	}
}

// ui is the language the command reports problems in.
func (c *command) ui() *locales.Localizer {
	if c.loc != nil {
		return c.loc
	}
	lang := c.speaks
	if !lang.Valid() {
		var ok bool
		if lang, ok = locales.EnvironmentLang(c.getenv); !ok {
			lang = forms.English
		}
	}
	cat, err := locales.Load(lang)
	if err != nil { // the compiled messages of an ITU language: cannot fail
		panic(err)
	}
	c.loc = cat.In(lang)
	return c.loc
}

// lang defines a language flag: one of the six ITU languages, or with
// allowAll also "all". Unset, it stays "".
func (c *command) lang(name, usage string, allowAll bool) *forms.Lang {
	var l forms.Lang
	c.flags.Func(name, usage, func(s string) error {
		v := forms.Lang(strings.ToLower(s))
		if v.Valid() || (allowAll && v == "all") {
			l = v
			return nil
		}
		want := "ar, zh, en, fr, ru or es"
		if allowAll {
			want += ", or all"
		}
		return fmt.Errorf("%q is not an ITU language; use %s", s, want)
	})
	return &l
}

// date defines a date flag (YYYY-MM-DD). Unset, it stays the zero Date.
func (c *command) date(name, usage string) *forms.Date {
	var d forms.Date
	c.flags.Func(name, usage, func(s string) (err error) {
		if strings.TrimSpace(s) == "" {
			return errors.New("an empty date; give one as YYYY-MM-DD")
		}
		d, err = forms.ParseDate(s)
		return err
	})
	return &d
}

// parse reads the flags, which may stand before or after the positional
// arguments ("validate DRAFT --json" as well as "validate --json DRAFT"), and
// checks that there are npos positional arguments. When ok is false the
// command is over and returns code: --help was asked for, or the usage was
// wrong (and said so).
func (c *command) parse(args []string, npos int, what string) (pos []string, code int, ok bool) {
	for {
		err := c.flags.Parse(args)
		if errors.Is(err, flag.ErrHelp) {
			return nil, exitOK, false
		}
		if err != nil {
			return nil, exitUnusable, false // the flag package said why
		}
		if c.flags.NArg() == 0 {
			break
		}
		pos = append(pos, c.flags.Arg(0))
		args = c.flags.Args()[1:]
	}
	if len(pos) != npos {
		fmt.Fprintf(c.stderr, "%s: %s\n", c.prefix(), what)
		c.flags.Usage()
		return nil, exitUnusable, false
	}
	return pos, exitOK, true
}

// fail reports err, in the command's language, and returns the exit code
// for "nothing done".
func (c *command) fail(err error) int {
	fmt.Fprintf(c.stderr, "%s: %s\n", c.prefix(), c.say(err))
	return exitUnusable
}

// refuse reports the command's own refusal, the message id with data, and
// returns the exit code for "nothing done".
func (c *command) refuse(id string, data map[string]any) int {
	return c.fail(&refusal{id: id, data: data})
}

// say is err in the command's language, by its kind: a refusal of the
// command's own, a problem with a file named before it, or what
// reopen.Describe says of a draft, contribution, XLIFF or other file.
func (c *command) say(err error) string {
	var r *refusal
	if errors.As(err, &r) {
		return c.ui().T(r.id, r.data)
	}
	var f *fileError
	if errors.As(err, &f) {
		return f.path + ": " + c.say(f.err)
	}
	return reopen.Describe(err, c.ui())
}

// refusal is a command's own reason to do nothing: a message of locales
// (cli.*) with its data.
type refusal struct {
	id   string
	data map[string]any
}

func (r *refusal) Error() string { return r.id }

// fileError is a problem with the file at path, said after its name:
// "FILE: problem".
type fileError struct {
	path string
	err  error
}

func (e *fileError) Error() string { return e.path + ": " + e.err.Error() }
func (e *fileError) Unwrap() error { return e.err }

// prefix names the command in messages: "fgdraft export".
func (c *command) prefix() string {
	if c.name == "" {
		return "fgdraft"
	}
	return "fgdraft " + c.name
}
