//! Never panic, never lose: bad input, hostile catalogue text, pipes, imports.

mod common;
use common::{failure, json, opmq, stdout};
use opmq::model::*;
use std::path::Path;
use std::process::{Command, Stdio};

/// Asserts a one-line `opmq:` error with this exit code and nothing on stdout.
fn one_line_error(args: &[&str], code: i32) -> String {
    let (got, out, err) = failure(args);
    assert_eq!(got, code, "{args:?}: {err}");
    assert!(out.is_empty(), "{args:?} printed {out}");
    assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
    assert!(err.starts_with("opmq: "), "{err}");
    assert!(
        !err.contains("panicked") && !err.contains("RUST_BACKTRACE"),
        "{err}"
    );
    err
}

#[test]
fn unknown_and_ambiguous_names() {
    one_line_error(&["show", "zzzz"], 1);
    one_line_error(&["opco", "opco-inconnu"], 1);
    one_line_error(&["list", "--opco", "nope"], 1);
    let (code, _, err) = failure(&["show", "observatoire prospectif"]);
    assert_eq!(code, 3);
    assert!(err.lines().count() > 2);
}

#[test]
fn malformed_idcc() {
    for bad in ["-1", "12345678", "", "IDCC", "idcc 12a45"] {
        one_line_error(&["branch", bad], 2);
        one_line_error(&["list", "--branch", bad], 2);
    }
    // Words that match no title are a valid query with no answer.
    one_line_error(&["branch", "abc"], 1);
}

#[test]
fn sql_and_like_metacharacters_are_literal() {
    for text in [
        "%",
        "_",
        "'",
        "\"",
        "'; DROP TABLE branch; --",
        "\" OR 1=1 --",
        "*",
        "NEAR(a b)",
    ] {
        for args in [
            &["show", text][..],
            &["search", text],
            &["list", "--search", text],
            &["branch", text],
        ] {
            // Taken as literal words: a match (0), none (1), no words left (2), or
            // several matches (3, candidates listed); never a query error (4) or a panic.
            let (code, out, err) = failure(args);
            assert!([0, 1, 2, 3].contains(&code), "{args:?}: {code} {err}");
            assert!(
                !err.contains("query failed") && !err.contains("panicked"),
                "{err}"
            );
            assert!(code != 0 || !out.is_empty(), "{args:?}");
            assert!(
                code == 0 || (out.is_empty() && err.starts_with("opmq: ")),
                "{args:?}: {err}"
            );
        }
    }
    // Still intact afterwards (and the catalogue is read-only anyway).
    let card: BranchCard = json(&["branch", "1486", "--json"]);
    assert_eq!(card.branch.opco.unwrap().id, "atlas");
    let list: Vec<Observatory> = json(&["list", "--search", "assurance%", "--json"]);
    assert!(!list.is_empty(), "% is dropped, the word still matches");
}

#[test]
fn control_characters_in_arguments_never_reach_the_terminal() {
    for text in ["\x1b[31mred", "a\u{202e}b", "x\u{7}y", "z\u{9b}2J"] {
        let (_, out, err) = failure(&["show", text]);
        for s in [&out, &err] {
            assert!(
                !s.contains('\x1b') && !s.contains('\u{202e}') && !s.contains('\u{7}'),
                "{s:?}"
            );
            assert!(!s.contains('\u{9b}'), "{s:?}");
        }
    }
}

