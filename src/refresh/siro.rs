//! `opmq refresh siro FILE.csv`: France compétences' monthly SIRET → OPCO table (SIRO). The
//! file is streamed into the new catalogue's SIRET table while each (IDCC, OPCO) pair is
//! counted; the counts replace the catalogue's SIRO pairs (and so each IDCC's OPCO in force)
//! under the file's vintage. Nothing of the user's is touched until the whole file has been
//! read and the new catalogue checked.

use super::{add_dataset, bad, change, report, url_or};
use crate::error::{Error, Result};
use crate::message::Message;
use crate::model::{Change, RefreshReport, SiroPair};
use crate::siro::{self, Labels};
use crate::sql;
use crate::store::Store;
use crate::text::{Dataset, SiroRow, TextCatalogue};
use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::path::Path;

/// The vintage `YYYY-MM`: `--vintage`, else the six digits of the file name
/// (`siro-202606.csv`, `SIRO_202606.csv`).
fn vintage(file: &Path, given: Option<&str>) -> Result<String> {
    if let Some(v) = given {
        return if super::valid_date(v, false) {
            Ok(v.to_owned())
        } else {
            Err(Error::Usage(Message::VintageNotMonth {
                input: crate::error::shorten(v),
            }))
        };
    }
    let name = super::file_name(file);
    let digits: Vec<char> = name.chars().collect();
    let found = digits.windows(6).find_map(|w| {
        let s: String = w.iter().collect();
        let v = format!("{}-{}", &s[..4], &s[4..]);
        (s.bytes().all(|b| b.is_ascii_digit()) && super::valid_date(&v, false)).then_some(v)
    });
    found.ok_or(Error::Usage(Message::NoEditionInSiroName { name }))
}

pub fn apply(
    cat: &mut TextCatalogue,
    base: &Store,
    dest: &Path,
    file: &Path,
    given_vintage: Option<&str>,
    url: Option<&str>,
    today: &str,
) -> Result<(RefreshReport, Store)> {
    let vintage = vintage(file, given_vintage)?;
    let key = format!("siro-{vintage}");
    let labels = Labels::new(&base.opcos(None)?);
    let before = base.siro_pairs()?;
    let input = std::fs::File::open(file).map_err(|e| bad(file, e))?;
    let size = input.metadata().map_or(0, |m| m.len());
    let reader = std::io::BufReader::with_capacity(1 << 18, input);
    let bar = std::io::stderr().is_terminal().then(|| {
        let bar = indicatif::ProgressBar::new(size);
        bar.set_style(
            indicatif::ProgressStyle::with_template("{bar:40} {bytes}/{total_bytes} {eta}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    });
    let mut counts: BTreeMap<(String, String), u64> = BTreeMap::new();
    let mut rows = 0;
    add_dataset(
        cat,
        Dataset {
            key: key.clone(),
            title: format!(
                "France compétences, Table SIRET-OPCO (SIRO), {vintage} ({})",
                super::file_name(file)
            ),
            url: url_or(url, siro::PAGE),
            page: Some(siro::PAGE.into()),
            published: vintage.clone(),
            checked: today.to_owned(),
            note: Some(
                "Establishments' OPCO as declared in the DSN; pairs (IDCC, OPCO_PROPRIETAIRE) \
                 counted by opmq refresh siro."
                    .into(),
            ),
        },
    );
    let names = crate::import::with_names(cat)?.names.clone();
    cat.names = names;
    let store = crate::import::install_built(dest, |conn| {
        conn.execute_batch(sql::SIRET_SCHEMA)
            .map_err(|e| e.to_string())?;
        let tx = conn.transaction().map_err(|e| e.to_string())?;
        {
            let mut insert = tx.prepare(sql::INSERT_SIRET).map_err(|e| e.to_string())?;
            rows = siro::read(
                reader,
                &labels,
                |bytes| {
                    if let Some(bar) = &bar {
                        bar.set_position(bytes);
                    }
                },
                |_, e| {
                    insert
                        .execute(rusqlite::params![e.siret as i64, e.idcc, e.opco, e.gestion])
                        .map_err(|err| match err.sqlite_error_code() {
                            Some(rusqlite::ErrorCode::ConstraintViolation) => {
                                format!("SIRET {:014} appears twice", e.siret)
                            }
                            _ => err.to_string(),
                        })?;
                    if let (Some(idcc), Some(opco)) = (e.idcc, e.opco) {
                        *counts.entry((idcc, opco)).or_default() += 1;
                    }
                    Ok(())
                },
            )?;
        }
        tx.commit().map_err(|e| e.to_string())?;
        cat.siro = counts
            .iter()
            .map(|((idcc, opco), n)| SiroRow {
                idcc: idcc.clone(),
                opco: opco.clone(),
                establishments: *n,
                label: None,
            })
            .collect();
        cat.siro_dataset = Some(key.clone());
        opmq_catalogue::write::write(conn, cat).map_err(|e| e.to_string())?;
        conn.execute(sql::SET_SIRET_ROWS, [])
            .map(|_| ())
            .map_err(|e| e.to_string())
    })
    .map_err(|why| bad(file, why));
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    let store = store?;
    let after = store.siro_pairs()?;
    let changes = changes(&before, &after);
    Ok((report("siro", file, &key, rows, changes), store))
}

/// Per IDCC: `new` (no pair before), `opco` (another majority OPCO), `share` (the same OPCO,
/// its share moved by a point or more), `absent` (pairs before, none now).
fn changes(before: &[SiroPair], after: &[SiroPair]) -> Vec<Change> {
    fn majority(pairs: &[SiroPair]) -> BTreeMap<&str, (&str, f64)> {
        let mut by: BTreeMap<&str, Vec<&SiroPair>> = BTreeMap::new();
        for p in pairs {
            by.entry(p.idcc.as_str()).or_default().push(p);
        }
        by.into_iter()
            .map(|(idcc, list)| {
                let total: u64 = list.iter().map(|p| p.establishments).sum();
                let best = list
                    .iter()
                    .max_by(|a, b| {
                        a.establishments
                            .cmp(&b.establishments)
                            .then(b.opco.cmp(&a.opco))
                    })
                    .map_or(("", 0), |p| (p.opco.as_str(), p.establishments));
                let share = best.1 as f64 * 100.0 / total.max(1) as f64;
                (idcc, (best.0, share))
            })
            .collect()
    }
    let (old, new) = (majority(before), majority(after));
    let pct = |s: f64| format!("{s:.0} %");
    let mut out = Vec::new();
    for (idcc, (opco, share)) in &new {
        match old.get(idcc) {
            None => out.push(change(idcc, "new", None, None, Some((*opco).to_owned()))),
            Some((o, _)) if o != opco => out.push(change(
                idcc,
                "opco",
                None,
                Some((*o).to_owned()),
                Some((*opco).to_owned()),
            )),
            Some((_, s)) if (s - share).abs() >= 1.0 => out.push(change(
                idcc,
                "share",
                Some(opco),
                Some(pct(*s)),
                Some(pct(*share)),
            )),
            Some(_) => {}
        }
    }
    for idcc in old.keys().filter(|i| !new.contains_key(*i)) {
        out.push(change(idcc, "absent", None, None, None));
    }
    out.sort_by(|a, b| a.idcc.cmp(&b.idcc));
    out
}
