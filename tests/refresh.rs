//! `opmq refresh` and `opmq naf` on fixtures generated here in the State's layouts (the
//! official files are never committed): round trip, exact change reports, APE lookups, and
//! malformed files that leave the user copy byte-identical.

mod common;
use common::{env, s};
use opmq::model::*;
use opmq_catalogue::text::BranchRow;
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
use std::path::Path;

// ---- fixtures ------------------------------------------------------------------------------

const BRANCH_SHEET: &str = "Conventions de branche";
const OTHER_SHEET: &str = "Accords et statuts";
const BRANCH_COLUMNS: [&str; 11] = [
    "IDCC",
    "Libellé",
    "Régime",
    "Champ d'application",
    "IDCCactif",
    "NouvIDCC",
    "CRIS",
    "DateSignature",
    "DateEffet",
    "DateFin",
    "LibelléCourt",
];
const OTHER_COLUMNS: [&str; 10] = [
    "CODE",
    "Libellé",
    "Champ d'application",
    "CODEactif",
    "NouvCODE",
    "CRIS",
    "DateSignature",
    "DateEffet",
    "DateFin",
    "LibelléCourt",
];

/// The bundled branches, as `data/branches.csv` holds them.
fn bundled_branches() -> Vec<BranchRow> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    opmq_catalogue::text::load(&dir).expect("data/").branches
}

/// Writes a DARES "suivi historique" workbook of `rows`, leaving out any sheet or column
/// named in `omit`. Dates are date cells; an unknown signature date is 1900-01-01, as DARES
/// writes it.
fn dares_xlsx(path: &Path, rows: &[BranchRow], omit: &[&str]) {
    let mut book = Workbook::new();
    let readme = book.add_worksheet();
    readme.set_name("Lisez-moi").unwrap();
    readme.write_string(0, 0, "Note").unwrap();
    let date_format = Format::new().set_num_format("dd/mm/yyyy");
    for (sheet, columns, kind) in [
        (BRANCH_SHEET, &BRANCH_COLUMNS[..], "convention_de_branche"),
        (OTHER_SHEET, &OTHER_COLUMNS[..], "accord_ou_statut"),
    ] {
        if omit.contains(&sheet) {
            continue;
        }
        let ws = book.add_worksheet();
        ws.set_name(sheet).unwrap();
        let columns: Vec<&str> = columns
            .iter()
            .copied()
            .filter(|c| !omit.contains(c))
            .collect();
        for (c, name) in columns.iter().enumerate() {
            ws.write_string(0, c as u16, *name).unwrap();
        }
        for (r, b) in rows.iter().filter(|b| b.kind == kind).enumerate() {
            let r = r as u32 + 1;
            for (c, name) in columns.iter().enumerate() {
                let c = c as u16;
                let text = |v: &Option<String>| v.clone();
                let value = match *name {
                    "IDCC" | "CODE" => Some(b.code_dares.clone()),
                    "Libellé" => Some(b.title.clone()),
                    "Régime" => text(&b.regime),
                    "Champ d'application" => text(&b.scope),
                    "LibelléCourt" => text(&b.short_title),
                    "CRIS" => Some("X00".into()),
                    "NouvIDCC" | "NouvCODE" => b.successor.as_ref().map(|s| format!("{s:0>5}")),
                    "IDCCactif" | "CODEactif" => {
                        ws.write_number(r, c, b.active).unwrap();
                        None
                    }
                    date => {
                        let v = match date {
                            "DateSignature" => &b.date_signature,
                            "DateEffet" => &b.date_effet,
                            _ => &b.date_fin,
                        };
                        let d = match v {
                            Some(d) => ExcelDateTime::parse_from_str(d).unwrap(),
                            None if date == "DateSignature" => {
                                ExcelDateTime::from_ymd(1900, 1, 1).unwrap()
                            }
                            None => continue,
                        };
                        ws.write_datetime_with_format(r, c, d, &date_format)
                            .unwrap();
                        None
                    }
                };
                if let Some(v) = value {
                    ws.write_string(r, c, v).unwrap();
                }
            }
        }
    }
    book.save(path).unwrap();
}

