//! Reads the State's xlsx files (calamine): a sheet by name, its heading row found by column
//! names, and cells as text, numbers or dates. Errors are one-line reasons, without the file
//! name (the caller adds it).

use crate::fold::fold;
use calamine::{Data, ExcelDateTime, ExcelDateTimeType, Reader, Xlsx};
use std::io::{Cursor, Read};
use std::path::Path;

/// At most this many bytes are read from a workbook (the DARES files are about 200 KB).
const MAX_XLSX: u64 = 64 * 1024 * 1024;

pub struct Workbook {
    inner: Xlsx<Cursor<Vec<u8>>>,
}

/// Opens `path` as an xlsx workbook.
pub fn open(path: &Path) -> Result<Workbook, String> {
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(MAX_XLSX).read_to_end(&mut bytes))
        .map_err(|e| e.to_string())?;
    if !bytes.starts_with(b"PK") {
        return Err("not an xlsx workbook (no zip signature)".into());
    }
    let inner =
        Xlsx::new(Cursor::new(bytes)).map_err(|e| format!("not a readable xlsx workbook ({e})"))?;
    Ok(Workbook { inner })
}

impl Workbook {
    pub fn sheet_names(&self) -> Vec<String> {
        self.inner.sheet_names()
    }

    /// The sheet `name` with its heading row: the first of the first `within` rows that holds
    /// every `required` column (names compared without case or accents).
    pub fn sheet(&mut self, name: &str, required: &[&str], within: usize) -> Result<Sheet, String> {
        // Case, accents and stray spaces in the sheet name are tolerated.
        let names = self.sheet_names();
        let Some(actual) = names.iter().find(|n| fold(n) == fold(name)) else {
            return Err(format!(
                "no sheet \"{name}\" (sheets: {})",
                names.join(", ")
            ));
        };
        let range = self
            .inner
            .worksheet_range(actual)
            .map_err(|e| format!("sheet \"{name}\" is unreadable ({e})"))?;
        let first_row = range.start().map_or(0, |(r, _)| r as usize);
        let rows: Vec<Vec<Data>> = range.rows().map(<[Data]>::to_vec).collect();
        let wanted: Vec<String> = required.iter().map(|c| fold(c)).collect();
        let mut best: Option<(usize, usize)> = None;
        for (i, row) in rows.iter().take(within).enumerate() {
            let names: Vec<String> = row
                .iter()
                .map(|c| fold(&text(c).unwrap_or_default()))
                .collect();
            let found = wanted.iter().filter(|w| names.contains(w)).count();
            if found == wanted.len() {
                return Ok(Sheet {
                    name: name.to_owned(),
                    first_row,
                    header: i,
                    columns: names,
                    rows,
                });
            }
            if best.is_none_or(|(_, n)| found > n) {
                best = Some((i, found));
            }
        }
        let names: Vec<String> = best
            .and_then(|(i, _)| rows.get(i))
            .map(|row| {
                row.iter()
                    .map(|c| fold(&text(c).unwrap_or_default()))
                    .collect()
            })
            .unwrap_or_default();
        let missing = required
            .iter()
            .find(|c| !names.contains(&fold(c)))
            .unwrap_or(&"?");
        Err(format!("sheet \"{name}\" has no column \"{missing}\""))
    }
}

pub struct Sheet {
    pub name: String,
    /// Index in the worksheet of the first row of `rows`.
    first_row: usize,
    header: usize,
    /// Folded column names of the heading row.
    columns: Vec<String>,
    rows: Vec<Vec<Data>>,
}

/// One data row: its number as Excel shows it (1-based) and its cells.
pub struct Record<'a> {
    pub line: usize,
    cells: &'a [Data],
}

impl Sheet {
    /// The index of a column (found by `sheet`, or None for an optional one).
    pub fn column(&self, name: &str) -> Option<usize> {
        let key = fold(name);
        self.columns.iter().position(|c| *c == key)
    }

    /// The rows after the heading row, without the entirely empty ones.
    pub fn records(&self) -> impl Iterator<Item = Record<'_>> {
        let offset = self.first_row + 1;
        self.rows
            .iter()
            .enumerate()
            .skip(self.header + 1)
            .filter(|(_, row)| row.iter().any(|c| !matches!(c, Data::Empty)))
            .map(move |(i, cells)| Record {
                line: offset + i,
                cells,
            })
    }
}

