//go:build !nogui && (linux || freebsd || netbsd || openbsd)

package main

/*
#cgo LDFLAGS: -lX11
#include <stdlib.h>
#include <string.h>
#include <X11/Xlib.h>
#include <X11/Xatom.h>

// ximServerRegistered reports whether an input method server called name
// is registered on the display, where Xlib looks for it (XIM protocol: an
// atom "@server=NAME" in the root window's XIM_SERVERS, a selection of that
// name owned by the server): 1 yes, 0 no, -1 no display to ask.
static int ximServerRegistered(const char* name)
{
	Display* display = XOpenDisplay(NULL);
	if (!display)
		return -1;

	int found = 0;
	Atom servers = XInternAtom(display, "XIM_SERVERS", True);
	if (servers != None)
	{
		Atom type;
		int format;
		unsigned long count, after;
		unsigned char* data = NULL;
		if (XGetWindowProperty(display, DefaultRootWindow(display), servers,
		                       0, 1024, False, XA_ATOM, &type, &format,
		                       &count, &after, &data) == Success && data)
		{
			Atom* atoms = (Atom*) data;
			for (unsigned long i = 0;  i < count && !found;  i++)
			{
				// A server that exited may leave its atom behind: the
				// one running owns the selection of that name.
				char* atom = XGetAtomName(display, atoms[i]);
				if (atom)
				{
					found = strncmp(atom, "@server=", 8) == 0 && strcmp(atom + 8, name) == 0 &&
					        XGetSelectionOwner(display, atoms[i]) != None;
					XFree(atom);
				}
			}
			XFree(data);
		}
	}

	XCloseDisplay(display);
	return found;
}
*/
import "C"

import (
	"os"
	"unsafe"
)

// missingInputMethod is the input method XMODIFIERS names ("@im=ibus")
// when it is not running on the display, "" otherwise: the input method
// servers register on the display, which is where Xlib looks for them, so
// the check holds for ibus, fcitx and any other, local or not, at the
// cost of one short connection.
func missingInputMethod() string {
	name := inputMethodName(os.Getenv("XMODIFIERS"))
	if name == "" || os.Getenv("DISPLAY") == "" {
		return ""
	}
	cname := C.CString(name)
	defer C.free(unsafe.Pointer(cname))
	if C.ximServerRegistered(cname) == 0 {
		return name
	}
	return ""
}
