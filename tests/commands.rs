//! Every command and filter, driven through the real binary; JSON read back into the
//! public model types.

mod common;
use common::{failure, json, opmq, stdout};
use opmq::model::*;

#[test]
fn branch_1486_gives_atlas_and_opiiec() {
    let card: BranchCard = json(&["branch", "1486", "--json"]);
    assert_eq!(card.branch.idcc, "1486");
    assert!(card.branch.active);
    let opco = card.branch.opco.expect("1486 has an OPCO");
    assert_eq!(opco.id, "atlas");
    assert!(!opco.derived);
    assert_eq!(
        opco.vintage, "2026-06",
        "SIRO 2026 is newer than the 2019 table"
    );
    let table = card.branch.opco_table.expect("1486 is in the 2019 table");
    assert_eq!(
        (table.id.as_str(), table.vintage.as_str()),
        ("atlas", "2019-06-01")
    );
    assert!(card
        .branch
        .observatories
        .iter()
        .any(|o| o.acronym.as_deref() == Some("OPIIEC")));
}

#[test]
fn idcc_input_forms_agree() {
    for input in ["16", "0016", "IDCC 16", "idcc0016"] {
        let card: BranchCard = json(&["branch", input, "--json"]);
        assert_eq!(card.branch.idcc, "0016", "input {input:?}");
    }
}

#[test]
fn branch_1375_shows_the_chain_to_3248() {
    let card: BranchCard = json(&["branch", "1375", "--json"]);
    let chain: Vec<&str> = card
        .successor_chain
        .iter()
        .map(|b| b.idcc.as_str())
        .collect();
    assert_eq!(chain, ["1375", "3209", "3248"]);
    let current = card.current.expect("replaced IDCC has a current branch");
    assert_eq!(current.idcc, "3248");
    assert!(current.active);
    let table = stdout(&["branch", "1375"]);
    assert!(table.contains("1375 → 3209 → 3248 Métallurgie"), "{table}");
}

/// 3248 (métallurgie, 2022) has no row in the 2019 table: its OPCO was derived from its
/// predecessors; SIRO 2026 now gives it, with its share and size.
#[test]
fn siro_2026_gives_the_opco_a_derived_row_only_guessed() {
    let card: BranchCard = json(&["branch", "3248", "--json"]);
    let opco = card.branch.opco.expect("3248 has an OPCO");
    assert_eq!(
        (opco.id.as_str(), opco.vintage.as_str()),
        ("opco2i", "2026-06")
    );
    assert!(!opco.derived && opco.rule.is_none());
    let n = opco.establishments.expect("establishments from SIRO");
    assert!(n > 10_000, "{n}");
    assert!(opco.share.is_some_and(|s| s > 50.0 && s <= 100.0));
    assert_eq!(card.branch.establishments.map(|t| t >= n), Some(true));
    let sum: u64 = card
        .branch
        .opco_shares
        .iter()
        .map(|s| s.establishments)
        .sum();
    assert_eq!(Some(sum), card.branch.establishments);
    let table = card
        .branch
        .opco_table
        .expect("the derived table row is kept");
    assert!(table.derived && table.rule.as_deref().is_some_and(|r| !r.is_empty()));
}

/// 1618 was AFDAS in the 2019 table; its establishments declare L'Opcommerce in 2026.
#[test]
fn the_2019_opco_is_shown_where_it_differs() {
    let card: BranchCard = json(&["branch", "1618", "--json"]);
    assert_eq!(
        card.branch.opco.map(|o| o.id).as_deref(),
        Some("opcommerce")
    );
    assert_eq!(
        card.branch.opco_table.map(|o| o.id).as_deref(),
        Some("afdas")
    );
    let text = stdout(&["branch", "1618"]);
    let line = text
        .lines()
        .find(|l| l.contains("OPCO in 2019"))
        .unwrap_or_else(|| panic!("{text}"));
    assert!(line.contains("AFDAS"), "{line}");
    // Where the table agrees, no history line.
    assert!(!stdout(&["branch", "1486"]).contains("OPCO in 2019"));
}

#[test]
fn branch_without_opco_says_none_known() {
    // 0804 VRP is attached to no OPCO ("inopérant").
    let card: BranchCard = json(&["branch", "804", "--json"]);
    assert!(card.branch.opco.is_none());
    assert!(stdout(&["branch", "804"]).contains("none known"));
}

