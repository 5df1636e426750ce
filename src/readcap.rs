//! Capped, type-checked reads of the local files godiag inspects. Many of them are controlled by
//! someone else (a cloned repository's go.mod, a downloaded hosts list) or can be anything at all
//! (`ln -s /dev/zero ~/.bashrc`, a FIFO named settings.json): a plain `fs::read` of such a file
//! grows memory until the process is killed, or blocks forever on a FIFO. Every read here checks
//! the file type first (opening without blocking, then `fstat` on the open file, so a file
//! swapped after a `stat` is caught too), reads at most a cap with `take`, and says so when it
//! stopped at the cap. Callers turn `truncated` and the errors into findings.

use std::fmt;
use std::io::{ErrorKind, Read as _};
use std::path::Path;
use std::time::Duration;

/// Caps, one per kind of file, each far above any real file of that kind.
pub mod caps {
    /// go.mod / go.work: the largest real go.mod files are a few hundred KiB.
    pub const GO_MOD: u64 = 4 << 20;
    /// The `go env -w` file: a few lines written by `go env -w`.
    pub const GO_ENV_FILE: u64 = 1 << 20;
    /// A shell startup file, /etc/environment, a profile.d script.
    pub const STARTUP_FILE: u64 = 1 << 20;
    /// resolv.conf, nsswitch.conf, host.conf.
    pub const SMALL_CONFIG: u64 = 256 << 10;
    /// A VS Code settings file or `.code-workspace` file.
    pub const SETTINGS: u64 = 16 << 20;
    /// The hosts file: the largest published blocklists are about 10 MB.
    pub const HOSTS: u64 = 64 << 20;
    /// godiag's own TOML config.
    pub const CONFIG: u64 = 1 << 20;
}

/// What a path turned out to be when it is not a regular file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
// FIFOs, devices and sockets are told apart only where std can (Unix); elsewhere they are
// `Other`.
#[cfg_attr(not(unix), allow(dead_code))]
pub enum FileKind {
    Directory,
    Fifo,
    CharDevice,
    BlockDevice,
    Socket,
    Other,
}

impl fmt::Display for FileKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            FileKind::Directory => "a directory",
            FileKind::Fifo => "a FIFO (named pipe)",
            FileKind::CharDevice => "a character device",
            FileKind::BlockDevice => "a block device",
            FileKind::Socket => "a socket",
            FileKind::Other => "not a regular file",
        })
    }
}

/// Why a file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
// ELOOP is recognised by its errno, which only Unix reports.
#[cfg_attr(not(unix), allow(dead_code))]
pub enum ReadError {
    NotFound,
    PermissionDenied(String),
    /// It exists but is not a regular file: reading it could block or never end.
    NotRegular(FileKind),
    /// Symbolic links form a loop (ELOOP) or the path is otherwise unresolvable.
    Loop,
    TimedOut(Duration),
    Io(String),
}

impl ReadError {
    /// The `io::ErrorKind` closest to this error, for callers that map kinds to statuses.
    pub fn kind(&self) -> ErrorKind {
        match self {
            ReadError::NotFound => ErrorKind::NotFound,
            ReadError::PermissionDenied(_) => ErrorKind::PermissionDenied,
            ReadError::NotRegular(_) => ErrorKind::InvalidInput,
            ReadError::TimedOut(_) => ErrorKind::TimedOut,
            ReadError::Loop | ReadError::Io(_) => ErrorKind::Other,
        }
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::NotFound => f.write_str("no such file"),
            ReadError::PermissionDenied(m) => write!(f, "permission denied ({m})"),
            ReadError::NotRegular(kind) => write!(f, "it is {kind}, not a regular file"),
            ReadError::Loop => f.write_str("its symbolic links form a loop"),
            ReadError::TimedOut(t) => write!(
                f,
                "reading took longer than {}",
                humantime::format_duration(*t)
            ),
            ReadError::Io(m) => f.write_str(m),
        }
    }
}

impl std::error::Error for ReadError {}

/// A file's first `cap` bytes at most.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Capped {
    pub data: Vec<u8>,
    /// The file holds more than `data`: only its first `cap` bytes were read.
    pub truncated: bool,
    /// The cap this read used, for "larger than N, read the first N".
    pub cap: u64,
}

impl Capped {
    /// "larger than 1 MiB: read the first 1 MiB", for findings and notes.
    pub fn truncation_note(&self) -> Option<String> {
        self.truncated.then(|| {
            let n = human_size(self.cap);
            format!("larger than {n}: only the first {n} was read")
        })
    }
}

/// 1048576 -> "1 MiB"; 300 -> "300 bytes".
pub fn human_size(bytes: u64) -> String {
    match bytes {
        b if b >= 1 << 30 && b % (1 << 30) == 0 => format!("{} GiB", b >> 30),
        b if b >= 1 << 20 && b % (1 << 20) == 0 => format!("{} MiB", b >> 20),
        b if b >= 1 << 10 && b % (1 << 10) == 0 => format!("{} KiB", b >> 10),
        b => format!("{b} bytes"),
    }
}

fn classify(e: &std::io::Error) -> ReadError {
    crate::fdlimit::note(e);
    #[cfg(unix)]
    if e.raw_os_error() == Some(libc::ELOOP) {
        return ReadError::Loop;
    }
    match e.kind() {
        ErrorKind::NotFound => ReadError::NotFound,
        ErrorKind::PermissionDenied => ReadError::PermissionDenied(e.to_string()),
        _ => ReadError::Io(e.to_string()),
    }
}