#[test]
fn hostile_catalogue_text_is_escaped_in_tables_and_valid_in_json() {
    let dir = tempfile::tempdir().unwrap();
    let path = common::altered_catalogue(dir.path(), "c.sqlite", |c| {
        c.execute(
            "UPDATE observatory SET facts = json_set(facts, '$.name', ?1, '$.notes', ?2) \
             WHERE id = 'opiiec'",
            [
                "Evil \x1b[2J\x1b[31mname\u{202e}",
                "bell\u{7} and C1 \u{9b}31m, DEL\u{7f}, isolate\u{2066}, mark\u{200f} « ok » — ’",
            ],
        )
        .unwrap();
    });
    let p = path.to_str().unwrap();
    for args in [
        &["--catalogue", p, "show", "opiiec"][..],
        &["--catalogue", p, "list"],
        &["--catalogue", p, "branch", "1486"],
        &["--catalogue", p, "show", "opiiec", "--color", "always"],
    ] {
        let out = stdout(args);
        assert!(
            !out.contains("\x1b[2J") && !out.contains("\x1b[31mname"),
            "{args:?}"
        );
        assert!(
            !out.contains('\u{202e}') && !out.contains('\u{7}') && !out.contains('\u{9b}'),
            "{args:?}"
        );
        assert!(out.contains("\\u{1b}"), "{args:?}: escaped form shown");
    }
    for args in [
        &["--catalogue", p, "show", "opiiec", "--json"][..],
        &["--catalogue", p, "list", "--format", "ndjson"],
    ] {
        let out = stdout(args);
        for c in [
            '\x1b', '\u{202e}', '\u{9b}', '\u{7f}', '\u{2066}', '\u{200f}',
        ] {
            assert!(!out.contains(c), "{args:?} wrote {c:?} raw");
        }
        assert!(
            out.contains("« ok » — ’"),
            "harmless non-ASCII stays as it is"
        );
        for line in out.lines().filter(|l| l.contains("opiiec")) {
            let _: serde_json::Value = serde_json::from_str(line).unwrap();
        }
    }
    let o: Observatory = json(&["--catalogue", p, "show", "opiiec", "--json"]);
    assert_eq!(
        o.facts.name, "Evil \x1b[2J\x1b[31mname\u{202e}",
        "JSON keeps the exact text"
    );
    assert_eq!(
        o.facts.notes.as_deref(),
        Some("bell\u{7} and C1 \u{9b}31m, DEL\u{7f}, isolate\u{2066}, mark\u{200f} « ok » — ’")
    );
}

#[test]
fn non_utf8_and_huge_arguments() {
    use std::os::unix::ffi::OsStrExt;
    let bad = std::ffi::OsStr::from_bytes(b"\xff\xfeabc");
    let out = opmq().arg("show").arg(bad).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(String::from_utf8_lossy(&out.stderr).lines().count(), 1);
    // Linux refuses a single argument over 128 KiB before opmq starts (E2BIG), so the
    // largest argument that can reach opmq is tested; opmq refuses anything over 4 KiB.
    let huge = "a".repeat(128 * 1024 - 1);
    for args in [
        vec!["show", huge.as_str()],
        vec!["search", huge.as_str()],
        vec!["list", "--branch", huge.as_str()],
    ] {
        let err = one_line_error(&args, 2);
        assert!(err.len() < 200, "the message does not echo the argument");
    }
}

/// A damaged catalogue file (issue #12): a row that refers to a record the file lacks is a
/// violation `opmq check` names, and never a panic in `list`, `show` or `branch`.
#[test]
fn orphan_rows_are_reported_never_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let path = common::altered_catalogue(dir.path(), "c.sqlite", |c| {
        c.execute_batch(
            "INSERT INTO observatory_branch VALUES ('ghost', '1486', 0); \
             INSERT INTO observatory_dataset VALUES ('opiiec', 'no-such-dataset');",
        )
        .unwrap();
    });
    let p = path.to_str().unwrap();
    let list = stdout(&["--catalogue", p, "list"]);
    assert!(list.contains("opiiec") && !list.contains("ghost"), "{list}");
    stdout(&["--catalogue", p, "branch", "1486"]);
    stdout(&["--catalogue", p, "show", "opiiec"]);
    let (code, out, err) = failure(&["--catalogue", p, "check"]);
    assert_eq!(code, 4, "{err}");
    assert!(
        out.contains("observatory ghost") && out.contains("not an observatory"),
        "{out}"
    );
    assert!(out.contains("no-such-dataset"), "{out}");
    assert_eq!(err.lines().count(), 1, "{err}");
    // A record that is not valid JSON: one line naming it, exit 4.
    let path = common::altered_catalogue(dir.path(), "d.sqlite", |c| {
        c.execute_batch("UPDATE observatory SET facts = '[' WHERE id = 'opiiec'")
            .unwrap();
    });
    let err = one_line_error(&["--catalogue", path.to_str().unwrap(), "list"], 4);
    assert!(err.contains("observatory opiiec"), "{err}");
}

/// `--json FIELD` is checked before the catalogue is read (issue #12): an unknown field is a
/// usage error even when nothing would match, or the catalogue is missing.
#[test]
fn json_fields_are_checked_before_the_query() {
    one_line_error(&["list", "--search", "zzzzqq", "--json=foo"], 2);
    one_line_error(
        &["--catalogue", "/nonexistent/x.sqlite", "list", "--json=foo"],
        2,
    );
    one_line_error(&["branch", "7777", "--json=nope"], 2);
}

