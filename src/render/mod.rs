//! Output: one writer per format (`table`, `csv`, `markdown`, `json`, `vcard`, `html`, and
//! raw SQLite bytes), each fed through [`Output::write_with`], the one place that knows every
//! kind of output. What each record kind looks like (its rows, its card, its NDJSON lines) is
//! said once, in `records.rs`. Every human-readable string passes through [`clean`].

use crate::error::Result;
use crate::message::Message;
use crate::query::Output;
use serde::Serialize;
use std::io::Write;

mod cards;
mod csv;
mod html;
mod json;
mod markdown;
mod records;
mod rows;
mod table;
mod vcard;

pub use crate::i18n::Lang;

/// The output formats (also the values of `--format`: their comments are its help).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Json,
    Ndjson,
    /// RFC 4180 CSV: comma-separated, no BOM (for scripts)
    Csv,
    /// CSV for French Excel: semicolon-separated, with a UTF-8 BOM
    CsvExcel,
    /// A Markdown table (for documents)
    Markdown,
    /// vCard 4.0, one card per observatory (`contacts` only), for address books
    Vcard,
    /// A standalone SQLite copy of the whole catalogue (`export` only)
    Sqlite,
    /// One offline web page to open, filter, print or share (`export` only; French unless
    /// --lang en)
    Html,
}

/// How the destination wants text: decided once, in `plan`.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    /// ANSI colour in tables and cards.
    pub color: bool,
    /// A terminal: bordered tables and indented JSON; otherwise tab-separated and compact.
    pub tty: bool,
    /// Wrap tables to this many columns.
    pub width: Option<u16>,
    /// ASCII borders and punctuation (`--ascii`, TERM=dumb).
    pub ascii: bool,
    /// Language of headers, labels and words (never of JSON keys).
    pub lang: Lang,
}

/// Where and how an answer is written.
#[derive(Debug, Clone)]
pub struct Sink {
    pub format: Format,
    /// `--json FIELD,FIELD`, already checked against the request's record kind.
    pub fields: Option<Vec<String>>,
    pub style: Style,
}