#[test]
fn branch_by_words() {
    let card: BranchCard = json(&["branch", "bureaux d'etudes techniques", "--json"]);
    assert_eq!(card.branch.idcc, "1486");
}

#[test]
fn list_branch_words_without_accent_finds_opiiec() {
    let list: Vec<Observatory> = json(&["list", "--branch", "bureaux d'etudes", "--json"]);
    assert!(list.iter().any(|o| o.facts.id == "opiiec"), "{list:?}");
    let table = stdout(&["list", "--branch", "bureaux d'etudes"]);
    assert!(table.contains("opiiec"));
}

#[test]
fn list_branch_idcc_follows_successors() {
    let direct: Vec<Observatory> = json(&["list", "--branch", "3248", "--json"]);
    let replaced: Vec<Observatory> = json(&["list", "--branch", "1375", "--json"]);
    assert!(!direct.is_empty());
    assert_eq!(direct, replaced);
}

#[test]
fn list_json_length_equals_observatory_files() {
    let files = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/data/observatories"))
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "toml")
        })
        .count();
    let list: Vec<Observatory> = json(&["list", "--json"]);
    assert_eq!(list.len(), files);
    let ndjson = stdout(&["list", "--format", "ndjson"]);
    assert_eq!(ndjson.lines().count(), files);
    for line in ndjson.lines() {
        serde_json::from_str::<Observatory>(line).unwrap();
    }
}

#[test]
fn list_filters_combine() {
    let atlas: Vec<Observatory> = json(&["list", "--opco", "OPCO ATLAS", "--json"]);
    assert!(!atlas.is_empty());
    assert!(atlas.iter().all(|o| o.opco.as_ref().unwrap().id == "atlas"));
    let both: Vec<Observatory> =
        json(&["list", "--opco", "atlas", "--search", "assurance", "--json"]);
    assert!(!both.is_empty() && both.len() < atlas.len());
    assert!(both.iter().all(|o| o.opco.as_ref().unwrap().id == "atlas"));
    let (code, _, err) = failure(&["list", "--opco", "atlas", "--branch", "16"]);
    assert_eq!(code, 1, "{err}");
}

#[test]
fn opco_aliases_any_case_or_accent() {
    for alias in [
        "opco-mobilites",
        "OPCO Mobilité",
        "opco mobilites",
        "OPCO MOBILITES",
    ] {
        let card: OpcoCard = json(&["opco", alias, "--json"]);
        assert_eq!(card.opco.facts.id, "opco-mobilites", "alias {alias:?}");
    }
    let card: OpcoCard = json(&["opco", "OPCO Commerce", "--json"]);
    assert_eq!(card.opco.facts.id, "opcommerce");
    assert!(!card.branches.is_empty());
}

#[test]
fn show_resolves_id_acronym_and_folded_name() {
    let by_id: Observatory = json(&["show", "opiiec", "--json"]);
    let by_acronym: Observatory = json(&["show", "OPIIEC", "--json"]);
    assert_eq!(by_id, by_acronym);
    let by_name: Observatory = json(&[
        "show",
        "observatoire paritaire des metiers de l'ingenierie, de l'informatique, des etudes et du conseil",
        "--json",
    ]);
    assert_eq!(by_name.facts.id, "opiiec");
    assert!(!by_id.facts.sources.is_empty());
    assert!(by_id
        .facts
        .sources
        .iter()
        .all(|s| !s.url.is_empty() && !s.checked.is_empty()));
    let card = stdout(&["show", "opiiec"]);
    for needle in ["OPIIEC", "website", "email", "unknown", "1486", "Sources"] {
        assert!(card.contains(needle), "missing {needle:?} in {card}");
    }
}

