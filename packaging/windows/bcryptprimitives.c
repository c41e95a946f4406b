/*
 * A test-only stand-in for Windows' bcryptprimitives.dll, which Debian 12's
 * Wine 8.0 lacks and Go's Windows runtime loads at start (ProcessPrng, from
 * the system directory only). packaging/wine.sh builds it with mingw-w64 and
 * copies it into a throw-away Wine prefix's system32; it never ships.
 * ProcessPrng fills the buffer from RtlGenRandom (SystemFunction036), the
 * generator Go used before Go 1.22. It always succeeds, as the real one does.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size)
{
	while (size > 0) {
		ULONG chunk = size > 0x10000000 ? 0x10000000 : (ULONG)size;
		if (!SystemFunction036(data, chunk))
			return FALSE;
		data += chunk;
		size -= chunk;
	}
	return TRUE;
}
