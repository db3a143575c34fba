//! `opmq import`: validate a catalogue (opmq's JSON export or SQLite export) completely, then
//! atomically install it as the user copy. `--reset` returns to the bundled catalogue.

use crate::error::{Error, Result};
use crate::message::Message;
use crate::model::{Export, Observatory, Source};
use crate::store::Store;
use crate::text::{BranchRow, Names, ObservatoryRec, OpcoLinkRow, SiroRow, TextCatalogue};
use std::io::Read;
use std::path::{Path, PathBuf};

/// The text records that would produce this export: the inverse of reading the store.
impl From<&Export> for TextCatalogue {
    fn from(e: &Export) -> Self {
        let key_of = |url: &str| -> String {
            e.datasets
                .iter()
                .find(|d| d.url == url)
                .map_or_else(|| url.into(), |d| d.key.clone())
        };
        let keys = |sources: &[Source]| -> String {
            sources
                .iter()
                .filter_map(|s| s.dataset.clone())
                .collect::<Vec<_>>()
                .join(" ")
        };
        TextCatalogue {
            datasets: e.datasets.clone(),
            opcos: e.opcos.iter().map(|o| o.facts.clone()).collect(),
            branches: e
                .branches
                .iter()
                .map(|b| BranchRow {
                    idcc: b.idcc.clone(),
                    short_title: b.short_title.clone(),
                    title: b.title.clone(),
                    kind: b.kind.clone(),
                    regime: b.regime.clone(),
                    scope: b.scope.clone(),
                    active: u8::from(b.active),
                    successor: b.successor.clone(),
                    kali_id: b.kali_id.clone(),
                    date_signature: b.date_signature.clone(),
                    date_effet: b.date_effet.clone(),
                    date_fin: b.date_fin.clone(),
                    code_dares: b.code_dares.clone(),
                    sources: keys(&b.sources),
                })
                .collect(),
            links: e
                .branches
                .iter()
                .filter_map(|b| {
                    // The table row; catalogues before SIRO had only the OPCO in force.
                    let row = if e.siro.is_empty() {
                        b.opco.as_ref()
                    } else {
                        b.opco_table.as_ref()
                    };
                    row.map(|o| OpcoLinkRow {
                        idcc: b.idcc.clone(),
                        opco: o.id.clone(),
                        vintage: o.vintage.clone(),
                        derived: o.derived,
                        rule: o.rule.clone(),
                        label: o.label.clone(),
                        source: o
                            .source
                            .split_whitespace()
                            .map(key_of)
                            .collect::<Vec<_>>()
                            .join(" "),
                    })
                })
                .collect(),
            siro: e
                .siro
                .iter()
                .map(|p| SiroRow {
                    idcc: p.idcc.clone(),
                    opco: p.opco.clone(),
                    establishments: p.establishments,
                    label: p.label.clone(),
                })
                .collect(),
            siro_dataset: e.siro.first().map(|p| p.dataset.clone()),
            observatories: e.observatories.iter().map(ObservatoryRec::from).collect(),
            naf: e.naf.clone(),
            joint_commissions: e.joint_commissions.clone(),
            names: Names::default(),
        }
    }
}

impl From<&Observatory> for ObservatoryRec {
    fn from(o: &Observatory) -> Self {
        ObservatoryRec {
            facts: o.facts.clone(),
            opco: o.opco.as_ref().map(|x| x.id.clone()),
            opco_confirmed: o.opco.as_ref().is_none_or(|x| x.confirmed),
            idcc: o.branches.iter().map(|b| b.idcc.clone()).collect(),
        }
    }
}

/// At most this many bytes are read from an import file.
const MAX_IMPORT: u64 = 512 * 1024 * 1024;

fn invalid(file: &Path, why: impl std::fmt::Display) -> Error {
    Error::Data(Message::CannotImport {
        file: file.display().to_string(),
        why: why.to_string(),
    })
}

/// Validates `file` and installs it as `dest`; returns the installed store.
pub fn import(file: &Path, dest: &Path) -> Result<Store> {
    let mut bytes = Vec::new();
    std::fs::File::open(file)
        .and_then(|f| f.take(MAX_IMPORT).read_to_end(&mut bytes))
        .map_err(|e| invalid(file, e))?;
    if bytes.starts_with(b"SQLite format 3\0") {
        let store = install_with(dest, |tmp| {
            std::fs::write(tmp, &bytes).map_err(|e| e.to_string())
        })
        .map_err(|why| invalid(file, why))?;
        if store.schema_version()? == crate::sql::SCHEMA_VERSION {
            return Ok(store);
        }
        // An older schema, read through a migration: installed again in the current one.
        let current = TextCatalogue::from(&store.export_all()?);
        drop(store);
        return install(&current, dest).map_err(|why| invalid(file, why));
    }
    let export: Export = serde_json::from_slice(&bytes).map_err(|e| {
        invalid(
            file,
            format!("neither SQLite nor an opmq JSON export ({e})"),
        )
    })?;
    if !(crate::sql::OLDEST_READABLE..=crate::sql::SCHEMA_VERSION).contains(&export.schema_version)
    {
        return Err(invalid(
            file,
            format!("schema version {}", export.schema_version),
        ));
    }
    install(&TextCatalogue::from(&export), dest).map_err(|why| invalid(file, why))
}