#[test]
fn show_unknown_exits_1_with_suggestions() {
    let (code, out, err) = failure(&["show", "zzzz"]);
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert!(err.contains("did you mean"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    let (code, _, err) = failure(&["show", "opiec"]);
    assert_eq!(code, 1);
    assert!(err.contains("opiiec"), "typo should suggest opiiec: {err}");
}

#[test]
fn show_ambiguous_exits_3_with_candidates() {
    let (code, out, err) = failure(&["show", "observatoire prospectif"]);
    assert_eq!(code, 3, "{err}");
    assert!(out.is_empty());
    assert!(err.lines().count() > 2, "candidates expected: {err}");
}

#[test]
fn contacts_one_and_many() {
    let one: Vec<Contact> = json(&["contacts", "oema", "--json"]);
    assert_eq!(one.len(), 1);
    let shown: Observatory = json(&["show", "oema", "--json"]);
    assert!(one[0].website.is_some());
    assert_eq!(one[0].website, shown.facts.website);
    let akto: Vec<Contact> = json(&["contacts", "--opco", "akto", "--json"]);
    assert!(akto.len() > 1);
    let table = stdout(&["contacts", "--opco", "akto"]);
    assert!(table.lines().next().unwrap().contains("website"));
}

#[test]
fn branches_filters() {
    let active: Vec<Branch> = json(&["branches", "--json"]);
    let all: Vec<Branch> = json(&["branches", "--all", "--json"]);
    assert!(active.iter().all(|b| b.active));
    assert!(all.len() > active.len());
    let atlas: Vec<Branch> = json(&["branches", "--opco", "atlas", "--json"]);
    assert!(atlas.iter().any(|b| b.idcc == "1486"));
    assert!(atlas.iter().all(|b| b.opco.as_ref().unwrap().id == "atlas"));
    let of_obs: Vec<Branch> = json(&["branches", "--observatory", "OPIIEC", "--json"]);
    assert_eq!(
        of_obs.iter().map(|b| b.idcc.as_str()).collect::<Vec<_>>(),
        ["1486"]
    );
    let words: Vec<Branch> = json(&["branches", "--search", "metallurgie", "--json"]);
    assert!(words.iter().any(|b| b.idcc == "3248"));
    let uncovered: Vec<Branch> = json(&["branches", "--without-observatory", "--json"]);
    assert!(uncovered
        .iter()
        .all(|b| b.observatories.is_empty() && b.active && b.scope.as_deref() == Some("National")));
}

#[test]
fn opcos_lists_eleven_canonical_ids() {
    let list: Vec<Opco> = json(&["opcos", "--json"]);
    let ids: Vec<&str> = list.iter().map(|o| o.facts.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "afdas",
            "akto",
            "atlas",
            "constructys",
            "ocapiat",
            "opco-ep",
            "opco-mobilites",
            "opco-sante",
            "opco2i",
            "opcommerce",
            "uniformation"
        ]
    );
}

#[test]
fn search_ranks_across_kinds() {
    let hits: Vec<SearchHit> = json(&["search", "metallurgie", "--json"]);
    assert_eq!(
        hits[0].id, "3248",
        "the active national convention ranks first: {hits:?}"
    );
    assert!(hits.iter().any(|h| h.kind == "observatory"));
    let hits: Vec<SearchHit> = json(&["search", "atlas", "--json"]);
    assert!(hits.iter().any(|h| h.kind == "opco" && h.id == "atlas"));
    let (code, _, _) = failure(&["search", "qwxzv"]);
    assert_eq!(code, 1);
}

#[test]
fn export_formats() {
    let e: Export = json(&["export"]);
    let list: Vec<Observatory> = json(&["list", "--json"]);
    assert_eq!(e.observatories, list);
    assert_eq!(
        e.branches.len() as u64,
        json::<Info>(&["info", "--json"]).counts.branches
    );
    assert_eq!(e.opcos.len(), 11);
    let nd = stdout(&["export", "--format", "ndjson"]);
    assert_eq!(
        nd.lines().count(),
        e.opcos.len() + e.branches.len() + e.observatories.len()
    );
    let csv = stdout(&["export", "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    assert_eq!(reader.headers().unwrap().get(0), Some("id"));
    assert_eq!(reader.records().count(), list.len());
    let filtered: Export = json(&["export", "--opco", "atlas"]);
    assert!(filtered
        .observatories
        .iter()
        .all(|o| o.opco.as_ref().unwrap().id == "atlas"));
    assert!(filtered.branches.iter().any(|b| b.idcc == "1486"));
}

#[test]
fn export_to_file_is_atomic_and_refuses_to_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("obs.json");
    let p = path.to_str().unwrap();
    opmq()
        .args(["export", "--output", p])
        .assert()
        .success()
        .stdout("");
    let first: Export = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert!(!first.observatories.is_empty());
    std::fs::write(&path, "keep me").unwrap();
    let (code, _, err) = failure(&["export", "--output", p]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--force"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "keep me");
    opmq()
        .args(["export", "--format", "csv", "--output", p, "--force"])
        .assert()
        .success();
    assert!(std::fs::read_to_string(&path)
        .unwrap()
        .starts_with("id,acronym"));
    let leftovers = std::fs::read_dir(dir.path()).unwrap().count();
    assert_eq!(leftovers, 1, "no temporary file left behind");
    let missing = dir.path().join("no/such/dir/x.json");
    let (code, _, err) = failure(&["export", "--output", missing.to_str().unwrap()]);
    assert_eq!(code, 4, "{err}");
}

#[test]
fn info_reports_counts_and_sources() {
    let info: Info = json(&["info", "--json"]);
    assert_eq!(info.catalogue, "bundled");
    assert_eq!(info.counts.branches, 1846);
    assert_eq!(info.counts.opcos, 11);
    assert!(info.datasets.iter().any(|d| d.key == "dares-2026-06"));
    assert!(stdout(&["info"]).contains("data date"));
}

#[test]
fn malformed_idcc_is_a_usage_error() {
    for bad in ["12345678", "IDCC", "", "0x16"] {
        let (code, out, err) = failure(&["branch", bad]);
        assert_eq!(code, if bad == "0x16" { 1 } else { 2 }, "{bad:?}: {err}");
        assert!(out.is_empty());
        assert_eq!(err.lines().count(), 1, "{err}");
    }
    let (code, _, err) = failure(&["branch", "9876"]);
    assert_eq!(code, 1, "unknown but well-formed IDCC: {err}");
}

#[test]
fn piped_output_into_head_is_clean() {
    use std::process::{Command, Stdio};
    let bin = assert_cmd::cargo::cargo_bin("opmq");
    for args in [
        &["list"][..],
        &["branches", "--all"],
        &["export", "--format", "ndjson"],
    ] {
        let mut child = Command::new(&bin)
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let head = Command::new("head")
            .arg("-1")
            .stdin(stdout)
            .output()
            .unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{args:?}: {:?}", out.status);
        assert!(
            out.stderr.is_empty(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(String::from_utf8(head.stdout).unwrap().lines().count(), 1);
    }
}

#[test]
fn colour_only_when_asked() {
    let plain = stdout(&["show", "opiiec"]);
    assert!(!plain.contains('\x1b'));
    let coloured = stdout(&["show", "opiiec", "--color", "always"]);
    assert!(coloured.contains("\x1b["));
    let json = stdout(&["show", "opiiec", "--json", "--color", "always"]);
    assert!(!json.contains('\x1b'));
}

#[test]
fn help_lists_examples_and_exit_codes() {
    let help = stdout(&["--help"]);
    assert!(help.contains("Exit codes"));
    assert!(help.contains("opmq branch 1486"));
}

#[test]
fn help_version_and_completions_never_open_the_catalogue() {
    for args in [&["--help"][..], &["--version"], &["completions", "bash"]] {
        opmq()
            .env("OPMQ_CATALOGUE", "/nonexistent/catalogue.sqlite")
            .args(args)
            .assert()
            .success();
    }
    let (code, _, err) = {
        let out = opmq()
            .env("OPMQ_CATALOGUE", "/nonexistent/catalogue.sqlite")
            .arg("info")
            .output()
            .unwrap();
        (
            out.status.code(),
            out.stdout,
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    assert_eq!(
        code,
        Some(4),
        "a command that reads data does open it: {err}"
    );
}

#[test]
fn sqlite_export_round_trips_through_catalogue_option() {
    let dir = tempfile::tempdir().unwrap();
    let path = common::export_to(dir.path(), "c.sqlite");
    let p = path.to_str().unwrap();
    let bundled: Vec<Observatory> = json(&["list", "--json"]);
    let from_file: Vec<Observatory> = json(&["--catalogue", p, "list", "--json"]);
    assert_eq!(bundled, from_file);
    let info: Info = json(&["--catalogue", p, "info", "--json"]);
    assert_eq!(info.catalogue, p);
    let (code, _, err) = failure(&["list", "--format", "sqlite"]);
    assert_eq!(code, 2, "{err}");
}

#[test]
fn works_without_a_usable_home() {
    let dir = tempfile::tempdir().unwrap();
    let ro = dir.path().join("ro");
    std::fs::create_dir(&ro).unwrap();
    let mut perms = std::fs::metadata(&ro).unwrap().permissions();
    perms.set_readonly(true);
    std::fs::set_permissions(&ro, perms).unwrap();
    for home in [ro.to_str().unwrap(), "/nonexistent/home"] {
        let out = opmq()
            .env("HOME", home)
            .env_remove("XDG_DATA_HOME")
            .args(["branch", "16", "--json"])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "HOME={home}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(out.stderr.is_empty());
    }
}

#[test]
fn spreadsheet_and_document_formats() {
    let csv = stdout(&["list", "--opco", "atlas", "--format", "csv"]);
    assert!(
        csv.starts_with("id,acronym,name,opco,opco_confirmed,"),
        "RFC 4180, no BOM"
    );
    let excel = stdout(&["list", "--opco", "atlas", "--format", "csv-excel"]);
    assert!(
        excel.starts_with("\u{feff}id;acronym;name;opco;opco_confirmed;"),
        "BOM and ;"
    );
    assert!(!excel.contains("sep="));
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(excel.trim_start_matches('\u{feff}').as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    let list: Vec<Observatory> = json(&["list", "--opco", "atlas", "--json"]);
    assert_eq!(rows.len(), list.len());
    assert!(
        rows.iter().any(|r| r.get(2).unwrap().contains("métiers")),
        "accents kept"
    );
    let md = stdout(&["list", "--opco", "atlas", "--format", "markdown"]);
    let mut lines = md.lines();
    assert!(lines.next().unwrap().starts_with("| id | acronym | name |"));
    assert!(lines.next().unwrap().starts_with("|---|"));
    assert_eq!(md.lines().count(), list.len() + 2);
}

/// `opmq search` ranks at most `RANKED_AT_MOST` matches; the bundled catalogue must stay
/// below it so that every match of every query is ranked.
#[test]
fn search_ranks_every_match_of_the_bundled_catalogue() {
    let info: serde_json::Value = json(&["info", "--json"]);
    let c = &info["counts"];
    let records = ["observatories", "branches", "opcos"]
        .iter()
        .map(|k| c[k].as_i64().expect(k))
        .sum::<i64>();
    assert!(
        records < opmq::query::RANKED_AT_MOST,
        "{records} records: raise RANKED_AT_MOST"
    );
}

/// A channel stated only by a text older than 2019 is flagged on the card; one a recent
/// source backs is not. Publicité's address rests on the avenant of 20 December 2012.
#[test]
fn channels_from_old_texts_are_flagged() {
    let obs: Observatory = json(&["show", "publicite", "--json"]);
    assert!(obs.facts.address.is_known());
    assert_eq!(obs.facts.outdated_since("address").as_deref(), Some("2012"));
    let card = stdout(&["show", "publicite"]);
    let address = card.lines().find(|l| l.contains("address")).unwrap();
    assert!(address.contains("2012, possibly outdated"), "{address}");
    let website = card.lines().find(|l| l.contains("website")).unwrap();
    assert!(!website.contains("outdated"), "{website}");
}

/// The branch card lists the branch's own agreements and its joint commission, which is
/// never an observatory's contact.
#[test]
fn branch_1527_shows_agreements_and_its_joint_commission() {
    let card: BranchCard = json(&["branch", "1527", "--json"]);
    assert!(!card.agreements.is_empty());
    assert!(card.agreements.iter().all(|a| a.agreement.idcc == "1527"));
    let jc = &card.joint_commissions;
    assert_eq!(jc.len(), 1);
    let email = jc[0].email.as_deref().unwrap();
    assert!(card
        .branch
        .observatories
        .iter()
        .all(|o| o.email.as_deref() != Some(email)));
    let text = stdout(&["branch", "1527"]);
    assert!(text.contains("legifrance.gouv.fr/conv_coll/id/KALIARTI"));
    assert!(text.contains("not an observatory"));
}

/// `info --coverage` counts observatories with an agreement and those reachable.
#[test]
fn coverage_counts_agreements_and_reachable() {
    let cov: Coverage = json(&["info", "--coverage", "--json"]);
    let all: Vec<Observatory> = json(&["list", "--json"]);
    let with = all
        .iter()
        .filter(|o| !o.facts.agreements.is_empty())
        .count();
    assert_eq!(cov.with_agreement as usize, with);
    assert!(cov.reachable <= cov.with_any_contact);
    let pct = (cov.reachable as f64 * 1000.0 / cov.observatories as f64).round() / 10.0;
    assert!((cov.reachable_pct - pct).abs() < 1e-9);
}