/// Rows for tables, CSV and Markdown: column names (the English CSV headers, translated in
/// tables) and one row of optional cells per record.
pub(crate) type Rows = (Vec<&'static str>, Vec<Vec<Option<String>>>);

/// What one kind of record says of itself, once; every format writer asks it.
pub(crate) trait Record: Serialize + Sized {
    /// The rows of these records for tables, CSV and Markdown.
    fn rows(list: &[Self]) -> Rows;

    /// What people read: one record's card (`one`), or a table of several.
    fn people(list: &[Self], one: bool, out: &mut dyn Write, style: &Style) -> Result<()> {
        let _ = one;
        let (headers, rows) = Self::rows(list);
        table::table(out, &headers, rows, style)
    }

    /// NDJSON: each record on its own line.
    fn ndjson(list: &[Self], out: &mut dyn Write) -> Result<()> {
        for item in list {
            json::line(out, item)?;
        }
        Ok(())
    }

    /// vCards: only contacts have them.
    fn vcards(list: &[Self], out: &mut dyn Write) -> Result<()> {
        let _ = (list, out);
        Err(unsuited(Format::Vcard))
    }

    /// A web page: only an export has one.
    fn html(list: &[Self], out: &mut dyn Write, lang: Lang) -> Result<()> {
        let _ = (list, out, lang);
        Err(unsuited(Format::Html))
    }

    /// Raw bytes: only a SQLite image has them.
    fn bytes(&self) -> Option<&[u8]> {
        None
    }
}

/// A format writer: given records of any kind, as one record or a list.
pub(crate) trait Writer {
    fn write<R: Record>(&mut self, list: &[R], one: bool) -> Result<()>;
}

impl Output {
    /// Hands the records to `writer`: the one match over every kind of output.
    pub(crate) fn write_with(&self, writer: &mut impl Writer) -> Result<()> {
        use std::slice::from_ref;
        match self {
            Output::Observatories(v) => writer.write(v, false),
            Output::Observatory(o) => writer.write(from_ref(o.as_ref()), true),
            Output::Contacts(v) => writer.write(v, false),
            Output::Branches(v) => writer.write(v, false),
            Output::Branch(c) => writer.write(from_ref(c.as_ref()), true),
            Output::Opcos(v) => writer.write(v, false),
            Output::Opco(c) => writer.write(from_ref(c.as_ref()), true),
            Output::Search(v) => writer.write(v, false),
            Output::Info(i) => writer.write(from_ref(i.as_ref()), true),
            Output::Coverage(c) => writer.write(from_ref(c.as_ref()), true),
            Output::Check(v) => writer.write(v, false),
            Output::Export(e) => writer.write(from_ref(e.as_ref()), true),
            Output::Image(bytes) => writer.write(from_ref(&records::Image(bytes)), true),
            Output::Paths(p) => writer.write(from_ref(p.as_ref()), true),
            Output::Naf(a) => writer.write(from_ref(a.as_ref()), true),
            Output::Refresh(r) => writer.write(from_ref(r.as_ref()), true),
            Output::Siret(v, one) => writer.write(v, *one),
        }
    }
}

/// Writes `output` to `out` as `sink` says.
pub fn write(out: &mut dyn Write, output: &Output, sink: &Sink) -> Result<()> {
    let fields = sink.fields.as_deref();
    match sink.format {
        Format::Json => output.write_with(&mut json::Json {
            out,
            pretty: sink.style.tty,
            fields,
        }),
        Format::Ndjson => output.write_with(&mut json::Ndjson { out, fields }),
        Format::Csv => output.write_with(&mut csv::Csv {
            out,
            clean: sink.style.tty,
            excel: false,
        }),
        Format::CsvExcel => output.write_with(&mut csv::Csv {
            out,
            clean: sink.style.tty,
            excel: true,
        }),
        Format::Markdown => output.write_with(&mut markdown::Markdown {
            out,
            lang: sink.style.lang,
        }),
        Format::Table => output.write_with(&mut table::People {
            out,
            style: &sink.style,
        }),
        Format::Vcard => output.write_with(&mut vcard::Vcard { out }),
        Format::Sqlite => output.write_with(&mut records::Raw { out }),
        Format::Html => output.write_with(&mut html::Html {
            out,
            lang: sink.style.lang,
        }),
    }
}

/// The one refusal of a format a command cannot write.
#[must_use]
pub fn unsuited(format: Format) -> crate::error::Error {
    crate::error::Error::Usage(match format {
        Format::Vcard => Message::VcardOnlyContacts,
        Format::Sqlite => Message::SqliteOnlyExport,
        Format::Html => Message::HtmlOnlyExport,
        _ => Message::FieldsNeedJson,
    })
}

pub(crate) const UNKNOWN: &str = "unknown";

/// Makes catalogue or user text safe for a terminal: control characters, ANSI escapes and
/// bidirectional overrides are shown escaped (`\u{1b}`), never sent raw.
#[must_use]
pub fn clean(text: &str) -> String {
    // C0 controls (ESC, BEL, newline…) and everything JSON output escapes too.
    let risky = |c: char| c.is_control() || terminal_risky(c);
    if !text.chars().any(risky) {
        return text.to_owned();
    }
    text.chars()
        .map(|c| {
            if risky(c) {
                format!("\\u{{{:x}}}", c as u32)
            } else {
                c.to_string()
            }
        })
        .collect()
}

pub(crate) fn or_unknown(value: Option<&String>) -> String {
    value.map_or_else(|| UNKNOWN.into(), |v| clean(v))
}

/// Characters JSON may carry raw but a terminal would act on: DEL, C1 controls and
/// bidirectional overrides. JSON writes them as `\uXXXX` escapes (still valid JSON).
fn terminal_risky(c: char) -> bool {
    matches!(c, '\u{7f}'..='\u{9f}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}
