//! `opmq refresh siro` and `opmq siret` on files generated here in the official SIRO layout
//! (`SIRET|IDCC|OPCO_PROPRIETAIRE|OPCO_GESTION`): a round trip where `siret` answers every
//! row, batch lookups, and malformed files refused with the user copy byte-identical.

mod common;

use common::{env, s, Env};
use opmq::model::{BranchCard, Info, RefreshReport, SiretAnswer};

/// The SIRET of establishment `nic` of SIREN `siren`: its last digit makes the Luhn key.
fn siret(siren: u64, nic: u64) -> u64 {
    let base = siren * 100_000 + nic * 10;
    (0..10)
        .map(|d| base + d)
        .find(|n| luhn(*n))
        .expect("one digit fits")
}

fn luhn(n: u64) -> bool {
    let digits = format!("{n:014}");
    let sum: u32 = digits
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| {
            let d = u32::from(b - b'0') * if i % 2 == 1 { 2 } else { 1 };
            d / 10 + d % 10
        })
        .sum();
    sum % 10 == 0
}

/// (SIRET, IDCC, OPCO label, manager label) rows: three establishments of one company in
/// 1486, others in 3248, 0016, 9999 (no convention), an empty IDCC and one overseas.
fn rows() -> Vec<(u64, &'static str, &'static str, &'static str)> {
    let a = 552_100_554; // a SIREN with a valid key
    let b = 542_107_651;
    let mut out = vec![
        (siret(a, 2), "1486", "ATLAS", ""),
        (siret(a, 3), "1486", "ATLAS", ""),
        (siret(a, 4), "1486", "ATLAS", ""),
        (siret(b, 1), "3248", "OPCO2I", ""),
        (siret(b, 2), "3248", "OPCO2I", ""),
        (siret(b, 3), "16", "OPCO MOBILITES", ""),
        (siret(b, 4), "9999", "OPCO EP", ""),
        (siret(b, 5), "", "", ""),
        (siret(b, 6), "1486", "ATLAS", "AKTO"),
        (35_600_000_000_001, "1486", "OPCO2I", ""), // La Poste's key
    ];
    out.sort_unstable();
    out
}

/// The rows as a SIRO file: header, then one `|`-separated line each.
fn text(rows: &[(u64, &str, &str, &str)]) -> String {
    let lines = rows
        .iter()
        .map(|(siret, idcc, opco, gestion)| format!("{siret:014}|{idcc}|{opco}|{gestion}\n"));
    std::iter::once("SIRET|IDCC|OPCO_PROPRIETAIRE|OPCO_GESTION\n".to_owned())
        .chain(lines)
        .collect()
}

fn write_file(path: &std::path::Path, rows: &[(u64, &str, &str, &str)]) {
    std::fs::write(path, text(rows)).unwrap();
}

