//! `opmq refresh naf FILE.xlsx`: the DARES passage table APE → IDCC (sheet
//! `IDCC<year>_passageAPEIDCC_diff`, 6 heading rows, then `apen`, `intape`, `effarrdiff`,
//! `idcc`, `intidcc`, `pctdiff`). Rows marked "CODE APE NON DIFFUSABLE…" are skipped; `idcc`
//! "Autre" groups employees outside branches or in conventions under 1 % of the APE. The
//! table replaces any earlier one.

use super::{add_dataset, bad, file_name, report, url_or};
use crate::error::Result;
use crate::fold::{fold, parse_idcc};
use crate::model::RefreshReport;
use crate::text::{Dataset, NafRow, TextCatalogue};
use crate::xlsx::{self, Record, Sheet};
use std::path::Path;

/// Where DARES publishes the table (the dataset URL unless `--url` is given).
const PAGE: &str =
    "https://dares.travail-emploi.gouv.fr/donnees/les-portraits-statistiques-de-branches-professionnelles";
const COLUMNS: [&str; 6] = ["apen", "intape", "effarrdiff", "idcc", "intidcc", "pctdiff"];

pub fn apply(
    cat: &mut TextCatalogue,
    file: &Path,
    url: Option<&str>,
    today: &str,
) -> Result<RefreshReport> {
    let mut book = xlsx::open(file).map_err(|e| bad(file, e))?;
    let names = book.sheet_names();
    let (name, year) = names
        .iter()
        .find_map(|n| year_of(n).map(|y| (n.clone(), y)))
        .ok_or_else(|| {
            bad(
                file,
                format!(
                    "no sheet \"IDCC<year>_passageAPEIDCC_diff\" (sheets: {})",
                    names.join(", ")
                ),
            )
        })?;
    // DARES puts 6 heading rows above the column names; a few more are tolerated.
    let sheet = book.sheet(&name, &COLUMNS, 12).map_err(|e| bad(file, e))?;
    let key = format!("dares-ape-idcc-{year}");
    let mut rows = Vec::new();
    for record in sheet.records() {
        if record
            .texts()
            .any(|t| fold(&t).starts_with("code ape non diffusable"))
        {
            continue;
        }
        let row = row(&sheet, &record, &key)
            .map_err(|e| bad(file, format!("sheet \"{name}\" row {}: {e}", record.line)))?;
        rows.push(row);
    }
    if rows.is_empty() {
        return Err(bad(file, format!("sheet \"{name}\" has no APE row")));
    }
    // Shares written as fractions (0.45) rather than percentages (45) are scaled.
    if rows.iter().all(|r| r.share <= 1.0) {
        for r in &mut rows {
            r.share *= 100.0;
        }
    }
    let n = rows.len() as u64;
    let apes = {
        let mut a: Vec<&str> = rows.iter().map(|r| r.ape.as_str()).collect();
        a.dedup();
        a.len()
    };
    cat.naf = rows;
    add_dataset(
        cat,
        Dataset {
            key: key.clone(),
            title: format!(
                "DARES, table de passage entre la convention collective (IDCC) et le secteur \
                 d'activité (APE), données {year}"
            ),
            url: url_or(url, PAGE),
            page: Some(PAGE.into()),
            published: year,
            checked: today.into(),
            note: Some(format!(
                "Read by `opmq refresh naf` from {}: {n} rows, {apes} APE codes.",
                file_name(file)
            )),
        },
    );
    Ok(report("naf", file, &key, n, vec![]))
}

/// The year of a sheet named `IDCC<year>_passageAPEIDCC_diff` (any case).
fn year_of(sheet: &str) -> Option<String> {
    let lower = sheet.to_ascii_lowercase();
    let year = lower
        .strip_prefix("idcc")?
        .strip_suffix("_passageapeidcc_diff")?;
    (year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit())).then(|| year.to_owned())
}

fn row(sheet: &Sheet, r: &Record, key: &str) -> std::result::Result<NafRow, String> {
    let col = |name: &str| sheet.column(name);
    let raw = r.text(col("apen")).unwrap_or_default();
    let ape = crate::naf::parse_ape(&raw)
        .ok_or_else(|| format!("apen {raw:?} is not an APE code like 6202A"))?;
    let idcc = match r.text(col("idcc")) {
        None => None,
        Some(t) if fold(&t) == "autre" => None,
        Some(t) => {
            let code = if t.len() < 5 && t.bytes().all(|b| b.is_ascii_digit()) {
                format!("{t:0>5}")
            } else {
                t.clone()
            };
            Some(parse_idcc(&code).ok_or_else(|| format!("idcc {t:?} is not a DARES code"))?)
        }
    };
    let share = xlsx::number(r.cell(col("pctdiff")))
        .filter(|s| (0.0..=100.0).contains(s))
        .ok_or_else(|| format!("pctdiff of APE {ape} is not a share"))?;
    Ok(NafRow {
        ape,
        ape_label: r.text(col("intape")),
        employees: xlsx::number(r.cell(col("effarrdiff"))).map(|e| e.round() as i64),
        idcc_label: r
            .text(col("intidcc"))
            .or_else(|| idcc.is_none().then(|| "Autre".into())),
        idcc,
        share,
        dataset: key.into(),
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn sheet_names() {
        assert_eq!(
            super::year_of("IDCC2021_passageAPEIDCC_diff").as_deref(),
            Some("2021")
        );
        assert_eq!(super::year_of("Lisez-moi"), None);
    }
}
