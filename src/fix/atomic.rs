//! Writing a user's file without ever leaving it half-written: a temporary file in the same
//! folder, flushed to disk, given the original's permissions, then renamed over the original
//! (one atomic step on POSIX and on NTFS), then the folder flushed so the rename survives a
//! crash. A symbolic link is followed: its target is replaced, the link stays a link (dotfile
//! managers keep settings.json as a link into a repository).

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// The file a write to `path` must replace: the final target of a symbolic link, else `path`.
pub fn write_target(path: &Path) -> io::Result<PathBuf> {
    match fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => match fs::canonicalize(path) {
            Ok(target) => Ok(target),
            // A dangling link: create its target.
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                let target = fs::read_link(path)?;
                Ok(match path.parent() {
                    Some(dir) if target.is_relative() => dir.join(target),
                    _ => target,
                })
            }
            Err(e) => Err(e),
        },
        _ => Ok(path.to_path_buf()),
    }
}

/// Replaces the contents of `path` (or creates it, and its folder) with `data`, atomically.
pub fn write(path: &Path, data: &[u8]) -> io::Result<()> {
    write_checked(path, data, || Ok(()))
}

/// What a file was when godiag read it: a save by the user in between changes at least one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fingerprint {
    /// `None`: the file did not exist.
    pub identity: Option<(u64, u64, u64, i128)>,
    pub sha256: Option<String>,
}

/// The identity (device, inode, size, mtime in ns) and content hash of the file `path` names
/// (following links). A file that does not exist has an empty fingerprint.
pub fn fingerprint(path: &Path) -> io::Result<Fingerprint> {
    let meta = match fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return Ok(Fingerprint {
                identity: None,
                sha256: None,
            });
        }
        Err(e) => return Err(e),
    };
    let read = crate::readcap::read(path, crate::readcap::caps::SETTINGS)
        .map_err(|e| io::Error::new(e.kind(), e.to_string()))?;
    #[cfg(unix)]
    let identity = {
        use std::os::unix::fs::MetadataExt as _;
        (
            meta.dev(),
            meta.ino(),
            meta.size(),
            i128::from(meta.mtime()) * 1_000_000_000 + i128::from(meta.mtime_nsec()),
        )
    };
    #[cfg(not(unix))]
    let identity = (
        0,
        0,
        meta.len(),
        meta.modified()
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map_or(0, |d| i128::try_from(d.as_nanos()).unwrap_or(0)),
    );
    Ok(Fingerprint {
        identity: Some(identity),
        sha256: Some(sha256_hex(&read.data)),
    })
}

/// [`write`], running `check` right before the rename (after the data is durable in the
/// temporary file): when it fails, nothing is replaced. Callers re-check there that the file
/// is still the one they read, so a save by the user in the meantime is never overwritten.
///
/// The temporary file is created with the target's final mode (a proxy password in it is
/// never world-readable, not even for an instant), owned like the target when godiag runs as
/// root, and temporary files of earlier runs that were killed are removed. A read-only target
/// is refused: its owner made it so.
pub fn write_checked(
    path: &Path,
    data: &[u8],
    check: impl FnOnce() -> io::Result<()>,
) -> io::Result<()> {
    let target = write_target(path)?;
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&dir)?;
    let existing = fs::metadata(&target).ok();
    if let Some(m) = &existing
        && m.permissions().readonly()
    {
        return Err(io::Error::new(
            io::ErrorKind::PermissionDenied,
            // Rendered now: an I/O error carries text, and this one reaches the report.
            super::messages::read_only(target.display().to_string()).to_string(),
        ));
    }
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "file".into());
    remove_stale_temps(&dir, &name);
    let (tmp_path, mut tmp) = create_temp(&dir, &name, existing.as_ref())?;
    let result = (|| {
        #[cfg(unix)]
        if let Some(m) = &existing {
            use std::os::unix::fs::MetadataExt as _;
            // SAFETY: geteuid has no preconditions and cannot fail.
            if unsafe { libc::geteuid() } == 0 {
                std::os::unix::fs::fchown(&tmp, Some(m.uid()), Some(m.gid()))?;
            }
        }
        tmp.write_all(data)?;
        tmp.sync_all()?;
        drop(tmp);
        check()?;
        fs::rename(&tmp_path, &target)?;
        sync_dir(&dir);
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp_path);
    }
    result
}