/// Writes `cat` as a catalogue file beside `dest`, checks it completely and renames it over
/// `dest` (the path shared by `import` and `refresh`). On error, the reason alone: `dest` is
/// untouched and no temporary file is left.
pub fn install(cat: &TextCatalogue, dest: &Path) -> std::result::Result<Store, String> {
    let cat = with_names(cat).map_err(|e| e.to_string())?;
    install_built(dest, |conn| {
        opmq_catalogue::write::write(conn, &cat).map_err(|e| e.to_string())?;
        carry_siret(conn, dest)
    })
}

/// Like [`install`], with `build` filling a fresh SQLite database beside `dest` (tuned for a
/// bulk load: no journal, no sync until the end).
pub fn install_built(
    dest: &Path,
    build: impl FnOnce(&mut rusqlite::Connection) -> std::result::Result<(), String>,
) -> std::result::Result<Store, String> {
    install_with(dest, |tmp| {
        let mut conn = rusqlite::Connection::open(tmp).map_err(|e| e.to_string())?;
        conn.execute_batch(
            "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -16384;",
        )
        .map_err(|e| e.to_string())?;
        build(&mut conn)?;
        conn.close().map_err(|(_, e)| e.to_string())
    })
}

/// The SIRET table of the catalogue being replaced, when it has one, copied into the new
/// one: a refresh of titles or OPCO keeps what `refresh siro` stored.
fn carry_siret(conn: &rusqlite::Connection, dest: &Path) -> std::result::Result<(), String> {
    use crate::sql;
    if !dest.exists() {
        return Ok(());
    }
    let e = |e: rusqlite::Error| e.to_string();
    let has: i64 = conn
        .query_row(sql::HAS_SIRET, [], |r| r.get(0))
        .map_err(e)?;
    if has > 0 {
        return Ok(());
    }
    conn.execute("ATTACH DATABASE ?1 AS old", [dest.to_string_lossy()])
        .map_err(e)?;
    let old: i64 = conn
        .query_row(sql::OLD_HAS_SIRET, [], |r| r.get(0))
        .unwrap_or(0);
    if old > 0 {
        conn.execute_batch(sql::SIRET_SCHEMA).map_err(e)?;
        conn.execute(sql::COPY_SIRET, []).map_err(e)?;
        conn.execute(sql::SET_SIRET_ROWS, []).map_err(e)?;
    }
    conn.execute_batch("DETACH DATABASE old").map_err(e)
}

/// `cat` with opmq's usual names, former OPCA and placeholder codes when it has none (a
/// catalogue read from an export or an older file).
pub(crate) fn with_names(cat: &TextCatalogue) -> Result<std::borrow::Cow<'_, TextCatalogue>> {
    let mut cat = std::borrow::Cow::Borrowed(cat);
    if cat.names == Names::default() {
        cat.to_mut().names = bundled_names(&cat)?;
    }
    Ok(cat)
}

/// The bundled usual names, former OPCA and placeholder codes that fit `cat` (usual names of
/// IDCC it holds, successors among its OPCO): opmq's own reference data, carried into every
/// catalogue it writes.
fn bundled_names(cat: &TextCatalogue) -> Result<Names> {
    let mut names = Store::bundled()?.names()?;
    let idcc: std::collections::HashSet<&str> =
        cat.branches.iter().map(|b| b.idcc.as_str()).collect();
    let opcos: std::collections::HashSet<&str> = cat.opcos.iter().map(|o| o.id.as_str()).collect();
    names.usual.retain(|u| idcc.contains(u.idcc.as_str()));
    for f in &mut names.former_opca {
        f.successors.retain(|s| opcos.contains(s.as_str()));
    }
    Ok(names)
}

/// Fills a temporary file beside `dest` with `fill`, validates it as `opmq check` does,
/// then renames it into place.
fn install_with(
    dest: &Path,
    fill: impl FnOnce(&Path) -> std::result::Result<(), String>,
) -> std::result::Result<Store, String> {
    let dir = dest.parent().ok_or("no data directory")?;
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let tmp = tempfile::Builder::new()
        .prefix(".opmq-import-")
        .suffix(".sqlite")
        .tempfile_in(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?;
    fill(tmp.path())?;
    let store = Store::open(tmp.path()).map_err(|e| e.to_string())?;
    let all = store.export_all().map_err(|e| e.to_string())?;
    let dangling = store.dangling_references().map_err(|e| e.to_string())?;
    let violations = crate::check::check(&all, dangling);
    if let Some(v) = violations.first() {
        let more = violations.len() - 1;
        return Err(format!(
            "{}: {} (and {more} more; see `opmq check`)",
            v.record, v.problem
        ));
    }
    drop(store);
    tmp.as_file().sync_all().map_err(|e| e.to_string())?;
    tmp.persist(dest).map_err(|e| e.error.to_string())?;
    Store::open(dest).map_err(|e| e.to_string())
}

/// Removes the user copy; true when there was one.
pub fn reset(dest: &Path) -> Result<bool> {
    match std::fs::remove_file(dest) {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(Error::Data(Message::CannotRemove {
            path: dest.display().to_string(),
            why: e.to_string(),
        })),
    }
}

/// The user catalogue path, or an error saying why there is none.
pub fn destination() -> Result<PathBuf> {
    crate::location::user_catalogue().ok_or(Error::Data(Message::NoDataDir))
}
