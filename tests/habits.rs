//! Meeting users where they are: JSON fields, vCard, French and English, the config file,
//! paths, ASCII output.

mod common;
use common::{failure, json, opmq, stdout};
use opmq::model::*;
use serde_json::Value;
use std::path::Path;

fn keys(v: &Value) -> Vec<String> {
    v.as_object().unwrap().keys().cloned().collect()
}

#[test]
fn json_fields_keep_only_the_asked_fields_in_their_order() {
    let all: Vec<Value> = json(&["list", "--json"]);
    let picked: Vec<Value> = json(&["list", "--json", "website,id"]);
    assert_eq!(picked.len(), all.len());
    for (p, a) in picked.iter().zip(&all) {
        assert_eq!(keys(p), ["website", "id"]);
        assert_eq!(p["id"], a["id"]);
        assert_eq!(p["website"], a["website"]);
    }
    let one: Value = json(&["show", "opiiec", "--json=name,opco"]);
    assert_eq!(keys(&one), ["name", "opco"]);
    assert_eq!(one["opco"]["id"], "atlas");
    let card: Value = json(&["branch", "1375", "--json", "idcc,successor_chain"]);
    assert_eq!(keys(&card), ["idcc", "successor_chain"]);
    // NDJSON too, one cut-down record a line.
    let text = stdout(&[
        "list", "--opco", "atlas", "--json", "id", "--format", "ndjson",
    ]);
    for line in text.lines() {
        let v: Value = serde_json::from_str(line).unwrap();
        assert_eq!(keys(&v), ["id"]);
    }
    // `--json` before a command or a name still means "all fields".
    let list: Vec<Observatory> = json(&["--json", "list"]);
    assert_eq!(list.len(), all.len());
    let o: Observatory = json(&["show", "--json", "opiiec"]);
    assert_eq!(o.facts.id, "opiiec");
}

#[test]
fn every_commands_fields_are_exactly_its_json_keys() {
    for args in [
        &["list"][..],
        &["show", "opiiec"],
        &["contacts", "opiiec"],
        &["branches", "--opco", "atlas"],
        &["branch", "1375"],
        &["opcos"],
        &["opco", "atlas"],
        &["search", "metallurgie"],
        &["info"],
        &["info", "--coverage"],
        &["info", "--paths"],
        &["export"],
    ] {
        let mut with_json = args.to_vec();
        with_json.push("--json");
        let v: Value = json(&with_json);
        let record = match &v {
            Value::Array(items) => items[0].clone(),
            other => other.clone(),
        };
        let expected = keys(&record).join(", ");
        let mut bad = args.to_vec();
        bad.push("--json=nosuchfield");
        let (code, _, err) = failure(&bad);
        assert_eq!(code, 2, "{args:?}");
        assert!(
            err.contains(&format!(
                "unknown JSON field 'nosuchfield'; valid fields: {expected}\n"
            )),
            "{args:?}: {err}"
        );
        let mut every = args.to_vec();
        let list = format!("--json={}", expected.replace(", ", ","));
        every.push(&list);
        let again: Value = json(&every);
        assert_eq!(again, v, "{args:?}: all fields asked = the whole JSON");
    }
}

#[test]
fn field_errors_are_one_line_usage_errors() {
    let (code, out, err) = failure(&["list", "--json=nmae"]);
    assert_eq!((code, out.as_str()), (2, ""));
    assert_eq!(err.lines().count(), 1);
    assert!(
        err.contains("valid fields: id, name, name_kind, acronym"),
        "{err}"
    );
    let (code, _, err) = failure(&["list", "--json", "nmae"]);
    assert_eq!(code, 2);
    assert!(err.contains("--json=FIELD,FIELD"), "{err}");
    let (code, _, err) = failure(&["list", "--json=id", "--format", "csv"]);
    assert_eq!(code, 2);
    assert!(err.contains("JSON and NDJSON only"), "{err}");
    let (code, _, _) = failure(&["list", "--json="]);
    assert_eq!(code, 2);
}