impl Record<'_> {
    pub fn cell(&self, column: Option<usize>) -> &Data {
        column
            .and_then(|c| self.cells.get(c))
            .unwrap_or(&Data::Empty)
    }

    pub fn text(&self, column: Option<usize>) -> Option<String> {
        text(self.cell(column))
    }

    /// Any cell of the row as text, for row-level markers.
    pub fn texts(&self) -> impl Iterator<Item = String> + '_ {
        self.cells.iter().filter_map(text)
    }
}

/// A cell as trimmed text; None when empty. Whole numbers print without a decimal part.
pub fn text(cell: &Data) -> Option<String> {
    let s = match cell {
        Data::Empty | Data::Error(_) => return None,
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.trim().to_owned(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) => d.as_f64().to_string(),
    };
    (!s.is_empty()).then_some(s)
}

/// A cell as a number: numeric cells, or text such as `1,5`, `1.5` or `32 100`.
pub fn number(cell: &Data) -> Option<f64> {
    match cell {
        Data::Int(i) => Some(*i as f64),
        Data::Float(f) => Some(*f),
        Data::String(s) => {
            let t: String = s
                .chars()
                .filter(|c| !c.is_whitespace() && *c != '\u{202f}' && *c != '%')
                .map(|c| if c == ',' { '.' } else { c })
                .collect();
            t.parse().ok().filter(|f: &f64| f.is_finite())
        }
        _ => None,
    }
}

/// A cell as an ISO date; None when empty or 1900-01-01 (the DARES "unknown" date).
/// Accepts date cells, serial numbers, and text `YYYY-MM-DD` or `DD/MM/YYYY`.
pub fn date(cell: &Data) -> Result<Option<String>, String> {
    let ymd = match cell {
        Data::Empty => return Ok(None),
        Data::DateTime(d) => serial(d),
        Data::Int(_) | Data::Float(_) => {
            let v = number(cell).unwrap_or(0.0);
            if v < 1.0 {
                return Ok(None);
            }
            serial(&ExcelDateTime::new(v, ExcelDateTimeType::DateTime, false))
        }
        other => {
            let t = text(other).unwrap_or_default();
            if t.is_empty() {
                return Ok(None);
            }
            parse_text_date(&t).ok_or_else(|| format!("{t:?} is not a date"))?
        }
    };
    Ok((ymd != "1900-01-01").then_some(ymd))
}

fn serial(d: &ExcelDateTime) -> String {
    let (y, m, d, ..) = d.to_ymd_hms_milli();
    format!("{y:04}-{m:02}-{d:02}")
}

fn parse_text_date(t: &str) -> Option<String> {
    let t = t.get(..10).unwrap_or(t);
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let parts: Vec<&str> = t.split(['-', '/']).collect();
    let (y, m, d) = match parts.as_slice() {
        [y, m, d] if y.len() == 4 => (*y, *m, *d),
        [d, m, y] if y.len() == 4 => (*y, *m, *d),
        _ => return None,
    };
    if !(digits(y) && digits(m) && digits(d)) || m.len() > 2 || d.len() > 2 {
        return None;
    }
    Some(format!("{y}-{m:0>2}-{d:0>2}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(
            date(&Data::Float(1.0)).unwrap(),
            None,
            "1900-01-01 is unknown"
        );
        assert_eq!(
            date(&Data::Float(2.0)).unwrap().as_deref(),
            Some("1900-01-02")
        );
        assert_eq!(
            date(&Data::Int(13327)).unwrap().as_deref(),
            Some("1936-06-26")
        );
        assert_eq!(
            date(&Data::String("26/06/1936".into())).unwrap().as_deref(),
            Some("1936-06-26")
        );
        assert!(date(&Data::String("soon".into())).is_err());
        assert_eq!(date(&Data::Empty).unwrap(), None);
    }

    #[test]
    fn numbers_and_text() {
        assert_eq!(number(&Data::String("1,5".into())), Some(1.5));
        assert_eq!(number(&Data::String("32 100".into())), Some(32100.0));
        assert_eq!(text(&Data::Float(706.0)).as_deref(), Some("706"));
        assert_eq!(text(&Data::String("  ".into())), None);
    }
}
