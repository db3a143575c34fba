//! Golden files: what people read — cards, tables (piped, and on a terminal at 80 and 60
//! columns, ASCII, French), every command's `--help` and every error message — compared byte
//! for byte with `tests/golden/*.txt`. The catalogue is a small fixed fixture
//! (`tests/golden/catalogue.json`, imported into a temporary data directory), so that
//! research on `data/` does not move these files.
//!
//! `OPMQ_BLESS=1 cargo test --test golden` rewrites the files; review the diff before
//! committing it.

mod common;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// How a case runs: piped (stdout and stderr apart) or on a terminal through script(1)
/// (one stream, as a person sees it) at a given width.
#[derive(Clone, Copy)]
enum Mode {
    Piped,
    Tty(u16),
}

struct Case {
    name: &'static str,
    mode: Mode,
    env: &'static [(&'static str, &'static str)],
    args: &'static [&'static str],
}

const fn piped(name: &'static str, args: &'static [&'static str]) -> Case {
    Case {
        name,
        mode: Mode::Piped,
        env: &[],
        args,
    }
}

const fn tty(name: &'static str, width: u16, args: &'static [&'static str]) -> Case {
    Case {
        name,
        mode: Mode::Tty(width),
        env: &[],
        args,
    }
}

const FR: &[(&str, &str)] = &[("LANG", "fr_FR.UTF-8")];

const CASES: &[Case] = &[
    // Piped: tab-separated records and plain cards.
    piped("list", &["list"]),
    piped("list-branch-1486", &["list", "--branch", "1486"]),
    piped("contacts-atlas", &["contacts", "--opco", "atlas"]),
    piped("branches-atlas", &["branches", "--opco", "atlas"]),
    piped("branches-all", &["branches", "--all"]),
    piped("opcos", &["opcos"]),
    piped("search-metallurgie", &["search", "metallurgie"]),
    piped("show-opiiec", &["show", "opiiec"]),
    // A name no source gives (descriptive), and a source no stored copy confirms.
    piped("show-anfa", &["show", "anfa"]),
    piped("show-hcr", &["show", "hcr"]),
    piped("branch-1486", &["branch", "1486"]),
    piped("branch-1375", &["branch", "1375"]),
    piped("opco-atlas", &["opco", "atlas"]),
    piped("info", &["info"]),
    piped("info-coverage", &["info", "--coverage"]),
    piped("check", &["check"]),
    // Other formats of a table.
    piped("list-csv", &["list", "--format", "csv"]),
    piped("list-csv-excel", &["list", "--format", "csv-excel"]),
    piped("list-markdown", &["list", "--format", "markdown"]),
    piped(
        "contacts-vcard",
        &["contacts", "opiiec", "--format", "vcard"],
    ),
    piped("list-json-fields", &["list", "--json", "id,website"]),
    // French.
    Case {
        name: "fr-show-opiiec",
        mode: Mode::Piped,
        env: FR,
        args: &["show", "opiiec"],
    },
    Case {
        name: "fr-branch-1375",
        mode: Mode::Piped,
        env: FR,
        args: &["branch", "1375"],
    },
    Case {
        name: "fr-list",
        mode: Mode::Piped,
        env: FR,
        args: &["list"],
    },
    Case {
        name: "fr-opco-atlas",
        mode: Mode::Piped,
        env: FR,
        args: &["opco", "atlas"],
    },
    // On a terminal.
    tty("tty80-list", 80, &["list", "--color", "never"]),
    tty("tty60-list", 60, &["list", "--color", "never"]),
    tty("tty80-list-ascii", 80, &["list", "--ascii"]),
    tty("tty160-list", 160, &["list", "--color", "never"]),
    tty(
        "tty80-show-opiiec",
        80,
        &["show", "opiiec", "--color", "never"],
    ),
    tty(
        "tty60-branch-1375",
        60,
        &["branch", "1375", "--color", "never"],
    ),
    tty("tty80-opcos", 80, &["opcos", "--color", "never"]),
    tty(
        "tty80-search",
        80,
        &["search", "metallurgie", "--color", "never"],
    ),
    tty(
        "tty80-branches",
        80,
        &["branches", "--opco", "atlas", "--ascii"],
    ),
    Case {
        name: "fr-tty80-list",
        mode: Mode::Tty(80),
        env: FR,
        args: &["list", "--color", "never"],
    },
    Case {
        name: "fr-tty80-show-opiiec",
        mode: Mode::Tty(80),
        env: FR,
        args: &["show", "opiiec", "--color", "never"],
    },
    // Help.
    piped("help", &["--help"]),
    piped("help-list", &["list", "--help"]),
    piped("help-show", &["show", "--help"]),
    piped("help-contacts", &["contacts", "--help"]),
    piped("help-branches", &["branches", "--help"]),
    piped("help-branch", &["branch", "--help"]),
    piped("help-opcos", &["opcos", "--help"]),
    piped("help-opco", &["opco", "--help"]),
    piped("help-search", &["search", "--help"]),
    piped("help-export", &["export", "--help"]),
    piped("help-info", &["info", "--help"]),
    piped("help-import", &["import", "--help"]),
    piped("help-refresh", &["refresh", "--help"]),
    piped("help-refresh-dares", &["refresh", "dares", "--help"]),
    piped("help-refresh-opco", &["refresh", "opco", "--help"]),
    piped("help-refresh-naf", &["refresh", "naf", "--help"]),
    piped("help-naf", &["naf", "--help"]),
    piped("help-siret", &["siret", "--help"]),
    piped("help-refresh-siro", &["refresh", "siro", "--help"]),
    piped("help-check", &["check", "--help"]),
    piped("help-completions", &["completions", "--help"]),
    Case {
        name: "fr-help",
        mode: Mode::Piped,
        env: FR,
        args: &["--help"],
    },
    Case {
        name: "fr-help-branch",
        mode: Mode::Piped,
        env: FR,
        args: &["branch", "--help"],
    },
    // Errors, one line each, with their exit codes.
    piped("err-no-command", &[]),
    piped("err-unknown-command", &["lst"]),
    piped("err-show-unknown", &["show", "zzzz"]),
    piped("err-show-ambiguous", &["show", "observatoire"]),
    piped("err-show-empty", &["show", ""]),
    piped("err-branch-negative", &["branch", "-1"]),
    piped("err-branch-long", &["branch", "12345678"]),
    piped("err-branch-absent", &["branch", "7777"]),
    piped("err-branch-words", &["branch", "zzzzqq"]),
    piped("err-branch-idcc-word", &["branch", "IDCC"]),
    piped("err-opco-unknown", &["opco", "nope"]),
    piped("err-list-opco-unknown", &["list", "--opco", "nope"]),
    piped("err-list-nothing", &["list", "--search", "zzzzqq"]),
    piped(
        "err-list-nothing-bad-field",
        &["list", "--search", "zzzzqq", "--json=foo"],
    ),
    piped("err-json-bad-field", &["list", "--json=foo"]),
    piped(
        "err-json-fields-csv",
        &["list", "--json=id", "--format", "csv"],
    ),
    piped("err-search-empty", &["search", " "]),
    piped("err-search-nothing", &["search", "zzzzqq"]),
    piped("err-vcard-list", &["list", "--format", "vcard"]),
    piped("err-sqlite-list", &["list", "--format", "sqlite"]),
    piped("err-html-branch", &["branch", "1486", "--format", "html"]),
    piped(
        "err-sqlite-filter",
        &["export", "--format", "sqlite", "--opco", "atlas"],
    ),
    piped("err-naf-no-table", &["naf", "62.02A"]),
    piped("err-naf-bad", &["naf", "zz"]),
    piped("err-siret-no-table", &["siret", "55210055400021"]),
    piped("err-siret-nothing", &["siret"]),
    piped("err-import-missing", &["import", "/nonexistent/x.json"]),
    piped(
        "err-catalogue-missing",
        &["--catalogue", "/nonexistent/x.sqlite", "list"],
    ),
    piped("err-bad-format", &["list", "--format", "xml"]),
    Case {
        name: "fr-err-show-unknown",
        mode: Mode::Piped,
        env: FR,
        args: &["show", "zzzz"],
    },
    Case {
        name: "fr-err-branch-negative",
        mode: Mode::Piped,
        env: FR,
        args: &["branch", "-1"],
    },
    Case {
        name: "fr-err-list-nothing",
        mode: Mode::Piped,
        env: FR,
        args: &["list", "--search", "zzzzqq"],
    },
];

/// A data directory holding the fixture catalogue, imported once per test run.
fn data_dir() -> &'static Path {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/catalogue.json");
        common::opmq()
            .env("OPMQ_DATA_DIR", dir.path())
            .args(["import", fixture.to_str().expect("utf-8 path")])
            .assert()
            .success();
        dir
    })
    .path()
}

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

