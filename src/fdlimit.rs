//! Running out of file descriptors (`ulimit -n`, or a system-wide table). Every socket and file
//! open then fails with EMFILE, which the probes would otherwise report as what it looks like:
//! a resolver that answers nothing, a proxy that cannot be reached, a go that cannot start, a
//! file that cannot be read. Those are false network verdicts, so each I/O site notes the error
//! here and the run reports one internal finding that says what really happened.

use std::sync::atomic::{AtomicU64, Ordering};

static SEEN: AtomicU64 = AtomicU64::new(0);

/// Whether `e` is "too many open files" (the process's limit, or the system's).
pub fn is_exhaustion(e: &std::io::Error) -> bool {
    #[cfg(unix)]
    return matches!(e.raw_os_error(), Some(libc::EMFILE | libc::ENFILE));
    // WSAEMFILE from Winsock, EMFILE from the C runtime.
    #[cfg(windows)]
    return matches!(e.raw_os_error(), Some(10024 | 24));
    #[cfg(not(any(unix, windows)))]
    return false;
}

/// Notes `e` if it is fd exhaustion; returns whether it was.
pub fn note(e: &std::io::Error) -> bool {
    let exhausted = is_exhaustion(e);
    if exhausted {
        SEEN.fetch_add(1, Ordering::Relaxed);
    }
    exhausted
}

/// For errors that do not carry the OS error (hickory's "no connections available"): whether a
/// socket can be opened right now, noting the exhaustion when it cannot.
pub fn probe_now() -> bool {
    match std::net::UdpSocket::bind(("127.0.0.1", 0)) {
        Ok(_) => false,
        Err(e) => note(&e),
    }
}

/// How many exhaustion errors were noted so far (callers compare two readings).
pub fn seen() -> u64 {
    SEEN.load(Ordering::Relaxed)
}

/// The soft limit on open files, where the OS has one.
pub fn soft_limit() -> Option<u64> {
    #[cfg(unix)]
    {
        let mut limit = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        // SAFETY: getrlimit writes one rlimit into the struct we own; no other precondition.
        if unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) } == 0 {
            #[allow(clippy::unnecessary_cast)] // rlim_t is u64 on Linux, not everywhere
            return Some(limit.rlim_cur as u64);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_emfile_and_enfile_count() {
        #[cfg(unix)]
        {
            let before = seen();
            assert!(note(&std::io::Error::from_raw_os_error(libc::EMFILE)));
            assert!(note(&std::io::Error::from_raw_os_error(libc::ENFILE)));
            assert!(!note(&std::io::Error::from_raw_os_error(
                libc::ECONNREFUSED
            )));
            assert!(seen() >= before + 2);
        }
        #[cfg(windows)]
        assert!(note(&std::io::Error::from_raw_os_error(10024)));
        assert!(!note(&std::io::Error::other("x")));
    }
}
