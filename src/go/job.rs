//! Windows: a job object around the `go` that godiag starts, so that a `go` killed at its
//! deadline takes the programs it started (git, a toolchain download, a wrapper's children)
//! with it, as the process group does on Unix. Closing the job's last handle kills every
//! process still in it (`JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE`).

use std::ffi::c_void;

use windows_sys::Win32::Foundation::{CloseHandle, HANDLE};
use windows_sys::Win32::System::JobObjects::{
    AssignProcessToJobObject, CreateJobObjectW, JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE,
    JOBOBJECT_EXTENDED_LIMIT_INFORMATION, JobObjectExtendedLimitInformation,
    SetInformationJobObject,
};

/// An anonymous job object; dropping it kills the processes in it.
pub struct Job(HANDLE);

// SAFETY: a job handle is a kernel handle; Windows allows using and closing it from any thread.
unsafe impl Send for Job {}
unsafe impl Sync for Job {}

impl Job {
    /// Puts the process behind `process` (a live process handle) into a new kill-on-close job.
    /// `None` when Windows refuses (the caller then kills only the process itself); processes
    /// it started before this call are not in the job.
    ///
    /// # Safety
    /// `process` must be a valid process handle for the duration of the call.
    pub unsafe fn assign(process: *mut c_void) -> Option<Job> {
        // SAFETY: CreateJobObjectW with null attributes and name creates an anonymous job and
        // returns a handle we own (null on failure).
        let job = unsafe { CreateJobObjectW(std::ptr::null(), std::ptr::null()) };
        if job.is_null() {
            return None;
        }
        let job = Job(job);
        // SAFETY: the struct is plain data for which all-zero is valid ("no limits").
        let mut info: JOBOBJECT_EXTENDED_LIMIT_INFORMATION = unsafe { std::mem::zeroed() };
        info.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE;
        let size =
            u32::try_from(std::mem::size_of::<JOBOBJECT_EXTENDED_LIMIT_INFORMATION>()).ok()?;
        // SAFETY: `info` is a valid JOBOBJECT_EXTENDED_LIMIT_INFORMATION of `size` bytes that
        // outlives the call; `job.0` is the job handle created above.
        let limited = unsafe {
            SetInformationJobObject(
                job.0,
                JobObjectExtendedLimitInformation,
                (&raw const info).cast::<c_void>(),
                size,
            )
        };
        // SAFETY: both handles are valid: the job above, and the caller's live process handle.
        if limited == 0 || unsafe { AssignProcessToJobObject(job.0, process) } == 0 {
            return None;
        }
        Some(job)
    }
}

impl Drop for Job {
    fn drop(&mut self) {
        // SAFETY: the handle was returned by CreateJobObjectW and is closed only here, once.
        unsafe {
            CloseHandle(self.0);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::windows::io::AsRawHandle;
    use std::time::{Duration, Instant};

    #[test]
    fn dropping_the_job_kills_its_process() {
        // cmd.exe waiting on ping: a process that would run for about 30 s.
        let mut child = std::process::Command::new("cmd")
            .args(["/c", "ping -n 30 127.0.0.1 >NUL"])
            .spawn()
            .expect("start cmd");
        // SAFETY: the handle belongs to `child`, which lives until the end of the test.
        let job = unsafe { Job::assign(child.as_raw_handle()) }.expect("a job");
        assert!(
            child.try_wait().expect("try_wait").is_none(),
            "still running"
        );
        drop(job);
        let start = Instant::now();
        while child.try_wait().expect("try_wait").is_none() {
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "the process outlived its job"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}