/// A DARES APE → IDCC table: 6 heading rows, then the columns, then `rows`
/// (apen, intape, effarrdiff, idcc, intidcc, pctdiff).
fn naf_xlsx(path: &Path, sheet: &str, rows: &[[&str; 6]]) {
    let mut book = Workbook::new();
    book.add_worksheet().set_name("Lisez-moi").unwrap();
    let ws = book.add_worksheet();
    ws.set_name(sheet).unwrap();
    ws.write_string(0, 0, "Table de passage APE - IDCC, données 2021")
        .unwrap();
    ws.write_string(2, 0, "Source : DSN 2021").unwrap();
    let header = ["apen", "intape", "effarrdiff", "idcc", "intidcc", "pctdiff"];
    for (c, h) in header.iter().enumerate() {
        ws.write_string(6, c as u16, *h).unwrap();
    }
    for (r, row) in rows.iter().enumerate() {
        let r = r as u32 + 7;
        for (c, v) in row.iter().enumerate() {
            match v.parse::<f64>() {
                Ok(n) if c == 2 || c == 5 => ws.write_number(r, c as u16, n),
                _ => ws.write_string(r, c as u16, *v),
            }
            .unwrap();
        }
    }
    book.save(path).unwrap();
}

const NAF_ROWS: [[&str; 6]; 6] = [
    [
        "0111Z",
        "Culture de céréales",
        "",
        "CODE APE NON DIFFUSABLE (secret statistique)",
        "",
        "",
    ],
    [
        "6202A",
        "Conseil en systèmes et logiciels informatiques",
        "250000",
        "00787",
        "Experts comptables",
        "8.0",
    ],
    [
        "6202A",
        "Conseil en systèmes et logiciels informatiques",
        "250000",
        "01486",
        "Bureaux d'études techniques",
        "62.5",
    ],
    [
        "6202A",
        "Conseil en systèmes et logiciels informatiques",
        "250000",
        "Autre",
        "",
        "29.5",
    ],
    [
        "1812Z",
        "Autre imprimerie (labeur)",
        "32100",
        "00706",
        "Reprographie",
        "1.1",
    ],
    [
        "1812Z",
        "Autre imprimerie (labeur)",
        "32100",
        "Autre",
        "",
        "98.9",
    ],
];

// ---- helpers -------------------------------------------------------------------------------

// ---- DARES ---------------------------------------------------------------------------------

#[test]
fn dares_round_trip_changes_nothing() {
    let e = env();
    let file = e
        .dir
        .join("Dares_Suivi_Historique_convention_collective_Juin2026.xlsx");
    dares_xlsx(&file, &bundled_branches(), &[]);
    let report: RefreshReport = e.json(&["refresh", "dares", s(&file), "--json"]);
    assert_eq!(report.changes, vec![], "same data, no change");
    assert_eq!(report.rows as usize, bundled_branches().len());
    assert_eq!(report.dataset, "dares-2026-06");
    let bundled: Export = common::json(&["export"]);
    let refreshed: Export = e.json(&["export"]);
    assert_eq!(
        refreshed.branches, bundled.branches,
        "identical branch data"
    );
    assert_eq!(refreshed, bundled, "and everything else");
}

#[test]
fn dares_three_changes_are_reported_exactly_and_the_rest_is_kept() {
    let e = env();
    let mut rows = bundled_branches();
    let at = |rows: &[BranchRow], idcc: &str| rows.iter().position(|b| b.idcc == idcc).unwrap();
    let i = at(&rows, "1486");
    rows[i].active = 0;
    let i = at(&rows, "0016");
    rows[i].title =
        "Convention collective nationale des transports routiers (nouveau titre)".into();
    let mut new = rows[at(&rows, "3248")].clone();
    new.idcc = "3260".into();
    new.code_dares = "03260".into();
    new.title = "Convention collective nationale de test".into();
    new.short_title = Some("Test".into());
    new.kali_id = None;
    rows.push(new);
    let file = e.dir.join("suivi_Juillet2026.xlsx");
    dares_xlsx(&file, &rows, &[]);
    let report: RefreshReport = e.json(&["refresh", "dares", s(&file), "--json"]);
    let got: Vec<(&str, &str, Option<&str>)> = report
        .changes
        .iter()
        .map(|c| (c.idcc.as_str(), c.change.as_str(), c.field.as_deref()))
        .collect();
    assert_eq!(
        got,
        vec![
            ("0016", "retitled", Some("title")),
            ("1486", "inactive", None),
            ("3260", "new", None),
        ]
    );
    assert_eq!(report.dataset, "dares-2026-07");
    let card: BranchCard = e.json(&["branch", "1486", "--json"]);
    assert!(!card.branch.active);
    assert_eq!(card.branch.opco.as_ref().unwrap().id, "atlas", "OPCO kept");
    assert!(
        card.branch.observatories.iter().any(|o| o.id == "opiiec"),
        "observatory kept"
    );
    assert!(card.branch.kali_id.is_some(), "kali_id kept");
    let keys: Vec<_> = card
        .branch
        .sources
        .iter()
        .filter_map(|s| s.dataset.clone())
        .collect();
    assert_eq!(keys, ["dares-2026-07", "kali-data-3.449.0"]);
    let new: BranchCard = e.json(&["branch", "3260", "--json"]);
    assert_eq!(new.branch.short_title.as_deref(), Some("Test"));
    // A second edition where one successor changes: exactly that change.
    let i = at(&rows, "0001");
    rows[i].successor = Some("3248".into());
    let file = e.dir.join("suivi_Aout2026.xlsx");
    dares_xlsx(&file, &rows, &[]);
    let report: RefreshReport = e.json(&["refresh", "dares", s(&file), "--json"]);
    assert_eq!(report.changes.len(), 1, "{:?}", report.changes);
    let c = &report.changes[0];
    assert_eq!((c.idcc.as_str(), c.change.as_str()), ("0001", "successor"));
    assert_eq!(
        (c.before.as_deref(), c.after.as_deref()),
        (Some("1415"), Some("3248"))
    );
    let table = String::from_utf8(e.ok(&["refresh", "dares", s(&file)])).unwrap();
    assert_eq!(table.trim(), "no change", "the same file again");
}

