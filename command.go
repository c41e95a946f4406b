package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"fgdraft/forms"
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
	return &command{name: name, flags: fs, stderr: stderr}
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

// fail reports err and returns the exit code for "nothing done".
func (c *command) fail(err error) int {
	fmt.Fprintf(c.stderr, "%s: %v\n", c.prefix(), err)
	return exitUnusable
}

// prefix names the command in messages: "fgdraft export".
func (c *command) prefix() string {
	if c.name == "" {
		return "fgdraft"
	}
	return "fgdraft " + c.name
}