fn kind_of(ft: std::fs::FileType) -> Option<FileKind> {
    if ft.is_file() {
        return None;
    }
    if ft.is_dir() {
        return Some(FileKind::Directory);
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt as _;
        if ft.is_fifo() {
            return Some(FileKind::Fifo);
        }
        if ft.is_char_device() {
            return Some(FileKind::CharDevice);
        }
        if ft.is_block_device() {
            return Some(FileKind::BlockDevice);
        }
        if ft.is_socket() {
            return Some(FileKind::Socket);
        }
    }
    Some(FileKind::Other)
}

/// What `path` is (following symbolic links), without opening it: `Ok(())` for a regular file.
pub fn check_regular(path: &Path) -> Result<(), ReadError> {
    let meta = std::fs::metadata(path).map_err(|e| classify(&e))?;
    match kind_of(meta.file_type()) {
        None => Ok(()),
        Some(kind) => Err(ReadError::NotRegular(kind)),
    }
}

/// Opens `path` for reading without blocking on a FIFO or a device, and refuses anything but a
/// regular file.
pub fn open_regular(path: &Path) -> Result<std::fs::File, ReadError> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        // O_NONBLOCK: opening a FIFO with no writer would otherwise block forever; on a regular
        // file the flag changes nothing. O_NOCTTY: a terminal device never becomes ours.
        options.custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY);
    }
    let file = options.open(path).map_err(|e| classify(&e))?;
    let meta = file.metadata().map_err(|e| classify(&e))?;
    match kind_of(meta.file_type()) {
        None => Ok(file),
        Some(kind) => Err(ReadError::NotRegular(kind)),
    }
}

/// Reads at most `cap` bytes of the regular file at `path`. Blocking.
pub fn read(path: &Path, cap: u64) -> Result<Capped, ReadError> {
    let file = open_regular(path)?;
    let expected = file.metadata().map_or(0, |m| m.len()).min(cap);
    let mut data = Vec::with_capacity(usize::try_from(expected).unwrap_or(0));
    // One byte past the cap tells "exactly cap bytes" from "more than cap bytes".
    file.take(cap.saturating_add(1))
        .read_to_end(&mut data)
        .map_err(|e| classify(&e))?;
    let truncated = data.len() as u64 > cap;
    if truncated {
        data.truncate(usize::try_from(cap).unwrap_or(usize::MAX));
    }
    Ok(Capped {
        data,
        truncated,
        cap,
    })
}

/// [`read`] on the blocking pool under a deadline: a hung network file system must not hang
/// godiag.
pub async fn read_async(path: &Path, cap: u64, timeout: Duration) -> Result<Capped, ReadError> {
    let owned = path.to_path_buf();
    let task = tokio::task::spawn_blocking(move || read(&owned, cap));
    match tokio::time::timeout(timeout, task).await {
        Ok(Ok(result)) => result,
        Ok(Err(join)) => Err(ReadError::Io(format!("the read failed: {join}"))),
        Err(_) => Err(ReadError::TimedOut(timeout)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_small_file_is_read_whole() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("f");
        std::fs::write(&p, b"abc").unwrap();
        let r = read(&p, 3).unwrap();
        assert_eq!((r.data.as_slice(), r.truncated), (&b"abc"[..], false));
        assert_eq!(r.truncation_note(), None);
    }

    #[test]
    fn a_larger_file_is_cut_at_the_cap_and_says_so() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("f");
        std::fs::write(&p, vec![b'x'; 2048 + 1]).unwrap();
        let r = read(&p, 2048).unwrap();
        assert_eq!(r.data.len(), 2048);
        assert!(r.truncated);
        assert_eq!(
            r.truncation_note().unwrap(),
            "larger than 2 KiB: only the first 2 KiB was read"
        );
    }

    #[cfg(unix)]
    #[test]
    fn devices_fifos_and_directories_are_named_not_read() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(
            read(Path::new("/dev/zero"), 10),
            Err(ReadError::NotRegular(FileKind::CharDevice))
        );
        let link = dir.path().join("go.mod");
        std::os::unix::fs::symlink("/dev/zero", &link).unwrap();
        assert_eq!(
            read(&link, 10),
            Err(ReadError::NotRegular(FileKind::CharDevice))
        );
        let fifo = dir.path().join("fifo");
        let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        // SAFETY: a valid NUL-terminated path; mkfifo has no other preconditions.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        // Would block forever without O_NONBLOCK.
        let err = read(&fifo, 10).unwrap_err();
        assert_eq!(err, ReadError::NotRegular(FileKind::Fifo));
        assert_eq!(
            err.to_string(),
            "it is a FIFO (named pipe), not a regular file"
        );
        assert_eq!(
            read(dir.path(), 10),
            Err(ReadError::NotRegular(FileKind::Directory))
        );
        assert_eq!(read(&dir.path().join("none"), 10), Err(ReadError::NotFound));
        let a = dir.path().join("a");
        let b = dir.path().join("b");
        std::os::unix::fs::symlink(&b, &a).unwrap();
        std::os::unix::fs::symlink(&a, &b).unwrap();
        assert_eq!(read(&a, 10), Err(ReadError::Loop));
    }

    #[test]
    fn sizes_read_naturally() {
        assert_eq!(human_size(64 << 20), "64 MiB");
        assert_eq!(human_size(256 << 10), "256 KiB");
        assert_eq!(human_size(1000), "1000 bytes");
    }
}