#[test]
fn malformed_files_are_refused_and_change_nothing() {
    let e = env();
    let rows = bundled_branches();
    let good = e.dir.join("Dares_Juin2026.xlsx");
    dares_xlsx(&good, &rows, &[]);
    e.ok(&["refresh", "dares", s(&good)]);

    let no_sheet = e.dir.join("no_sheet_Juin2026.xlsx");
    dares_xlsx(&no_sheet, &rows, &[OTHER_SHEET]);
    e.refused(
        &["refresh", "dares", s(&no_sheet)],
        "\"Accords et statuts\"",
    );
    let no_column = e.dir.join("no_column_Juin2026.xlsx");
    dares_xlsx(&no_column, &rows, &["NouvIDCC"]);
    e.refused(&["refresh", "dares", s(&no_column)], "\"NouvIDCC\"");
    let text = e.dir.join("text_Juin2026.xlsx");
    std::fs::write(&text, "IDCC;Libellé\n0016;Transports\n").unwrap();
    e.refused(&["refresh", "dares", s(&text)], "not an xlsx");
    let zip = e.dir.join("truncated_Juin2026.xlsx");
    std::fs::write(&zip, &std::fs::read(&good).unwrap()[..2000]).unwrap();
    e.refused(&["refresh", "dares", s(&zip)], "xlsx");
    e.refused(
        &["refresh", "naf", s(&good)],
        "IDCC<year>_passageAPEIDCC_diff",
    );
    let naf = e.dir.join("naf.xlsx");
    naf_xlsx(
        &naf,
        "IDCC2021_passageAPEIDCC_diff",
        &[["62", "x", "1", "01486", "y", "5"]],
    );
    e.refused(&["refresh", "naf", s(&naf)], "\"62\"");

    let bad_opco = e.dir.join("opco.csv");
    std::fs::write(&bad_opco, "\u{feff}IDCC;Opérateur de compétences;Libellé;obs\n16;OPCO Mobilité;Transports;\n1486;OPCO Inconnu;BET;\n").unwrap();
    e.refused(
        &["refresh", "opco", s(&bad_opco), "--vintage", "2025-01-01"],
        "line 3",
    );
    let no_opco_column = e.dir.join("opco2.csv");
    std::fs::write(&no_opco_column, "IDCC,OPCO\n16,AKTO\n").unwrap();
    e.refused(
        &[
            "refresh",
            "opco",
            s(&no_opco_column),
            "--vintage",
            "2025-01-01",
        ],
        "\"IDCC\"",
    );
    // Usage errors (exit 2) come before any reading.
    let out = e.run(&["refresh", "dares", s(&e.dir.join("conventions.xlsx"))]);
    assert_eq!(out.status.code(), Some(2));
    let out = e.run(&["refresh", "opco", s(&bad_opco), "--vintage", "2025"]);
    assert_eq!(out.status.code(), Some(2));
}

