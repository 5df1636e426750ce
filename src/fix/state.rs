//! godiag's state folder: the lock that keeps two `fix --apply`/`--undo` runs apart, and one
//! folder per apply holding the backups and a manifest that `--undo` reads.
//!
//! ```text
//! <state>/lock
//! <state>/backups/<UTC time>-<pid>/manifest.json
//! <state>/backups/<UTC time>-<pid>/<n>.bak
//! ```

use std::fs::{self, File, OpenOptions};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

use anyhow::{Context as _, bail};
use serde::{Deserialize, Serialize};

use super::atomic::{self, sha256_hex};
use super::messages as msg;

/// The manifest's own format version.
const MANIFEST_VERSION: u32 = 1;
/// How long a second run waits for the first before giving up.
const LOCK_WAIT: Duration = Duration::from_secs(15);

/// What one apply changed, enough to put it back.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Manifest {
    pub version: u32,
    /// RFC 3339, UTC.
    pub created: String,
    pub godiag_version: String,
    /// The go command that made the go env changes (undo uses it again).
    pub go: Option<String>,
    /// The go env file those changes went to.
    pub go_env_file: Option<String>,
    /// The go env changes still to undo: an undo that leaves some (changed since, or failed)
    /// removes the others.
    pub go_env: Vec<GoEnvChange>,
    /// The files still to undo, likewise.
    pub files: Vec<FileBackup>,
    /// Set by `--undo` once nothing is left to undo; an undone apply is not undone twice.
    pub undone: bool,
}

/// One `go env -w`/`-u`: the value in the go env file before and after.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct GoEnvChange {
    pub key: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

/// One settings file written.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct FileBackup {
    /// The file written (a symbolic link's target).
    pub path: String,
    /// The copy of the original, relative to the manifest's folder; `None` when godiag created
    /// the file.
    pub backup: Option<String>,
    /// SHA-256 of what godiag wrote: undo leaves the file alone if it changed since.
    pub written_sha256: String,
}

/// The state folder, opened and locked. Dropping it releases the lock.
#[derive(Debug)]
pub struct State {
    root: PathBuf,
    _lock: File,
}

impl State {
    /// Creates the folder if needed and takes the lock, waiting up to [`LOCK_WAIT`] for another
    /// godiag to finish.
    pub fn lock(root: &Path) -> anyhow::Result<State> {
        fs::create_dir_all(root.join("backups"))
            .with_context(|| msg::cannot_create_state(root.display().to_string()).to_string())?;
        // Backups hold copies of settings and go env values, credentials included: this
        // user's eyes only.
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let _ = fs::set_permissions(root, fs::Permissions::from_mode(0o700));
        }
        let lock_path = root.join("lock");
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .with_context(|| msg::cannot_open_lock(lock_path.display().to_string()).to_string())?;
        let start = Instant::now();
        loop {
            match file.try_lock() {
                Ok(()) => break,
                Err(fs::TryLockError::WouldBlock) if start.elapsed() < LOCK_WAIT => {
                    std::thread::sleep(Duration::from_millis(100));
                }
                Err(fs::TryLockError::WouldBlock) => {
                    bail!("{}", msg::lock_busy(lock_path.display().to_string()))
                }
                Err(fs::TryLockError::Error(e)) => {
                    return Err(e).with_context(|| {
                        msg::cannot_lock(lock_path.display().to_string()).to_string()
                    });
                }
            }
        }
        Ok(State {
            root: root.to_path_buf(),
            _lock: file,
        })
    }

    /// A new, empty backup folder for this apply.
    pub fn new_backup(&self) -> anyhow::Result<Backup> {
        let stamp = humantime::format_rfc3339_millis(SystemTime::now())
            .to_string()
            .replace(':', "");
        let dir = self
            .root
            .join("backups")
            .join(format!("{stamp}-{}", std::process::id()));
        fs::create_dir_all(&dir)
            .with_context(|| msg::cannot_create_backup(dir.display().to_string()).to_string())?;
        Ok(Backup {
            dir,
            manifest: Manifest {
                version: MANIFEST_VERSION,
                created: humantime::format_rfc3339_seconds(SystemTime::now()).to_string(),
                godiag_version: env!("CARGO_PKG_VERSION").to_string(),
                go: None,
                go_env_file: None,
                go_env: Vec::new(),
                files: Vec::new(),
                undone: false,
            },
        })
    }

    /// The most recent apply that has not been undone, if any.
    pub fn last_backup(&self) -> anyhow::Result<Option<Backup>> {
        let mut dirs: Vec<PathBuf> = fs::read_dir(self.root.join("backups"))
            .with_context(|| {
                msg::cannot_list(self.root.join("backups").display().to_string()).to_string()
            })?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.join("manifest.json").is_file())
            .collect();
        // The names start with the UTC time, so the newest sorts last.
        dirs.sort();
        for dir in dirs.into_iter().rev() {
            let path = dir.join("manifest.json");
            let text = fs::read_to_string(&path).with_context(|| {
                msg::cannot_read_manifest(path.display().to_string()).to_string()
            })?;
            let manifest: Manifest = serde_json::from_str(&text)
                .with_context(|| msg::not_a_manifest(path.display().to_string()).to_string())?;
            if !manifest.undone {
                return Ok(Some(Backup { dir, manifest }));
            }
        }
        Ok(None)
    }
}

