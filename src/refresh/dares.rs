//! `opmq refresh dares FILE.xlsx`: the DARES "Fichier de suivi historique des conventions
//! collectives". Two sheets, one IDCC a row: "Conventions de branche" (IDCC, IDCCactif,
//! NouvIDCC, Régime…) and "Accords et statuts" (CODE, CODEactif, NouvCODE…). Codes have 5
//! digits; dates of 1900-01-01 mean unknown. DARES owns every branch field except `kali_id`
//! and the OPCO and observatory links, which are kept.

use super::{add_dataset, bad, change, file_name, report, url_or, valid_date};
use crate::error::{Error, Result};
use crate::fold::{fold, parse_idcc};
use crate::message::Message;
use crate::model::{Change, RefreshReport};
use crate::text::{BranchRow, Dataset, TextCatalogue};
use crate::xlsx::{self, Record, Sheet};
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// Where DARES publishes the file (the dataset URL unless `--url` is given).
const PAGE: &str = "https://travail-emploi.gouv.fr/conventions-collectives-nomenclatures";

struct Layout {
    sheet: &'static str,
    kind: &'static str,
    code: &'static str,
    active: &'static str,
    successor: &'static str,
    regime: Option<&'static str>,
}

const LAYOUTS: [Layout; 2] = [
    Layout {
        sheet: "Conventions de branche",
        kind: "convention_de_branche",
        code: "IDCC",
        active: "IDCCactif",
        successor: "NouvIDCC",
        regime: Some("Régime"),
    },
    Layout {
        sheet: "Accords et statuts",
        kind: "accord_ou_statut",
        code: "CODE",
        active: "CODEactif",
        successor: "NouvCODE",
        regime: None,
    },
];

const COMMON: [&str; 6] = [
    "Libellé",
    "Champ d'application",
    "DateSignature",
    "DateEffet",
    "DateFin",
    "LibelléCourt",
];

const MONTHS: [&str; 12] = [
    "janvier",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "decembre",
];

pub fn apply(
    cat: &mut TextCatalogue,
    file: &Path,
    edition: Option<&str>,
    url: Option<&str>,
    today: &str,
) -> Result<RefreshReport> {
    let edition = match edition {
        Some(e) if valid_date(e, false) => e.to_owned(),
        Some(e) => {
            return Err(Error::Usage(Message::EditionNotMonth {
                input: crate::error::shorten(e),
            }))
        }
        None => edition_of(&file_name(file)).ok_or(Error::Usage(Message::NoEditionInDaresName))?,
    };
    let mut book = xlsx::open(file).map_err(|e| bad(file, e))?;
    let mut rows = Vec::new();
    for layout in &LAYOUTS {
        let mut required = vec![layout.code, layout.active, layout.successor];
        required.extend(layout.regime);
        required.extend(COMMON);
        let sheet = book
            .sheet(layout.sheet, &required, 10)
            .map_err(|e| bad(file, e))?;
        for record in sheet.records() {
            rows.push(row(&sheet, layout, &record).map_err(|e| {
                bad(
                    file,
                    format!("sheet \"{}\" row {}: {e}", sheet.name, record.line),
                )
            })?);
        }
    }
    if rows.is_empty() {
        return Err(bad(file, "no IDCC row in either sheet"));
    }
    let mut seen = HashSet::new();
    if let Some(dup) = rows.iter().find(|r| !seen.insert(r.idcc.clone())) {
        return Err(bad(file, format!("IDCC {} is listed twice", dup.idcc)));
    }
    let key = format!("dares-{edition}");
    let n = rows.len() as u64;
    let changes = merge(cat, rows, &key);
    add_dataset(
        cat,
        Dataset {
            key: key.clone(),
            title: format!(
                "DARES / DGT, Fichier de suivi historique des conventions collectives, {edition}"
            ),
            url: url_or(url, PAGE),
            page: Some(PAGE.into()),
            published: edition,
            checked: today.into(),
            note: Some(format!(
                "Read by `opmq refresh dares` from {}: {n} IDCC.",
                file_name(file)
            )),
        },
    );
    Ok(report("dares", file, &key, n, changes))
}

/// The edition a DARES file name states (`…_Juin2026.xlsx` → `2026-06`).
fn edition_of(name: &str) -> Option<String> {
    let name = fold(name).replace(' ', "");
    MONTHS.iter().enumerate().find_map(|(i, month)| {
        let at = name.find(month)? + month.len();
        let year = name.get(at..at + 4)?;
        year.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| format!("{year}-{:02}", i + 1))
    })
}

