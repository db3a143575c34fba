//! `opmq refresh opco FILE --vintage YYYY-MM-DD`: an IDCC → OPCO table in the ministry's
//! layout (`IDCC;Opérateur de compétences;Libellé;obs`, `;`-separated UTF-8, BOM or not).
//! OPCO names are resolved like `opmq opco NAME`. A row supersedes the IDCC's attachment
//! when that one is derived or of an older (or the same) vintage.

use super::{add_dataset, bad, change, file_name, report, url_or, valid_date};
use crate::error::{Error, Result};
use crate::fold::{fold, parse_idcc};
use crate::message::Message;
use crate::model::{Change, RefreshReport};
use crate::store::Store;
use crate::text::{Dataset, OpcoLinkRow, TextCatalogue};
use std::collections::HashMap;
use std::io::Read;
use std::path::Path;

/// The ministry's site (the dataset URL unless `--url` is given).
const SITE: &str = "https://travail-emploi.gouv.fr";
const MAX_TABLE: u64 = 16 * 1024 * 1024;

/// One usable row: IDCC, OPCO id, the OPCO as written, and its line.
struct Row {
    idcc: String,
    opco: String,
    label: String,
    line: u64,
}

pub fn apply(
    cat: &mut TextCatalogue,
    store: &Store,
    file: &Path,
    vintage: &str,
    url: Option<&str>,
    today: &str,
) -> Result<RefreshReport> {
    if !valid_date(vintage, true) {
        return Err(Error::Usage(Message::VintageNotDate {
            input: crate::error::shorten(vintage),
        }));
    }
    let mut bytes = Vec::new();
    std::fs::File::open(file)
        .and_then(|f| f.take(MAX_TABLE).read_to_end(&mut bytes))
        .map_err(|e| bad(file, e))?;
    let text =
        std::str::from_utf8(&bytes).map_err(|e| bad(file, format!("not UTF-8 text ({e})")))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (rows, mut changes) = read(store, text).map_err(|e| bad(file, e))?;
    let key = format!("idcc-opco-{vintage}");
    let known: HashMap<String, usize> = cat
        .branches
        .iter()
        .enumerate()
        .map(|(i, b)| (b.idcc.clone(), i))
        .collect();
    let n = rows.len() as u64;
    for row in rows {
        if !known.contains_key(&row.idcc) {
            let why = format!("line {}: IDCC not in the catalogue", row.line);
            changes.push(change(&row.idcc, "skipped", None, None, Some(why)));
            continue;
        }
        let link = OpcoLinkRow {
            idcc: row.idcc.clone(),
            opco: row.opco.clone(),
            vintage: vintage.into(),
            derived: false,
            rule: None,
            label: Some(row.label),
            source: key.clone(),
        };
        match cat.links.iter_mut().find(|l| l.idcc == row.idcc) {
            None => {
                changes.push(change(&row.idcc, "opco", None, None, Some(row.opco)));
                cat.links.push(link);
            }
            Some(old) if !old.derived && old.vintage.as_str() > vintage => {
                let why = format!("{} (vintage {})", old.opco, old.vintage);
                changes.push(change(&row.idcc, "kept", None, Some(why), Some(row.opco)));
            }
            Some(old) => {
                if old.opco != row.opco {
                    let before = Some(old.opco.clone());
                    changes.push(change(&row.idcc, "opco", None, before, Some(row.opco)));
                } else if old.derived {
                    let before = Some(format!("{} (derived)", old.opco));
                    changes.push(change(&row.idcc, "confirmed", None, before, Some(row.opco)));
                }
                *old = link;
            }
        }
    }
    cat.links.sort_by(|a, b| a.idcc.cmp(&b.idcc));
    changes.sort_by(|a, b| a.idcc.cmp(&b.idcc));
    add_dataset(
        cat,
        Dataset {
            key: key.clone(),
            title: format!("IDCC / opérateur de compétences table (ministry layout), {vintage}"),
            url: url_or(url, SITE),
            page: None,
            published: vintage.into(),
            checked: today.into(),
            note: Some(format!(
                "Read by `opmq refresh opco` from {}: {n} IDCC rows.",
                file_name(file)
            )),
        },
    );
    Ok(report("opco", file, &key, n, changes))
}

/// The table's rows; rows without a usable IDCC are reported as skipped.
fn read(store: &Store, text: &str) -> std::result::Result<(Vec<Row>, Vec<Change>), String> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| format!("unreadable heading line ({e})"))?
        .iter()
        .map(fold)
        .collect();
    let column = |name: &str| {
        headers
            .iter()
            .position(|h| *h == fold(name))
            .ok_or_else(|| {
                format!("no column \"{name}\" (expected IDCC;Opérateur de compétences;Libellé;obs)")
            })
    };
    let (idcc_col, opco_col) = (column("IDCC")?, column("Opérateur de compétences")?);
    let mut rows: Vec<Row> = Vec::new();
    let mut skipped = Vec::new();
    let mut resolved: HashMap<String, String> = HashMap::new();
    for record in reader.records() {
        let record = record.map_err(|e| format!("unreadable line ({e})"))?;
        let line = record.position().map_or(0, csv::Position::line);
        let field = |i: usize| record.get(i).unwrap_or("").trim().to_owned();
        let (raw, label) = (field(idcc_col), field(opco_col));
        if raw.is_empty() && label.is_empty() {
            continue;
        }
        let Some(idcc) = parse_idcc(&raw) else {
            let why = format!("line {line}: not an IDCC");
            let shown = if raw.is_empty() { "(none)".into() } else { raw };
            skipped.push(change(&shown, "skipped", None, None, Some(why)));
            continue;
        };
        if label.is_empty() {
            return Err(format!("line {line}: IDCC {idcc} has no OPCO"));
        }
        let opco = if let Some(id) = resolved.get(&label) {
            id.clone()
        } else {
            let id =
                crate::names::resolve(store, crate::model::Entity::Opco, &label).map_err(|_| {
                    format!(
                        "line {line}: unknown OPCO {:?}",
                        crate::error::shorten(&label)
                    )
                })?;
            resolved.insert(label.clone(), id.clone());
            id
        };
        if let Some(first) = rows.iter().find(|r| r.idcc == idcc) {
            if first.opco != opco {
                return Err(format!(
                    "line {line}: IDCC {idcc} is given {opco} here and {} on line {}",
                    first.opco, first.line
                ));
            }
            continue;
        }
        rows.push(Row {
            idcc,
            opco,
            label,
            line,
        });
    }
    Ok((rows, skipped))
}