/// One apply's backup folder and manifest.
#[derive(Debug)]
pub struct Backup {
    pub dir: PathBuf,
    pub manifest: Manifest,
}

impl Backup {
    /// Copies the original of `path` (`None`: it did not exist) into the folder, records it and
    /// saves the manifest, before the file is written.
    pub fn keep(
        &mut self,
        path: &Path,
        original: Option<&[u8]>,
        written: &[u8],
    ) -> anyhow::Result<()> {
        let backup = match original {
            Some(data) => {
                let name = format!("{}.bak", self.manifest.files.len());
                atomic::write(&self.dir.join(&name), data)
                    .with_context(|| msg::cannot_back_up(path.display().to_string()).to_string())?;
                Some(name)
            }
            None => None,
        };
        self.manifest.files.push(FileBackup {
            path: path.display().to_string(),
            backup,
            written_sha256: sha256_hex(written),
        });
        self.save()
    }

    /// Writes the manifest (atomically: a crash leaves the previous one).
    pub fn save(&self) -> anyhow::Result<()> {
        let text = serde_json::to_string_pretty(&self.manifest)?;
        let path = self.dir.join("manifest.json");
        atomic::write(&path, text.as_bytes())
            .with_context(|| msg::cannot_write_manifest(path.display().to_string()).to_string())
    }

    /// Whether the apply changed anything; an empty backup folder is removed.
    pub fn finish(self) -> anyhow::Result<Option<Backup>> {
        if self.manifest.go_env.is_empty() && self.manifest.files.is_empty() {
            let _ = fs::remove_dir_all(&self.dir);
            return Ok(None);
        }
        self.save()?;
        Ok(Some(self))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backups_round_trip_and_the_newest_comes_first() {
        let dir = tempfile::tempdir().unwrap();
        let state = State::lock(dir.path()).unwrap();
        assert!(state.last_backup().unwrap().is_none());
        let mut first = state.new_backup().unwrap();
        first
            .keep(Path::new("/x/settings.json"), Some(b"old"), b"new")
            .unwrap();
        let first = first.finish().unwrap().unwrap();
        std::thread::sleep(Duration::from_millis(5));
        let mut second = state.new_backup().unwrap();
        second.keep(Path::new("/y"), None, b"n").unwrap();
        let second = second.finish().unwrap().unwrap();
        let last = state.last_backup().unwrap().unwrap();
        assert_eq!(last.dir, second.dir);
        assert_eq!(last.manifest.files[0].backup, None);
        let mut undone = last;
        undone.manifest.undone = true;
        undone.save().unwrap();
        let last = state.last_backup().unwrap().unwrap();
        assert_eq!(last.dir, first.dir);
        assert_eq!(fs::read(first.dir.join("0.bak")).unwrap(), b"old");
        assert_eq!(last.manifest.files[0].written_sha256, sha256_hex(b"new"));
    }

    #[test]
    fn an_empty_apply_leaves_no_folder() {
        let dir = tempfile::tempdir().unwrap();
        let state = State::lock(dir.path()).unwrap();
        let backup = state.new_backup().unwrap();
        let folder = backup.dir.clone();
        assert!(backup.finish().unwrap().is_none());
        assert!(!folder.exists());
    }

    #[test]
    fn a_second_holder_waits_for_the_lock() {
        let dir = tempfile::tempdir().unwrap();
        let first = State::lock(dir.path()).unwrap();
        let path = dir.path().to_path_buf();
        let waiter = std::thread::spawn(move || {
            let start = Instant::now();
            State::lock(&path).map(|_| start.elapsed())
        });
        std::thread::sleep(Duration::from_millis(300));
        drop(first);
        let waited = waiter.join().unwrap().unwrap();
        assert!(
            waited >= Duration::from_millis(250),
            "waited only {waited:?}"
        );
    }
}