/// One DARES row as a branch (without `kali_id` and sources, set by `merge`).
fn row(sheet: &Sheet, layout: &Layout, r: &Record) -> std::result::Result<BranchRow, String> {
    let col = |name: &str| sheet.column(name);
    let code = r
        .text(col(layout.code))
        .ok_or_else(|| format!("no {}", layout.code))?;
    let code_dares = if code.len() < 5 && code.bytes().all(|b| b.is_ascii_digit()) {
        format!("{code:0>5}")
    } else {
        code.clone()
    };
    let idcc = parse_idcc(&code_dares)
        .ok_or_else(|| format!("{} {code:?} is not a DARES code", layout.code))?;
    let title = r
        .text(col("Libellé"))
        .ok_or_else(|| format!("IDCC {idcc} has no Libellé"))?;
    let active = match r.text(col(layout.active)).as_deref() {
        Some("1") => 1,
        Some("0") => 0,
        other => {
            return Err(format!(
                "{} of IDCC {idcc} is {other:?}, not 0 or 1",
                layout.active
            ))
        }
    };
    let successor = match r.text(col(layout.successor)) {
        None => None,
        Some(s) => Some(parse_idcc(&s).ok_or_else(|| {
            format!(
                "{} {s:?} of IDCC {idcc} is not a DARES code",
                layout.successor
            )
        })?),
    };
    let date = |name: &str| {
        xlsx::date(r.cell(col(name))).map_err(|e| format!("{name} of IDCC {idcc}: {e}"))
    };
    Ok(BranchRow {
        short_title: r.text(col("LibelléCourt")),
        title,
        kind: layout.kind.into(),
        regime: layout.regime.and_then(|c| r.text(col(c))),
        scope: r.text(col("Champ d'application")),
        active,
        successor,
        kali_id: None,
        date_signature: date("DateSignature")?,
        date_effet: date("DateEffet")?,
        date_fin: date("DateFin")?,
        code_dares,
        sources: String::new(),
        idcc,
    })
}

/// Writes the DARES rows into `cat` and lists what changed; IDCC the file lacks are kept.
fn merge(cat: &mut TextCatalogue, rows: Vec<BranchRow>, key: &str) -> Vec<Change> {
    let mut changes = Vec::new();
    let mut index: HashMap<String, usize> = cat
        .branches
        .iter()
        .enumerate()
        .map(|(i, b)| (b.idcc.clone(), i))
        .collect();
    let in_file: HashSet<String> = rows.iter().map(|r| r.idcc.clone()).collect();
    for b in &cat.branches {
        if !in_file.contains(&b.idcc) {
            let title = Some(b.short_title.clone().unwrap_or_else(|| b.title.clone()));
            changes.push(change(&b.idcc, "absent", None, title, None));
        }
    }
    for mut r in rows {
        if let Some(&i) = index.get(&r.idcc) {
            let old = &mut cat.branches[i];
            keep_spacing(&old.title, &mut r.title);
            if let (Some(o), Some(n)) = (&old.short_title, &mut r.short_title) {
                keep_spacing(o, n);
            }
            changes.extend(compare(old, &r));
            r.kali_id = old.kali_id.take();
            r.sources = with_key(&old.sources, key);
            *old = r;
        } else {
            let title = Some(r.short_title.clone().unwrap_or_else(|| r.title.clone()));
            changes.push(change(&r.idcc, "new", None, None, title));
            r.sources = key.into();
            index.insert(r.idcc.clone(), cat.branches.len());
            cat.branches.push(r);
        }
    }
    cat.branches.sort_by(|a, b| a.idcc.cmp(&b.idcc));
    changes.sort_by(|a, b| a.idcc.cmp(&b.idcc));
    changes
}

/// Cells are read trimmed; text the catalogue holds with stray spaces around it (as an
/// earlier import kept it) is not a change, and is kept as it was.
fn keep_spacing(old: &str, new: &mut String) {
    if old != new && old.trim() == new {
        old.clone_into(new);
    }
}

/// The sources with every DARES dataset replaced by `key` (first), others kept.
fn with_key(sources: &str, key: &str) -> String {
    let mut keys = vec![key];
    keys.extend(
        sources
            .split_whitespace()
            .filter(|k| !k.starts_with("dares-") && *k != key),
    );
    keys.join(" ")
}

fn compare(old: &BranchRow, new: &BranchRow) -> Vec<Change> {
    let id = old.idcc.as_str();
    let mut out = Vec::new();
    if old.active != new.active {
        let kind = if new.active == 0 {
            "inactive"
        } else {
            "reactivated"
        };
        out.push(change(id, kind, None, None, None));
    }
    if old.successor != new.successor {
        let (b, a) = (old.successor.clone(), new.successor.clone());
        out.push(change(id, "successor", None, b, a));
    }
    let text = |s: &str| Some(s.to_owned());
    for (field, b, a) in [
        ("title", text(&old.title), text(&new.title)),
        (
            "short_title",
            old.short_title.clone(),
            new.short_title.clone(),
        ),
    ] {
        if b != a {
            out.push(change(id, "retitled", Some(field), b, a));
        }
    }
    for (field, b, a) in [
        ("kind", text(&old.kind), text(&new.kind)),
        ("regime", old.regime.clone(), new.regime.clone()),
        ("scope", old.scope.clone(), new.scope.clone()),
        (
            "date_signature",
            old.date_signature.clone(),
            new.date_signature.clone(),
        ),
        ("date_effet", old.date_effet.clone(), new.date_effet.clone()),
        ("date_fin", old.date_fin.clone(), new.date_fin.clone()),
        ("code_dares", text(&old.code_dares), text(&new.code_dares)),
    ] {
        if b != a {
            out.push(change(id, "updated", Some(field), b, a));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edition_from_the_file_name() {
        let name = "Dares_Suivi_Historique_convention_collective_Juin2026.xlsx";
        assert_eq!(edition_of(name).as_deref(), Some("2026-06"));
        assert_eq!(
            edition_of("suivi-février-2027.xlsx").as_deref(),
            Some("2027-02")
        );
        assert_eq!(edition_of("conventions.xlsx"), None);
    }

    #[test]
    fn dares_keys_are_replaced_others_kept() {
        assert_eq!(
            with_key("dares-2026-06 kali-data-3.449.0", "dares-2026-07"),
            "dares-2026-07 kali-data-3.449.0"
        );
        assert_eq!(with_key("dares-2026-06", "dares-2026-06"), "dares-2026-06");
    }
}
