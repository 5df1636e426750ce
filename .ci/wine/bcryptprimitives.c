/* wine 8.0's bcryptprimitives.dll lacks ProcessPrng, which Rust's std imports for randomness
 * since Rust 1.78 (Windows 10+). This stand-in, placed next to a test .exe, exports it and
 * forwards to advapi32's RtlGenRandom (SystemFunction036), which wine has. For CI only: it is
 * never shipped. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
    while (len > 0) {
        ULONG chunk = len > 0x40000000 ? 0x40000000 : (ULONG)len;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        len -= chunk;
    }
    return TRUE;
}