// ---- IDCC → OPCO ---------------------------------------------------------------------------

#[test]
fn a_newer_opco_table_supersedes_older_and_derived_rows() {
    let e = env();
    let table = e.dir.join("idcc_opco_2025.csv");
    let text = "\u{feff}IDCC;Opérateur de compétences;Libellé;obs\n\
                16;OPCO Mobilité;Transports routiers;\n\
                3222;OPCO 2i;Menuiseries charpentes;\n\
                1486;OPCO entreprises et salariés des services à forte intensité de main-d'œuvre;BET;test\n\
                N.A.;OPCO 2i;Accord national;\n\
                ;;;\n";
    std::fs::write(&table, text).unwrap();
    let report: RefreshReport = e.json(&[
        "refresh",
        "opco",
        s(&table),
        "--vintage",
        "2025-01-01",
        "--json",
    ]);
    let got: Vec<(&str, &str)> = report
        .changes
        .iter()
        .map(|c| (c.idcc.as_str(), c.change.as_str()))
        .collect();
    assert_eq!(
        got,
        [("1486", "opco"), ("3222", "confirmed"), ("N.A.", "skipped")]
    );
    assert_eq!(report.rows, 3);
    let card: BranchCard = e.json(&["branch", "1486", "--json"]);
    let row = card.branch.opco_table.unwrap();
    assert_eq!(
        (row.id.as_str(), row.vintage.as_str()),
        ("akto", "2025-01-01")
    );
    let opco = card.branch.opco.unwrap();
    assert_eq!(
        (opco.id.as_str(), opco.vintage.as_str()),
        ("atlas", "2026-06"),
        "SIRO 2026-06 is newer than a 2025 table: it stays in force"
    );
    let card: BranchCard = e.json(&["branch", "3222", "--json"]);
    assert!(
        !card.branch.opco_table.unwrap().derived,
        "the derived row gave way"
    );
    let card: BranchCard = e.json(&["branch", "0016", "--json"]);
    assert_eq!(card.branch.opco_table.unwrap().vintage, "2025-01-01");
    let card: BranchCard = e.json(&["branch", "0029", "--json"]);
    assert_eq!(
        card.branch.opco_table.unwrap().vintage,
        "2019-06-01",
        "rows not in the table stay"
    );
    // A table newer than SIRO's edition gives the OPCO in force.
    e.ok(&["refresh", "opco", s(&table), "--vintage", "2027-01-01"]);
    let card: BranchCard = e.json(&["branch", "1486", "--json"]);
    let opco = card.branch.opco.unwrap();
    assert_eq!(
        (opco.id.as_str(), opco.vintage.as_str()),
        ("akto", "2027-01-01")
    );
    assert!(opco.establishments.is_none());
    // An older table does not override the newer one.
    let report: RefreshReport = e.json(&[
        "refresh",
        "opco",
        s(&table),
        "--vintage",
        "2019-01-01",
        "--json",
    ]);
    assert!(report
        .changes
        .iter()
        .any(|c| c.idcc == "1486" && c.change == "kept"));
}

// ---- APE → IDCC ----------------------------------------------------------------------------

