//go:build !nogui && (linux || freebsd || netbsd || openbsd)

package main

/*
#include <langinfo.h>
#include <locale.h>
#include <string.h>

// ctypeIsUTF8 sets the C library's character type from the environment,
// as the windowing layer will, and reports whether it reads UTF-8.
static int ctypeIsUTF8(void)
{
	if (setlocale(LC_CTYPE, "") == NULL)
		return 0;
	return strcmp(nl_langinfo(CODESET), "UTF-8") == 0;
}
*/
import "C"

import "os"

// utf8Locales are the locales tried, in this order, for the character type
// when the environment's is not UTF-8 or does not exist on the machine:
// C.UTF-8 (in the C library since glibc 2.35, and in musl), then the
// English one most systems have.
var utf8Locales = []string{"C.UTF-8", "C.utf8", "en_US.UTF-8"}

// ensureUTF8CType gives the window a UTF-8 character type (LC_CTYPE)
// when the environment has none: without it, Xlib hands over the text an
// input method commits in the locale's charset, and Chinese never arrives
// (issue 27, docs/ime.md). The environment is changed, not only the
// process's locale, since GLFW sets LC_CTYPE from it again. It returns the
// locale it set, "" when the environment's already reads UTF-8 or no
// UTF-8 locale exists.
func ensureUTF8CType() string {
	if C.ctypeIsUTF8() != 0 {
		return ""
	}
	// LC_ALL overrides LC_CTYPE: the other categories keep its value
	// through LANG and the LC_* set beside it.
	if all := os.Getenv("LC_ALL"); all != "" {
		for _, name := range localeCategories {
			if _, set := os.LookupEnv(name); set {
				os.Setenv(name, all)
			}
		}
		os.Setenv("LANG", all)
		os.Unsetenv("LC_ALL")
	}
	old, had := os.LookupEnv("LC_CTYPE")
	for _, name := range utf8Locales {
		os.Setenv("LC_CTYPE", name)
		if C.ctypeIsUTF8() != 0 {
			return name
		}
	}
	if had {
		os.Setenv("LC_CTYPE", old)
	} else {
		os.Unsetenv("LC_CTYPE")
	}
	C.ctypeIsUTF8()
	return ""
}

// localeCategories are the POSIX locale variables LC_ALL overrides.
var localeCategories = []string{"LC_COLLATE", "LC_CTYPE", "LC_MESSAGES", "LC_MONETARY", "LC_NUMERIC", "LC_TIME"}
