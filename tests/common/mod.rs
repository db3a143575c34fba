#![allow(dead_code)]
//! Helpers shared by the integration tests: run the real binary, parse its output.

use assert_cmd::Command;

/// The opmq binary with a clean environment: no user catalogue, no config file, no colour,
/// English (whatever the machine's locale).
pub fn opmq() -> Command {
    let mut cmd = Command::cargo_bin("opmq").expect("binary");
    cmd.env_remove("OPMQ_CATALOGUE")
        .env_remove("NO_COLOR")
        .env_remove("COLUMNS")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("TERM")
        .env("LANG", "C")
        .env("OPMQ_CONFIG_DIR", "/nonexistent/opmq-test-config");
    cmd
}

/// Runs opmq with `args`, expects success, and returns stdout.
pub fn stdout(args: &[&str]) -> String {
    let out = opmq().args(args).output().expect("run");
    assert!(
        out.status.success(),
        "opmq {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

/// Runs opmq with `args` and deserialises its JSON output.
pub fn json<T: serde::de::DeserializeOwned>(args: &[&str]) -> T {
    let text = stdout(args);
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("opmq {args:?}: bad JSON ({e}): {text}"))
}

/// Exit code and stderr of a run expected to fail.
pub fn failure(args: &[&str]) -> (i32, String, String) {
    let out = opmq().args(args).output().expect("run");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Exports the bundled catalogue into `dir/name` (`--format` from the extension: .sqlite or
/// .json) and returns the path.
pub fn export_to(dir: &std::path::Path, name: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    let format = if name.ends_with(".sqlite") {
        "sqlite"
    } else {
        "json"
    };
    opmq()
        .args([
            "export",
            "--format",
            format,
            "--output",
            path.to_str().unwrap(),
        ])
        .assert()
        .success();
    path
}

/// The bundled catalogue exported as SQLite into `dir/name`, then changed by `alter` (with
/// foreign keys off, so that a broken reference can be planted); returns the path.
pub fn altered_catalogue(
    dir: &std::path::Path,
    name: &str,
    alter: impl FnOnce(&rusqlite::Connection),
) -> std::path::PathBuf {
    let path = export_to(dir, name);
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch("PRAGMA foreign_keys = OFF").unwrap();
    alter(&conn);
    path
}

// ---- helpers -------------------------------------------------------------------------------

/// A temporary directory for files and a user data directory (`OPMQ_DATA_DIR`).
pub struct Env {
    _tmp: tempfile::TempDir,
    pub dir: std::path::PathBuf,
    pub data: std::path::PathBuf,
}

pub fn env() -> Env {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().to_path_buf();
    let data = dir.join("data");
    Env {
        _tmp: tmp,
        dir,
        data,
    }
}

impl Env {
    pub fn run(&self, args: &[&str]) -> std::process::Output {
        opmq()
            .env("OPMQ_DATA_DIR", &self.data)
            .args(args)
            .output()
            .unwrap()
    }

    pub fn ok(&self, args: &[&str]) -> Vec<u8> {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        out.stdout
    }

    pub fn json<T: serde::de::DeserializeOwned>(&self, args: &[&str]) -> T {
        serde_json::from_slice(&self.ok(args)).unwrap()
    }

    pub fn user(&self) -> std::path::PathBuf {
        self.data.join("catalogue.sqlite")
    }

    /// Runs a refresh expected to be refused: exit 4, one line naming `names`, the user
    /// copy unchanged and no temporary file left.
    pub fn refused(&self, args: &[&str], names: &str) {
        let before = std::fs::read(self.user()).unwrap();
        let out = self.run(args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(4), "{args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.contains(names), "{args:?} should name {names}: {err}");
        assert!(err.contains("nothing was changed"), "{err}");
        assert!(!err.contains("panicked"), "{err}");
        assert!(out.stdout.is_empty());
        assert_eq!(std::fs::read(self.user()).unwrap(), before, "{args:?}");
        assert_eq!(
            std::fs::read_dir(&self.data).unwrap().count(),
            1,
            "{args:?}"
        );
    }
}

/// A path as the `&str` an argument list wants.
pub fn s(p: &std::path::Path) -> &str {
    p.to_str().unwrap()
}