#[test]
fn vcards_are_valid_rfc6350_one_per_observatory() {
    let contacts: Vec<Contact> = json(&["contacts", "--opco", "atlas", "--json"]);
    let text = stdout(&["contacts", "--opco", "atlas", "--format", "vcard"]);
    assert!(text.ends_with("END:VCARD\r\n"));
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "line longer than 75 octets: {line:?}");
        assert!(!line.contains('\n') && !line.contains('\r'));
    }
    let cards = vcard4::parse(&text).expect("valid vCard 4.0");
    assert_eq!(cards.len(), contacts.len());
    for (card, c) in cards.iter().zip(&contacts) {
        assert_eq!(card.formatted_name[0].value, c.name);
        let urls: Vec<String> = card.url.iter().map(|u| u.value.to_string()).collect();
        match &c.website {
            Some(w) => assert_eq!(urls.len(), 1, "{}: {w}", c.id),
            None => assert!(urls.is_empty()),
        }
        let note = &card.note[0].value;
        assert!(note.contains(&format!("opmq id: {}", c.id)), "{note}");
        for b in &c.branches {
            assert!(note.contains(&format!("IDCC {}", b.idcc)), "{note}");
        }
        if let Some(o) = &c.opco {
            assert!(note.contains(&format!("OPCO: {}", o.name)), "{note}");
        }
    }
    let (code, _, err) = failure(&["list", "--format", "vcard"]);
    assert_eq!(code, 2);
    assert!(err.contains("contacts"), "{err}");
}

#[test]
fn vcard_escapes_commas_semicolons_backslashes_and_controls() {
    let dir = tempfile::tempdir().unwrap();
    let name = "Obs, métiers; a\\b\nnext \x1b[31m";
    let path = common::altered_catalogue(dir.path(), "c.sqlite", |c| {
        c.execute(
            "UPDATE observatory SET facts = json_set(facts, '$.name', ?1, \
             '$.email', 'x@example.org', '$.phone', '+33 1 23 45 67 89', \
             '$.address', json_object('street', '1, rue; B', 'postcode', '75001', 'city', 'Paris')) \
             WHERE id = 'opiiec'",
            [name],
        )
        .unwrap();
    });
    let p = path.to_str().unwrap();
    let text = stdout(&["--catalogue", p, "contacts", "opiiec", "--format", "vcard"]);
    assert!(!text.contains('\x1b'));
    assert!(
        text.contains("FN:Obs\\, métiers; a\\\\b next \\\\u{1b}[31m\r\n"),
        "{text}"
    );
    let card = &vcard4::parse(&text).unwrap()[0];
    assert_eq!(
        card.formatted_name[0].value,
        "Obs, métiers; a\\b next \\u{1b}[31m"
    );
    assert_eq!(card.email[0].value, "x@example.org");
    assert_eq!(card.tel.len(), 1);
    // Structured value: components split by `;`, and `;` inside one escaped.
    assert!(
        text.contains("ADR:;;1\\, rue\\; B;Paris;;75001;\r\n"),
        "{text}"
    );
}

fn run(env: &[(&str, &str)], args: &[&str]) -> std::process::Output {
    let mut cmd = opmq();
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.args(args).output().unwrap()
}

fn text(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned() + &String::from_utf8_lossy(&o.stderr)
}

