//! Markdown: a pipe table of the same rows as CSV, headers translated; `|` in text escaped.

use super::{clean, Lang, Record, Writer};
use crate::error::Result;
use crate::i18n::t;
use std::io::Write;

pub(super) struct Markdown<'a> {
    pub out: &'a mut dyn Write,
    pub lang: Lang,
}

impl Writer for Markdown<'_> {
    fn write<R: Record>(&mut self, list: &[R], _one: bool) -> Result<()> {
        let (headers, rows) = R::rows(list);
        let headers: Vec<&str> = headers.iter().map(|h| t(self.lang, h)).collect();
        let cell = |c: &Option<String>| {
            c.as_deref()
                .map(|v| clean(v).replace('|', "\\|").replace('\n', " "))
                .unwrap_or_default()
        };
        writeln!(self.out, "| {} |", headers.join(" | "))?;
        writeln!(self.out, "|{}", "---|".repeat(headers.len()))?;
        for row in &rows {
            writeln!(
                self.out,
                "| {} |",
                row.iter().map(cell).collect::<Vec<_>>().join(" | ")
            )?;
        }
        Ok(())
    }
}