/// `opmq siret --stdin --format ndjson` on `input`, one answer a line.
fn stdin_batch(e: &Env, input: &[String]) -> Vec<SiretAnswer> {
    let out = common::opmq()
        .env("OPMQ_DATA_DIR", &e.data)
        .args(["siret", "--stdin", "--format", "ndjson"])
        .write_stdin(input.join("\n"))
        .output()
        .unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn refreshed() -> (Env, RefreshReport) {
    let e = env();
    let file = e.dir.join("siro-202611.csv");
    write_file(&file, &rows());
    let report: RefreshReport = e.json(&["refresh", "siro", s(&file), "--json"]);
    (e, report)
}

#[test]
fn a_refreshed_table_answers_every_row() {
    let (e, report) = refreshed();
    assert_eq!((report.source.as_str(), report.rows), ("siro", 10));
    assert_eq!(report.dataset, "siro-2026-11");
    // 1486: ATLAS 4 of 5 now (was 100 % ATLAS in June): the share moved.
    assert!(
        report
            .changes
            .iter()
            .any(|c| c.idcc == "1486" && c.change == "share"),
        "{:?}",
        report.changes
    );
    for (n, idcc, _, _) in rows() {
        let id = format!("{n:014}");
        // One SIRET: one object (a SIREN or a batch: an array).
        let a: SiretAnswer = e.json(&["siret", &id, "--json"]);
        assert_eq!(
            (a.siret.as_str(), a.status.as_str()),
            (id.as_str(), "found")
        );
        let want = (!idcc.is_empty()).then(|| format!("{idcc:0>4}"));
        assert_eq!(a.idcc, want, "{id}");
        if idcc == "1486" {
            assert!(a.observatories.iter().any(|o| o.id == "opiiec"), "{a:?}");
        }
    }
    // Spaces as on a Kbis, a SIREN listing its establishments, the overseas manager.
    let first = format!("{:014}", siret(552_100_554, 2));
    let spaced = format!(
        "{} {} {} {}",
        &first[..3],
        &first[3..6],
        &first[6..9],
        &first[9..]
    );
    let card = String::from_utf8(e.ok(&["siret", &spaced])).unwrap();
    assert!(
        card.contains("IDCC 1486") && card.contains("ATLAS"),
        "{card}"
    );
    assert!(card.contains("OPIIEC"), "{card}");
    let company: Vec<SiretAnswer> = e.json(&["siret", "552 100 554", "--json"]);
    assert_eq!(company.len(), 3);
    let overseas: SiretAnswer =
        e.json(&["siret", &format!("{:014}", siret(542_107_651, 6)), "--json"]);
    assert_eq!(
        overseas.opco_gestion.as_ref().map(|o| o.id.as_str()),
        Some("akto")
    );
    // The table's counts become each IDCC's OPCO in force, under the new vintage.
    let card: BranchCard = e.json(&["branch", "3248", "--json"]);
    let opco = card.branch.opco.unwrap();
    assert_eq!(
        (opco.vintage.as_str(), opco.establishments),
        ("2026-11", Some(2))
    );
    let info: Info = e.json(&["info", "--json"]);
    assert_eq!(info.counts.siret_rows, 10);
    assert!(info.datasets.iter().any(|d| d.key == "siro-2026-11"));
    // Another refresh keeps the SIRET table.
    let table = e.dir.join("t.csv");
    std::fs::write(
        &table,
        "IDCC;Opérateur de compétences;Libellé;obs\n16;OPCO Mobilité;T;\n",
    )
    .unwrap();
    e.ok(&["refresh", "opco", s(&table), "--vintage", "2027-01-01"]);
    let again: SiretAnswer = e.json(&["siret", &first, "--json"]);
    assert_eq!(again.idcc.as_deref(), Some("1486"));
}

#[test]
fn batches_from_stdin_and_csv_columns() {
    let (e, _) = refreshed();
    let mut input: Vec<String> = rows().iter().map(|r| format!("{:014}", r.0)).collect();
    input.push("55210055400022".into()); // a wrong key
    input.push("55210055499999".into()); // well formed, absent
    let lines = stdin_batch(&e, &input);
    assert_eq!(lines.len(), input.len());
    assert_eq!(lines.iter().filter(|a| a.status == "found").count(), 10);
    assert!(lines[10].status.starts_with("invalid") && lines[10].status.contains("check digit"));
    assert_eq!(lines[11].status, "not found");
    let csv = e.dir.join("companies.csv");
    std::fs::write(
        &csv,
        format!("name;siret\nA;{}\nB;{}\n", input[0], input[3]),
    )
    .unwrap();
    let out = String::from_utf8(e.ok(&[
        "siret",
        "--from",
        s(&csv),
        "--column",
        "siret",
        "--format",
        "csv",
    ]))
    .unwrap();
    let mut lines = out.lines();
    assert!(lines
        .next()
        .unwrap()
        .starts_with("siret,status,idcc,branch"));
    assert_eq!(lines.count(), 2, "{out}");
}

/// A large batch reads every branch at once: its answers are those of single lookups.
#[test]
fn a_large_batch_answers_as_single_lookups_do() {
    let (e, _) = refreshed();
    let ids: Vec<String> = rows().iter().map(|r| format!("{:014}", r.0)).collect();
    let input: Vec<String> = ids.iter().cycle().take(10 * ids.len()).cloned().collect();
    let batch = stdin_batch(&e, &input);
    assert_eq!(batch.len(), input.len());
    for (id, got) in input.iter().zip(&batch).take(ids.len()) {
        let single: SiretAnswer = e.json(&["siret", id, "--json"]);
        assert_eq!(got, &single, "{id}");
    }
}

#[test]
fn lookups_explain_what_is_wrong() {
    let e = env();
    // No table yet: where to get one, exit 1.
    let out = e.run(&["siret", "55210055400021"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("refresh siro") && err.contains("data.gouv.fr"),
        "{err}"
    );
    let (e, _) = refreshed();
    for (arg, code, says) in [
        ("55210055400022", 2, "check digit"),
        ("5521005540002", 2, "13 digits"),
        ("SIRET", 2, "not a SIRET"),
        ("55210055499999", 1, "not in the SIRO table"),
    ] {
        let out = e.run(&["siret", arg]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(code), "{arg}: {err}");
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains(says), "{arg}: {err}");
    }
}

#[test]
fn malformed_files_are_refused_and_change_nothing() {
    let (e, _) = refreshed();
    let good = rows();
    let file = |name: &str, text: &[u8]| {
        let path = e.dir.join(name);
        std::fs::write(&path, text).unwrap();
        path
    };
    let plain = text(&good);
    let lines: Vec<&str> = plain.lines().collect();
    let bad_key = plain.replacen(
        &format!("{:014}", good[1].0),
        &format!("{:014}", good[1].0 + 1),
        1,
    );
    let unknown = plain.replacen("OPCO2I", "OPCO DES INDUSTRIES", 1);
    let duplicate = format!("{plain}{}\n", lines[2]);
    let truncated = &plain[..plain.len() - 20];
    let semicolons = plain.replace('|', ";");
    let mut latin1 = plain.clone().into_bytes();
    latin1.extend_from_slice(b"55210055400021|1486|ATLAS|\xe9\n");
    let last_line = format!("line {}", lines.len());
    let cases: Vec<(std::path::PathBuf, &str)> = vec![
        (
            file(
                "siro-202612-header.csv",
                plain.replace("SIRET|", "NUM|").as_bytes(),
            ),
            "line 1",
        ),
        (
            file("siro-202612-key.csv", bad_key.as_bytes()),
            "check digit",
        ),
        (
            file("siro-202612-opco.csv", unknown.as_bytes()),
            "unknown OPCO label",
        ),
        (
            file("siro-202612-trunc.csv", truncated.as_bytes()),
            &last_line,
        ),
        (file("siro-202612-empty.csv", b""), "empty"),
        (
            file(
                "siro-202612-header-only.csv",
                b"SIRET|IDCC|OPCO_PROPRIETAIRE|OPCO_GESTION\n",
            ),
            "no establishment",
        ),
        (
            file("siro-202612-semicolons.csv", semicolons.as_bytes()),
            "line 1",
        ),
        (file("siro-202612-latin1.csv", &latin1), "not UTF-8"),
        (
            file("siro-202612-dup.csv", duplicate.as_bytes()),
            "appears twice",
        ),
    ];
    for (path, says) in &cases {
        e.refused(&["refresh", "siro", s(path)], says);
    }
    // No edition in the name and none given: a usage error, before reading.
    let nameless = file("establishments.csv", plain.as_bytes());
    let out = e.run(&["refresh", "siro", s(&nameless)]);
    assert_eq!(out.status.code(), Some(2));
}