#[test]
fn naf_lists_branches_by_share_with_their_observatories() {
    let e = env();
    let (code, _, err) = {
        let out = e.run(&["naf", "62.02A"]);
        (
            out.status.code(),
            out.stdout,
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    assert_eq!(code, Some(1), "no table yet: {err}");
    assert_eq!(err.lines().count(), 1);
    assert!(
        err.contains("opmq refresh naf FILE.xlsx") && err.contains("DARES"),
        "{err}"
    );

    let file = e.dir.join("IDCC2021_passageAPEIDCC_diff_version_web.xlsx");
    naf_xlsx(&file, "IDCC2021_passageAPEIDCC_diff", &NAF_ROWS);
    let report: RefreshReport = e.json(&["refresh", "naf", s(&file), "--json"]);
    assert_eq!(report.rows, 5, "the non-diffusable row is skipped");
    assert_eq!(report.dataset, "dares-ape-idcc-2021");

    for ape in ["62.02A", "6202A", "62.02a"] {
        let a: NafAnswer = e.json(&["naf", ape, "--json"]);
        assert_eq!(a.ape, "6202A");
        assert_eq!(a.employees, Some(250_000));
        let order: Vec<(Option<&str>, f64)> = a
            .branches
            .iter()
            .map(|b| (b.idcc.as_deref(), b.share))
            .collect();
        assert_eq!(
            order,
            [(Some("1486"), 62.5), (None, 29.5), (Some("0787"), 8.0)]
        );
        let bet = a.branches[0].branch.as_ref().unwrap();
        assert_eq!(bet.opco.as_ref().unwrap().id, "atlas");
        assert!(bet.observatories.iter().any(|o| o.id == "opiiec"));
        assert!(a.branches[1].branch.is_none(), "Autre has no branch");
    }
    let table = String::from_utf8(e.ok(&["naf", "62.02A"])).unwrap();
    let lines: Vec<&str> = table.lines().collect();
    assert!(
        lines[1].starts_with("1486\t62.5 %") && lines[1].contains("OPIIEC"),
        "{table}"
    );
    let out = e.run(&["naf", "0111Z"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "non-diffusable: not in the table"
    );
    let out = e.run(&["naf", "62"]);
    assert_eq!(out.status.code(), Some(2));

    // Export and import carry the table.
    let export = e.dir.join("e.json");
    e.ok(&["export", "--output", s(&export)]);
    let other = env();
    other.ok(&["import", s(&export)]);
    let a: NafAnswer = other.json(&["naf", "1812Z", "--json"]);
    assert_eq!(a.branches[1].idcc.as_deref(), Some("0706"));
    let exported: Export = serde_json::from_slice(&std::fs::read(&export).unwrap()).unwrap();
    assert_eq!(exported.naf.len(), 5);
    assert_eq!(exported.schema_version, 4);
}

/// A catalogue file written by opmq 0.1 before schema version 3 (committed under
/// `tests/fixtures/`, made from the golden fixture), as version 2 and as version 1 (version 2
/// without the `naf` table): read through a migration in memory, checked, searched, and
/// installed by `import` in the current schema.
#[test]
fn schema_version_1_and_2_catalogues_are_still_read_and_imported() {
    let e = env();
    let fixture =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/catalogue-v2.sqlite");
    let v2 = e.dir.join("v2.sqlite");
    std::fs::copy(&fixture, &v2).unwrap();
    let v1 = e.dir.join("v1.sqlite");
    std::fs::copy(&fixture, &v1).unwrap();
    rusqlite::Connection::open(&v1)
        .unwrap()
        .execute_batch("DROP TABLE naf; UPDATE meta SET value = '1' WHERE key = 'schema_version';")
        .unwrap();
    for (file, version) in [(&v1, 1), (&v2, 2)] {
        let before = std::fs::read(file).unwrap();
        let p = s(file);
        let info: Info = e.json(&["--catalogue", p, "info", "--json"]);
        assert_eq!((info.schema_version, info.counts.naf_rows), (version, 0));
        assert_eq!(info.counts.observatories, 11);
        assert!(String::from_utf8(e.ok(&["--catalogue", p, "check"]))
            .unwrap()
            .contains("OK"));
        let out = e.run(&["--catalogue", p, "naf", "6202A"]);
        assert_eq!(out.status.code(), Some(1), "no table: the download hint");
        let hits = String::from_utf8(e.ok(&["--catalogue", p, "search", "metallurgie"])).unwrap();
        assert!(
            hits.contains("3248"),
            "search reads a file catalogue: {hits}"
        );
        let o: opmq::model::Observatory = e.json(&["--catalogue", p, "show", "opiiec", "--json"]);
        assert_eq!(o.facts.website.as_deref(), Some("https://opiiec.fr"));
        assert!(!o.facts.aliases.is_empty() && !o.facts.sources.is_empty());
        assert_eq!(
            std::fs::read(file).unwrap(),
            before,
            "the file is never written"
        );
        e.ok(&["import", p]);
        let info: Info = e.json(&["info", "--json"]);
        assert_eq!(info.schema_version, 4, "installed in the current schema");
        let again: opmq::model::Observatory = e.json(&["show", "opiiec", "--json"]);
        assert_eq!(again, o);
    }
    // A version-1 JSON export (no naf array) imports.
    let json = common::export_to(&e.dir, "v1.json");
    let mut value: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&json).unwrap()).unwrap();
    value["schema_version"] = 1.into();
    value.as_object_mut().unwrap().remove("naf");
    std::fs::write(&json, value.to_string()).unwrap();
    e.ok(&["import", s(&json)]);
    let info: Info = e.json(&["info", "--json"]);
    assert_eq!(info.schema_version, 4, "installed in the current schema");
}