/// Runs one case and returns its transcript: command, exit code, stdout, stderr.
fn transcript(case: &Case) -> String {
    let data = data_dir();
    let bin = assert_cmd::cargo::cargo_bin("opmq");
    let shown = case.args.join(" ");
    let (code, stdout, stderr) = match case.mode {
        Mode::Piped => {
            let mut cmd = common::opmq();
            cmd.env("OPMQ_DATA_DIR", data).args(case.args);
            for (k, v) in case.env {
                cmd.env(k, v);
            }
            let out = cmd.output().expect("run opmq");
            (
                out.status.code().unwrap_or(-1),
                String::from_utf8_lossy(&out.stdout).into_owned(),
                String::from_utf8_lossy(&out.stderr).into_owned(),
            )
        }
        Mode::Tty(width) => {
            let line = format!("{} {}", bin.display(), shown);
            let mut cmd = std::process::Command::new("script");
            cmd.args(["-qec", &line, "/dev/null"])
                .env_clear()
                .env("PATH", std::env::var_os("PATH").unwrap_or_default())
                .env("TERM", "xterm")
                .env("COLUMNS", width.to_string())
                .env("LANG", "C")
                .env("OPMQ_CONFIG_DIR", "/nonexistent/opmq-test-config")
                .env("OPMQ_DATA_DIR", data);
            for (k, v) in case.env {
                cmd.env(k, v);
            }
            let out = cmd.output().expect("script(1) from util-linux");
            (
                out.status.code().unwrap_or(-1),
                String::from_utf8_lossy(&out.stdout).replace("\r\n", "\n"),
                String::new(),
            )
        }
    };
    let mode = match case.mode {
        Mode::Piped => "piped".to_owned(),
        Mode::Tty(w) => format!("terminal, {w} columns"),
    };
    let env: String = case
        .env
        .iter()
        .fold(String::new(), |acc, (k, v)| acc + k + "=" + v + " ");
    let text = format!(
        "$ {env}opmq {shown}    ({mode})\nexit: {code}\n--- stdout\n{stdout}--- stderr\n{stderr}"
    );
    text.replace(data.to_str().expect("utf-8 path"), "$DATA")
}