#[test]
fn empty_catalogue() {
    let dir = tempfile::tempdir().unwrap();
    let path = common::altered_catalogue(dir.path(), "c.sqlite", |c| {
        c.execute_batch(
            "DELETE FROM observatory_dataset; DELETE FROM observatory_branch; \
             DELETE FROM observatory; DELETE FROM branch_opco; \
             DELETE FROM branch; DELETE FROM name_key; DELETE FROM search; VACUUM;",
        )
        .unwrap();
    });
    let p = path.to_str().unwrap();
    one_line_error(&["--catalogue", p, "list"], 1);
    one_line_error(&["--catalogue", p, "branch", "1486"], 1);
    one_line_error(&["--catalogue", p, "show", "opiiec"], 1);
    one_line_error(&["--catalogue", p, "search", "metallurgie"], 1);
    let info: Info = json(&["--catalogue", p, "info", "--json"]);
    assert_eq!(info.counts.observatories, 0);
    let zero = dir.path().join("zero.sqlite");
    std::fs::write(&zero, b"").unwrap();
    one_line_error(&["--catalogue", zero.to_str().unwrap(), "list"], 4);
}

#[test]
fn every_command_into_head_and_into_a_closed_pipe() {
    let bin = assert_cmd::cargo::cargo_bin("opmq");
    let commands: &[&[&str]] = &[
        &["list"],
        &["list", "--json"],
        &["show", "opiiec"],
        &["contacts"],
        &["branches", "--all"],
        &["branches", "--all", "--json"],
        &["branch", "3248"],
        &["opcos"],
        &["opco", "akto"],
        &["search", "metallurgie"],
        &["export"],
        &["export", "--format", "csv"],
        &["export", "--format", "ndjson"],
        &["info"],
        &["info", "--coverage"],
        &["check"],
        &["completions", "bash"],
        &["--help"],
    ];
    for args in commands {
        // Into head -1.
        let mut child = Command::new(&bin)
            .args(*args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let pipe = child.stdout.take().unwrap();
        let head = Command::new("head").arg("-1").stdin(pipe).output().unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{args:?} | head -1: {:?}", out.status);
        assert!(
            out.stderr.is_empty(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(!head.stdout.is_empty());
        // Into a pipe closed before opmq writes anything.
        let mut child = Command::new(&bin)
            .args(*args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{args:?} into a closed pipe: {:?}",
            out.status
        );
        assert!(
            out.stderr.is_empty(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

// ---- the user catalogue ------------------------------------------------------------------

fn with_data_dir(dir: &Path) -> assert_cmd::Command {
    let mut cmd = opmq();
    cmd.env("OPMQ_DATA_DIR", dir);
    cmd
}

fn run_in(dir: &Path, args: &[&str]) -> std::process::Output {
    with_data_dir(dir).args(args).output().unwrap()
}

#[test]
fn import_json_and_sqlite_then_reset() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let export = common::export_to(tmp.path(), "e.json");
    let out = run_in(&data, &["import", export.to_str().unwrap(), "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let info: Info = serde_json::from_slice(&out.stdout).unwrap();
    let user = data.join("catalogue.sqlite");
    assert_eq!(info.catalogue, user.to_str().unwrap());
    // opmq now reads the user copy, and it says the same as the bundled catalogue.
    let out = run_in(&data, &["list", "--json"]);
    let from_user: Vec<Observatory> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(from_user, json::<Vec<Observatory>>(&["list", "--json"]));
    let out = run_in(&data, &["info", "--json"]);
    assert_eq!(
        serde_json::from_slice::<Info>(&out.stdout)
            .unwrap()
            .catalogue,
        user.to_str().unwrap()
    );
    let out = run_in(&data, &["branch", "1375", "--json"]);
    let card: BranchCard = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(card.current.unwrap().idcc, "3248");
    // SQLite import.
    let sqlite = common::export_to(tmp.path(), "c.sqlite");
    assert!(run_in(&data, &["import", sqlite.to_str().unwrap()])
        .status
        .success());
    // Reset.
    assert!(run_in(&data, &["import", "--reset"]).status.success());
    assert!(!user.exists());
    let out = run_in(&data, &["info", "--json"]);
    assert_eq!(
        serde_json::from_slice::<Info>(&out.stdout)
            .unwrap()
            .catalogue,
        "bundled"
    );
}

#[test]
fn invalid_imports_change_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let good = common::export_to(tmp.path(), "c.sqlite");
    assert!(run_in(&data, &["import", good.to_str().unwrap()])
        .status
        .success());
    let user = data.join("catalogue.sqlite");
    let before = std::fs::read(&user).unwrap();

    let export = common::export_to(tmp.path(), "e.json");
    let text = std::fs::read_to_string(&export).unwrap();
    let mut bad_website: serde_json::Value = serde_json::from_str(&text).unwrap();
    bad_website["observatories"][0]["website"] = "not a url".into();
    let mut bad_schema: serde_json::Value = serde_json::from_str(&text).unwrap();
    bad_schema["schema_version"] = 99.into();
    let mut dangling: serde_json::Value = serde_json::from_str(&text).unwrap();
    dangling["observatories"][0]["branches"][0]["idcc"] = "9876".into();
    let truncated = &std::fs::read(&good).unwrap()[..50_000];
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("garbage.json", b"{ not json".to_vec()),
        ("website.json", bad_website.to_string().into_bytes()),
        ("schema.json", bad_schema.to_string().into_bytes()),
        ("dangling.json", dangling.to_string().into_bytes()),
        ("truncated.sqlite", truncated.to_vec()),
        ("empty.json", vec![]),
    ];
    for (name, bytes) in cases {
        let file = tmp.path().join(name);
        std::fs::write(&file, bytes).unwrap();
        let out = run_in(&data, &["import", file.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(4), "{name}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(err.lines().count(), 1, "{name}: {err}");
        assert!(err.contains("nothing was changed"), "{name}: {err}");
        assert_eq!(
            std::fs::read(&user).unwrap(),
            before,
            "{name} changed the user copy"
        );
        let leftovers: Vec<_> = std::fs::read_dir(&data).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "{name}: temporary files left behind");
    }
    let missing = tmp.path().join("missing.json");
    let out = run_in(&data, &["import", missing.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(4));
}

#[test]
fn corrupt_user_copy_warns_once_and_falls_back() {
    let tmp = tempfile::tempdir().unwrap();
    let good = common::export_to(tmp.path(), "c.sqlite");
    let bytes = std::fs::read(&good).unwrap();
    for (name, content) in [
        ("garbage", b"garbage garbage".to_vec()),
        ("truncated", bytes[..bytes.len() / 2].to_vec()),
        ("empty", vec![]),
    ] {
        let data = tmp.path().join(name);
        std::fs::create_dir_all(&data).unwrap();
        std::fs::write(data.join("catalogue.sqlite"), content).unwrap();
        let out = run_in(&data, &["branch", "1486", "--json"]);
        assert!(out.status.success(), "{name}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(err.lines().count(), 1, "{name}: one warning: {err}");
        assert!(err.contains("warning") && err.contains("bundled"), "{err}");
        let card: BranchCard = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(card.branch.opco.unwrap().id, "atlas", "bundled answer");
    }
}

#[test]
fn concurrent_imports_leave_one_complete_catalogue() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let a = common::export_to(tmp.path(), "a.json");
    let mut variant: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&a).unwrap()).unwrap();
    variant["observatories"][0]["name"] = "Variant name for the concurrency test".into();
    let b = tmp.path().join("b.json");
    std::fs::write(&b, variant.to_string()).unwrap();
    let bin = assert_cmd::cargo::cargo_bin("opmq");
    for _ in 0..4 {
        let children: Vec<_> = [&a, &b, &a, &b]
            .iter()
            .map(|f| {
                Command::new(&bin)
                    .env("OPMQ_DATA_DIR", &data)
                    .args(["import", f.to_str().unwrap()])
                    .stdout(Stdio::null())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for mut c in children {
            assert!(c.wait().unwrap().success());
        }
        let user = data.join("catalogue.sqlite");
        let out = stdout(&["--catalogue", user.to_str().unwrap(), "check"]);
        assert!(out.contains("OK"));
        let list: Vec<Observatory> =
            json(&["--catalogue", user.to_str().unwrap(), "list", "--json"]);
        assert_eq!(
            list.len(),
            variant["observatories"].as_array().unwrap().len()
        );
        assert_eq!(
            std::fs::read_dir(&data).unwrap().count(),
            1,
            "no temporary file left"
        );
    }
}
