//! `opmq refresh`: update the user catalogue from the State's own files, without a new opmq
//! release. Each source reads its file completely (a wrong shape is refused before anything
//! is written), merges into the catalogue in use, and installs the result through
//! `import::install` (validated temporary file, then one rename).

mod dares;
mod naf;
mod opco;
mod siro;

use crate::error::{Error, Result};
use crate::message::Message;
use crate::model::{Change, RefreshReport};
use crate::store::Store;
use crate::text::{Dataset, TextCatalogue};
use std::path::{Path, PathBuf};

/// A file of the State's to read, and what it says about itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// The DARES list of conventions; the edition (`YYYY-MM`) when the file name lacks it.
    Dares {
        file: PathBuf,
        edition: Option<String>,
        url: Option<String>,
    },
    /// An IDCC → OPCO table in the ministry layout, applying from `vintage`.
    Opco {
        file: PathBuf,
        vintage: String,
        url: Option<String>,
    },
    /// The DARES APE → IDCC passage table.
    Naf { file: PathBuf, url: Option<String> },
    /// France compétences' SIRET → OPCO table (SIRO), of edition `vintage` (`YYYY-MM`, else
    /// read from the file name).
    Siro {
        file: PathBuf,
        vintage: Option<String>,
        url: Option<String>,
    },
}

/// Applies `what` to the user catalogue (created from the bundled one when there is none) and
/// reports what changed.
pub fn run(what: &Source) -> Result<RefreshReport> {
    let dest = crate::import::destination()?;
    let base = base(&dest)?;
    let mut cat = TextCatalogue::from(&base.export_all()?);
    let today = today();
    let (file, mut report) = match what {
        Source::Dares { file, edition, url } => (
            file,
            dares::apply(&mut cat, file, edition.as_deref(), url.as_deref(), &today)?,
        ),
        Source::Opco { file, vintage, url } => (
            file,
            opco::apply(&mut cat, &base, file, vintage, url.as_deref(), &today)?,
        ),
        Source::Naf { file, url } => (file, naf::apply(&mut cat, file, url.as_deref(), &today)?),
        Source::Siro { file, vintage, url } => {
            // Streamed straight into the new catalogue, which it installs itself.
            let (mut report, _) = siro::apply(
                &mut cat,
                &base,
                &dest,
                file,
                vintage.as_deref(),
                url.as_deref(),
                &today,
            )?;
            report.catalogue = dest.display().to_string();
            return Ok(report);
        }
    };
    drop(base);
    crate::import::install(&cat, &dest).map_err(|why| bad(file, why))?;
    report.catalogue = dest.display().to_string();
    Ok(report)
}

/// The catalogue to refresh: the user copy, else the bundled one. An unreadable user copy is
/// an error here (it would be silently replaced otherwise).
fn base(dest: &Path) -> Result<Store> {
    if !dest.exists() {
        return Store::bundled();
    }
    Store::open(dest).map_err(|e| {
        Error::Data(Message::UserCatalogueUnreadable {
            why: Box::new(e.into_message()),
        })
    })
}

/// A refused file: one line naming the file and the reason.
fn bad(file: &Path, why: impl std::fmt::Display) -> Error {
    Error::Data(Message::RefusedFile {
        file: file.display().to_string(),
        why: why.to_string(),
    })
}

/// The file's name, for reports and dataset notes (never its directory).
fn file_name(file: &Path) -> String {
    file.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn report(
    source: &str,
    file: &Path,
    dataset: &str,
    rows: u64,
    changes: Vec<Change>,
) -> RefreshReport {
    RefreshReport {
        source: source.into(),
        file: file_name(file),
        dataset: dataset.into(),
        rows,
        catalogue: String::new(),
        changes,
    }
}

fn change(
    idcc: &str,
    kind: &str,
    field: Option<&str>,
    before: Option<String>,
    after: Option<String>,
) -> Change {
    Change {
        idcc: idcc.into(),
        change: kind.into(),
        field: field.map(str::to_owned),
        before,
        after,
    }
}

/// Adds `d` unless a dataset with its key is already there (a file read twice keeps its
/// first record, so refreshing from the same edition changes nothing).
fn add_dataset(cat: &mut TextCatalogue, d: Dataset) {
    if !cat.datasets.iter().any(|x| x.key == d.key) {
        cat.datasets.push(d);
        cat.datasets.sort_by(|a, b| a.key.cmp(&b.key));
    }
}

/// `--url` when given (checked like every catalogue URL at install), else the publisher's
/// page.
fn url_or(url: Option<&str>, default: &str) -> String {
    url.unwrap_or(default).to_owned()
}

/// True for `YYYY-MM-DD` (or `YYYY-MM` when `day` is false) with a plausible month and day.
fn valid_date(v: &str, day: bool) -> bool {
    let parts: Vec<&str> = v.split('-').collect();
    let num = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    let ok = |s: &str, max: u32| s.parse::<u32>().is_ok_and(|x| (1..=max).contains(&x));
    match parts.as_slice() {
        [y, m] if !day => num(y, 4) && num(m, 2) && ok(m, 12),
        [y, m, d] if day => num(y, 4) && num(m, 2) && num(d, 2) && ok(m, 12) && ok(d, 31),
        _ => false,
    }
}

/// Today's date (UTC) as `YYYY-MM-DD`: the `checked` date of the datasets a refresh adds.
fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let (y, m, d) = civil_from_days((secs / 86_400) as i64);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Days since 1970-01-01 to a proleptic Gregorian date (H. Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(20_786), (2026, 11, 29));
        assert!(valid_date("2026-06", false) && !valid_date("2026-13", false));
        assert!(valid_date("2024-01-31", true) && !valid_date("2024-1-31", true));
    }
}