#[test]
fn french_from_the_locale_or_the_flag_english_otherwise() {
    let fr = [("LANG", "fr_FR.UTF-8")];
    let card = text(&run(&fr, &["show", "opiiec"]));
    assert!(
        card.contains("statut") && card.contains("Branches couvertes"),
        "{card}"
    );
    let card = text(&run(&[], &["--lang", "fr", "show", "opiiec"]));
    assert!(card.contains("statut"), "{card}");
    // LC_ALL wins over LANG; --lang wins over both.
    let en = text(&run(
        &[("LANG", "fr_FR.UTF-8"), ("LC_ALL", "en_US.UTF-8")],
        &["show", "opiiec"],
    ));
    assert!(en.contains("status") && !en.contains("statut"), "{en}");
    let en = text(&run(&fr, &["--lang", "en", "show", "opiiec"]));
    assert!(en.contains("Branches covered"), "{en}");
    let help = text(&run(&fr, &["--help"]));
    assert!(help.contains("Lister les observatoires") && help.contains("Codes de sortie"));
    let help = text(&run(&[], &["list", "--help"]));
    assert!(help.contains("List observatories"));
    // Errors in French, same exit code.
    let out = run(&fr, &["show", "zzzz"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with("opmq: aucun observatoire ne correspond à \"zzzz\""),
        "{err}"
    );
    let out = run(&fr, &["branch", "12345678"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("n'est pas un IDCC"));
}

#[test]
fn json_csv_and_exit_codes_do_not_change_with_the_language() {
    let fr = [("LANG", "fr_FR.UTF-8")];
    for args in [
        &["list", "--json"][..],
        &["branch", "1486", "--json"],
        &["info", "--coverage", "--json"],
        &["list", "--format", "csv"],
        &["contacts", "--format", "vcard"],
    ] {
        let en = run(&[], args);
        let fr = run(&fr, args);
        assert!(en.status.success());
        assert_eq!(en.stdout, fr.stdout, "{args:?}");
    }
}

fn config_dir(content: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("config.toml"), content).unwrap();
    dir
}

fn with_config(dir: &Path, args: &[&str]) -> std::process::Output {
    run(&[("OPMQ_CONFIG_DIR", dir.to_str().unwrap())], args)
}

#[test]
fn config_file_sets_defaults_and_flags_win() {
    let dir = config_dir("format = \"json\"\nlang = \"fr\"\n");
    let out = with_config(dir.path(), &["show", "opiiec"]);
    let o: Observatory = serde_json::from_slice(&out.stdout).expect("JSON by default");
    assert_eq!(o.facts.id, "opiiec");
    let out = with_config(dir.path(), &["show", "opiiec", "--format", "table"]);
    let card = String::from_utf8_lossy(&out.stdout);
    assert!(card.contains("statut"), "French from the config: {card}");
    let out = with_config(
        dir.path(),
        &["show", "opiiec", "--format", "table", "--lang", "en"],
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("status"));
}

#[test]
fn a_bad_config_file_is_named_in_a_one_line_error() {
    for (content, why) in [
        (
            "format = \"xml\"\n",
            "format = \"xml\" is not one of table, json",
        ),
        ("colour = \"always\"\n", "unknown field `colour`"),
        ("lang = \n", "config file"),
        ("format = \"sqlite\"\n", "only makes sense for one command"),
    ] {
        let dir = config_dir(content);
        let out = with_config(dir.path(), &["list"]);
        assert_eq!(out.status.code(), Some(2), "{content}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(
            err.contains("config.toml") && err.contains(why),
            "{content}: {err}"
        );
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn info_paths_names_both_files_without_opening_them() {
    let config = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let env = [
        ("OPMQ_CONFIG_DIR", config.path().to_str().unwrap()),
        ("OPMQ_DATA_DIR", data.path().to_str().unwrap()),
    ];
    let paths = |env: &[(&str, &str)]| -> Paths {
        serde_json::from_slice(&run(env, &["info", "--paths", "--json"]).stdout).unwrap()
    };
    let p = paths(&env);
    let config_file = config.path().join("config.toml");
    let user = data.path().join("catalogue.sqlite");
    assert_eq!(p.config_file.as_deref(), config_file.to_str());
    assert_eq!(p.user_catalogue.as_deref(), user.to_str());
    assert!(!p.config_file_exists && !p.user_catalogue_exists);
    // A broken user catalogue is not opened (no warning), and is reported as present.
    std::fs::write(&user, b"garbage").unwrap();
    std::fs::write(&config_file, "ascii = true\n").unwrap();
    let out = run(&env, &["info", "--paths"]);
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let p = paths(&env);
    assert!(p.config_file_exists && p.user_catalogue_exists);
}

#[test]
fn ascii_output_for_dumb_terminals() {
    let card = stdout(&["branch", "1375", "--ascii"]);
    assert!(card.contains("1375 -> 3209 -> 3248"), "{card}");
    assert!(card.is_ascii() || !card.contains(['→', '—', '·']), "{card}");
    let dumb = text(&run(&[("TERM", "dumb")], &["branch", "1375"]));
    assert!(!dumb.contains(['→', '—', '·']), "{dumb}");
}

/// Tables on a real terminal (through `script`): box drawing by default, ASCII when
/// TERM=dumb or --ascii; at 80 columns, records too wide for a table come as blocks, and no
/// IDCC or URL is ever cut.
#[test]
fn terminal_tables_use_ascii_borders_and_fit_80_columns() {
    let bin = assert_cmd::cargo::cargo_bin("opmq");
    let on_tty = |term: &str, columns: &str, extra: &str| -> String {
        let out = std::process::Command::new("script")
            .args([
                "-qec",
                &format!("{} list --opco atlas {extra}", bin.display()),
                "/dev/null",
            ])
            .env("TERM", term)
            .env("COLUMNS", columns)
            .env("LANG", "C")
            .env("OPMQ_CONFIG_DIR", "/nonexistent")
            .env_remove("LC_ALL")
            .output()
            .expect("script(1) from util-linux");
        assert!(out.status.success());
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let websites: Vec<String> =
        json::<Vec<Value>>(&["list", "--opco", "atlas", "--json", "website"])
            .iter()
            .filter_map(|o| o["website"].as_str().map(str::to_owned))
            .collect();
    assert!(!websites.is_empty());
    let fancy = on_tty("xterm", "160", "--color never");
    assert!(fancy.contains('│'), "{fancy}");
    for table in [
        on_tty("dumb", "160", ""),
        on_tty("xterm", "160", "--ascii --color never"),
    ] {
        assert!(!table.contains('│') && !table.contains('─'), "{table}");
        assert!(
            table.contains("+--") && table.contains("| opiiec"),
            "{table}"
        );
    }
    let narrow = on_tty("dumb", "80", "");
    for url in &websites {
        assert!(
            fancy.contains(url.as_str()) && narrow.contains(url.as_str()),
            "{url} cut:\n{narrow}"
        );
    }
    assert!(narrow.contains("3210 5005"), "{narrow}");
    for line in narrow.lines() {
        assert!(line.trim_end().chars().count() <= 80, "{line}");
    }
}

/// The JSON contract: every command's JSON deserialises into its public type and serialises
/// back to the very same JSON (no field missing, none extra).
#[test]
fn every_commands_json_round_trips_through_its_public_type() {
    fn same<T: serde::de::DeserializeOwned + serde::Serialize>(args: &[&str]) {
        let raw: Value = json(args);
        let typed: T =
            serde_json::from_value(raw.clone()).unwrap_or_else(|e| panic!("{args:?}: {e}"));
        assert_eq!(serde_json::to_value(&typed).unwrap(), raw, "{args:?}");
    }
    same::<Vec<Observatory>>(&["list", "--json"]);
    same::<Observatory>(&["show", "opiiec", "--json"]);
    same::<Vec<Contact>>(&["contacts", "--json"]);
    same::<Vec<Branch>>(&["branches", "--all", "--json"]);
    same::<BranchCard>(&["branch", "1375", "--json"]);
    same::<Vec<Opco>>(&["opcos", "--json"]);
    same::<OpcoCard>(&["opco", "akto", "--json"]);
    same::<Vec<SearchHit>>(&["search", "transport", "--json"]);
    same::<Info>(&["info", "--json"]);
    same::<opmq::model::Coverage>(&["info", "--coverage", "--json"]);
    same::<Paths>(&["info", "--paths", "--json"]);
    same::<Vec<opmq::model::Violation>>(&["check", "--json"]);
    same::<Export>(&["export"]);
}
