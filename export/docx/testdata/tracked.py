#!/usr/bin/python3
"""Accept or reject all tracked changes of Word files with LibreOffice.

Usage: tracked.py PROFILE_DIR MODE IN.docx OUT.txt [MODE IN OUT ...]
MODE is accept, reject or text. Each file is opened hidden in one headless
LibreOffice, its tracked changes are all accepted (.uno:AcceptAllTrackedChanges)
or all rejected (.uno:RejectAllTrackedChanges) as a user would in the
Review menu, or left as they are (text), and the text is saved as plain
UTF-8 text. Interrupted (SIGINT), it ends the LibreOffice it started.
"""
import os
import signal
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def main():
    profile, jobs = sys.argv[1], sys.argv[2:]
    if len(jobs) % 3:
        sys.exit(__doc__)
    pipe = "fgdraft_tracked_%d" % os.getpid()
    office = subprocess.Popen(["soffice", "-env:UserInstallation=file://" + profile,
                               "--headless", "--invisible", "--norestore", "--nologo",
                               "--accept=pipe,name=%s;urp;" % pipe],
                              start_new_session=True)  # its own group: soffice starts soffice.bin
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        ctx = None
        # a loaded machine may take minutes to start LibreOffice
        deadline = time.monotonic() + 300
        while ctx is None and time.monotonic() < deadline and office.poll() is None:
            try:
                ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            except Exception:
                time.sleep(0.2)
        if ctx is None:
            sys.exit("LibreOffice did not answer (exit status %s)" % office.poll())
        smgr = ctx.ServiceManager
        desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        dispatcher = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)
        for i in range(0, len(jobs), 3):
            mode, src, dst = jobs[i:i + 3]
            doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(src)), "_blank", 0,
                                               (prop("Hidden", True),))
            command = {"accept": ".uno:AcceptAllTrackedChanges", "reject": ".uno:RejectAllTrackedChanges", "text": None}[mode]
            if command:
                dispatcher.executeDispatch(doc.getCurrentController().getFrame(), command, "", 0, ())
            doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(dst)),
                           (prop("FilterName", "Text (encoded)"), prop("FilterOptions", "UTF8,LF")))
            doc.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass  # the bridge goes as LibreOffice ends
    finally:
        try:
            office.wait(timeout=30)
        except BaseException:
            # the whole group, soffice.bin with its wrapper
            os.killpg(office.pid, signal.SIGKILL)
            office.wait()


if __name__ == "__main__":
    main()