/// Removes `.NAME.godiag-PID-N.tmp` files whose process is gone: left by a run that was
/// killed between creating and renaming them. Best effort.
fn remove_stale_temps(dir: &Path, name: &str) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let prefix = format!(".{name}.godiag-");
    for entry in entries.flatten() {
        let file = entry.file_name();
        let Some(rest) = file.to_str().and_then(|f| f.strip_prefix(&prefix)) else {
            continue;
        };
        let Some(pid) = rest
            .strip_suffix(".tmp")
            .and_then(|r| r.split('-').next())
            .and_then(|p| p.parse::<u32>().ok())
        else {
            continue;
        };
        if pid != std::process::id() && !process_alive(pid) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

fn process_alive(pid: u32) -> bool {
    #[cfg(unix)]
    {
        let Ok(pid) = i32::try_from(pid) else {
            return false;
        };
        // SAFETY: signal 0 only checks that the process exists; nothing is sent.
        let r = unsafe { libc::kill(pid, 0) };
        r == 0 || io::Error::last_os_error().raw_os_error() != Some(libc::ESRCH)
    }
    #[cfg(not(unix))]
    {
        let _ = pid;
        true
    }
}

/// A new file `.NAME.godiag-PID-N.tmp` next to the target (same file system, so the rename is
/// atomic), created with the target's mode; `create_new` guarantees it is ours.
fn create_temp(
    dir: &Path,
    name: &str,
    existing: Option<&fs::Metadata>,
) -> io::Result<(PathBuf, File)> {
    let pid = std::process::id();
    for n in 0..100u32 {
        let path = dir.join(format!(".{name}.godiag-{pid}-{n}.tmp"));
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::{OpenOptionsExt as _, PermissionsExt as _};
            // The final mode from the start (the umask can only narrow it); a new file gets
            // the usual 0666 & ~umask.
            options.mode(existing.map_or(0o666, |m| m.permissions().mode() & 0o7777));
        }
        #[cfg(not(unix))]
        let _ = existing;
        match options.open(&path) {
            Ok(f) => {
                #[cfg(unix)]
                if let Some(m) = existing {
                    // The umask may have narrowed the mode at creation: set it exactly.
                    f.set_permissions(m.permissions())?;
                }
                return Ok((path, f));
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        super::messages::no_temp_file(dir.display().to_string()).to_string(),
    ))
}

/// Flushes a folder's entries (the rename) to disk. Best effort: not every platform or file
/// system can open a folder for this.
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

/// The SHA-256 of `data` in hex: how backups and re-checks recognise a file's content.
pub fn sha256_hex(data: &[u8]) -> String {
    use sha2::{Digest as _, Sha256};
    Sha256::digest(data)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_contents_and_keeps_the_mode() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.json");
        fs::write(&path, "{}").unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).unwrap();
        }
        write(&path, b"{\"a\": 1}").unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "{\"a\": 1}");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
        let leftovers: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "no temporary file is left behind");
    }

    #[test]
    fn creates_missing_file_and_folders() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("Code/User/settings.json");
        write(&path, b"{}\n").unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "{}\n");
    }

    #[cfg(unix)]
    #[test]
    fn follows_a_symlink_and_keeps_it() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("dotfiles/settings.json");
        fs::create_dir_all(real.parent().unwrap()).unwrap();
        fs::write(&real, "{}").unwrap();
        let link = dir.path().join("settings.json");
        std::os::unix::fs::symlink("dotfiles/settings.json", &link).unwrap();
        write(&link, b"{\"x\": 2}").unwrap();
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read_to_string(&real).unwrap(), "{\"x\": 2}");
    }
}

#[cfg(all(test, unix))]
mod hardening_tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt as _;

    #[test]
    fn the_temporary_file_has_the_final_mode_from_its_creation() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.json");
        fs::write(&path, "{}").unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).unwrap();
        let mut seen = None;
        write_checked(&path, b"{\"http.proxy\": \"http://u:secret@h\"}", || {
            let tmp = fs::read_dir(dir.path())
                .unwrap()
                .flatten()
                .find(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
                .unwrap();
            seen = Some(tmp.metadata().unwrap().permissions().mode() & 0o777);
            Ok(())
        })
        .unwrap();
        assert_eq!(seen, Some(0o600), "the temp file was readable by others");
        assert_eq!(
            fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }

    #[test]
    fn stale_temporary_files_of_dead_runs_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.json");
        fs::write(&path, "{}").unwrap();
        // A pid that cannot exist (above pid_max) left its temp file behind.
        let stale = dir.path().join(".settings.json.godiag-4194399-0.tmp");
        fs::write(&stale, "secret").unwrap();
        let other = dir.path().join(".other.json.godiag-4194399-0.tmp");
        fs::write(&other, "not ours to judge").unwrap();
        write(&path, b"{}").unwrap();
        assert!(!stale.exists());
        assert!(other.exists());
    }

    #[test]
    fn a_read_only_file_is_refused_not_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.json");
        fs::write(&path, "{}").unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o444)).unwrap();
        let err = write(&path, b"{\"a\": 1}").unwrap_err();
        assert!(err.to_string().contains("read-only"), "{err}");
        assert_eq!(fs::read_to_string(&path).unwrap(), "{}");
    }

    #[test]
    fn as_root_the_owner_and_group_are_kept() {
        // SAFETY: geteuid has no preconditions.
        if unsafe { libc::geteuid() } != 0 {
            return; // only root can give a file away
        }
        use std::os::unix::fs::MetadataExt as _;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.json");
        fs::write(&path, "{}").unwrap();
        std::os::unix::fs::chown(&path, Some(1234), Some(2345)).unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).unwrap();
        write(&path, b"{\"a\": 1}").unwrap();
        let m = fs::metadata(&path).unwrap();
        assert_eq!((m.uid(), m.gid()), (1234, 2345));
        assert_eq!(m.permissions().mode() & 0o777, 0o600);
    }
}
