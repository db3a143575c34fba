//! CSV: RFC 4180 with a header for scripts, or `;` and a UTF-8 BOM for French Excel. Headers
//! are the English column names in every language; unknown values are empty fields.

use super::{clean, Record, Writer};
use crate::error::Result;
use std::io::Write;

pub(super) struct Csv<'a> {
    pub out: &'a mut dyn Write,
    /// On a terminal, text is `clean`ed like a table.
    pub clean: bool,
    /// `;`-separated with a BOM.
    pub excel: bool,
}

impl Writer for Csv<'_> {
    fn write<R: Record>(&mut self, list: &[R], _one: bool) -> Result<()> {
        if self.excel {
            self.out.write_all("\u{feff}".as_bytes())?;
        }
        let sep = if self.excel { b';' } else { b',' };
        let mut w = ::csv::WriterBuilder::new()
            .delimiter(sep)
            .from_writer(&mut *self.out);
        let (headers, rows) = R::rows(list);
        w.write_record(&headers)?;
        for row in rows {
            w.write_record(row.iter().map(|c| {
                let v = c.as_deref().unwrap_or("");
                if self.clean {
                    clean(v)
                } else {
                    v.to_owned()
                }
            }))?;
        }
        w.flush()?;
        Ok(())
    }
}