#[test]
fn what_people_read_matches_the_golden_files() {
    let bless = std::env::var_os("OPMQ_BLESS").is_some();
    let mut differ = Vec::new();
    for case in CASES {
        let got = transcript(case);
        let path = golden_dir().join(format!("{}.txt", case.name));
        if bless {
            std::fs::write(&path, &got).expect("write golden file");
            continue;
        }
        let want = std::fs::read_to_string(&path).unwrap_or_default();
        if got != want {
            differ.push(format!(
                "{}:\n--- expected\n{want}\n--- got\n{got}",
                path.display()
            ));
        }
    }
    assert!(
        differ.is_empty(),
        "{} golden file(s) differ (OPMQ_BLESS=1 cargo test --test golden rewrites them):\n{}",
        differ.len(),
        differ.join("\n")
    );
}

/// Every golden file belongs to a case: none is left behind when a case is renamed.
#[test]
fn every_golden_file_has_a_case() {
    let names: Vec<String> = CASES.iter().map(|c| format!("{}.txt", c.name)).collect();
    for entry in std::fs::read_dir(golden_dir()).expect("tests/golden") {
        let name = entry
            .expect("entry")
            .file_name()
            .to_string_lossy()
            .into_owned();
        if Path::new(&name).extension().is_some_and(|x| x == "txt") {
            assert!(names.contains(&name), "tests/golden/{name} has no case");
        }
    }
}
