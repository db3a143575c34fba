//! Turns command output into tables and cards for people, or JSON, NDJSON and CSV for
//! programs. Every human-readable string passes through `clean`.

use crate::cli::Format;
use crate::error::Result;
use crate::query::Output;
use serde::Serialize;

mod cards;
mod rows;
use std::io::Write;

/// How the destination wants text: decided once, in `output`.
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
    pub lang: crate::cli::Lang,
}

pub(super) const UNKNOWN: &str = "unknown";

/// Makes catalogue or user text safe for a terminal: control characters, ANSI escapes and
/// bidirectional overrides are shown escaped (`\u{1b}`), never sent raw.
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

pub(super) fn or_unknown(value: &Option<String>) -> String {
    value
        .as_deref()
        .map(clean)
        .unwrap_or_else(|| UNKNOWN.into())
}

/// Writes `output` in `format`; `fields` (from `--json FIELD,FIELD`) keeps only those fields
/// and applies to JSON and NDJSON alone.
pub fn render(
    out: &mut dyn Write,
    output: &Output,
    format: Format,
    style: &Style,
    fields: Option<&str>,
) -> Result<()> {
    if fields.is_some() && !matches!(format, Format::Json | Format::Ndjson) {
        return Err(crate::error::Error::Usage(
            "choosing fields (--json FIELD,FIELD) works with JSON and NDJSON only".into(),
        ));
    }
    match format {
        Format::Json => json(out, output, style.tty, fields),
        Format::Ndjson => ndjson(out, output, fields),
        Format::Csv => rows::csv_out(out, output, style.tty, b',', false),
        Format::CsvExcel => rows::csv_out(out, output, style.tty, b';', true),
        Format::Markdown => rows::markdown(out, output, style),
        Format::Table => cards::human(out, output, style),
        Format::Vcard => match output {
            Output::Contacts(list) => crate::vcard::write(out, list),
            _ => Err(crate::vcard::only_contacts()),
        },
        Format::Sqlite => Err(crate::error::Error::Usage(
            "--format sqlite is only for `opmq export`".into(),
        )),
    }
}

/// Characters JSON may carry raw but a terminal would act on: DEL, C1 controls and
/// bidirectional overrides. They are written as `\uXXXX` escapes (still valid JSON).
fn terminal_risky(c: char) -> bool {
    matches!(c, '\u{7f}'..='\u{9f}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Passes JSON through, writing `terminal_risky` characters as escapes. serde_json hands
/// over whole characters in many small writes; they are gathered and checked in batches.
struct Escaping<'a> {
    out: &'a mut dyn Write,
    pending: Vec<u8>,
}

impl<'a> Escaping<'a> {
    const BATCH: usize = 32 * 1024;

    fn new(out: &'a mut dyn Write) -> Self {
        Escaping {
            out,
            pending: Vec::new(),
        }
    }

    /// Writes what is pending (whole characters only, as serde_json gives them). Every
    /// risky character starts with byte 0x7f, 0xc2 or 0xe2: only those are decoded.
    fn drain(&mut self) -> std::io::Result<()> {
        let buf = std::mem::take(&mut self.pending);
        let (mut start, mut at) = (0, 0);
        while let Some(found) = memchr::memchr3(0x7f, 0xc2, 0xe2, &buf[at..]) {
            at += found;
            let len = match buf[at] {
                0x7f => 1,
                0xc2 => 2,
                _ => 3,
            };
            let risky = buf
                .get(at..at + len)
                .and_then(|bytes| std::str::from_utf8(bytes).ok())
                .and_then(|text| text.chars().next())
                .filter(|c| terminal_risky(*c));
            if let Some(c) = risky {
                self.out.write_all(&buf[start..at])?;
                write!(self.out, "\\u{:04x}", c as u32)?;
                start = at + len;
            }
            at += 1;
        }
        self.out.write_all(&buf[start..])?;
        self.pending = buf;
        self.pending.clear();
        Ok(())
    }
}

impl Write for Escaping<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.pending.extend_from_slice(buf);
        if self.pending.len() >= Self::BATCH {
            self.drain()?;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.drain()?;
        self.out.flush()
    }
}

/// Streams one JSON value and a newline.
fn write_json<T: Serialize + ?Sized>(out: &mut dyn Write, value: &T, pretty: bool) -> Result<()> {
    let mut w = Escaping::new(out);
    if pretty {
        serde_json::to_writer_pretty(&mut w, value)?;
    } else {
        serde_json::to_writer(&mut w, value)?;
    }
    w.pending.push(b'\n');
    w.drain()?;
    Ok(())
}

pub(super) fn json(
    out: &mut dyn Write,
    output: &Output,
    pretty: bool,
    fields: Option<&str>,
) -> Result<()> {
    match fields {
        Some(list) => write_json(out, &select(output, list)?, pretty),
        None => write_json(out, output, pretty),
    }
}

/// The output cut down to the fields of a `--json FIELD,FIELD` list.
fn select(output: &Output, list: &str) -> Result<serde_json::Value> {
    crate::fields::select(output, &crate::fields::parse(list, output)?)
}

fn lines<T: Serialize>(out: &mut dyn Write, items: &[T]) -> Result<()> {
    for item in items {
        write_json(out, item, false)?;
    }
    Ok(())
}

/// One object a line; an export tags each with its `type`.
fn ndjson(out: &mut dyn Write, output: &Output, fields: Option<&str>) -> Result<()> {
    if let Some(list) = fields {
        return match select(output, list)? {
            serde_json::Value::Array(items) => lines(out, &items),
            one => write_json(out, &one, false),
        };
    }
    #[derive(Serialize)]
    struct Tagged<'a, T> {
        r#type: &'a str,
        #[serde(flatten)]
        record: &'a T,
    }
    match output {
        Output::Observatories(v) => lines(out, v),
        Output::Contacts(v) => lines(out, v),
        Output::Branches(v) => lines(out, v),
        Output::Opcos(v) => lines(out, v),
        Output::Search(v) => lines(out, v),
        Output::Check(v) => lines(out, v),
        Output::Naf(v) => lines(out, &v.branches),
        Output::Refresh(v) => lines(out, &v.changes),
        Output::Export(e, _) => {
            for o in &e.opcos {
                write_json(
                    out,
                    &Tagged {
                        r#type: "opco",
                        record: o,
                    },
                    false,
                )?;
            }
            for b in &e.branches {
                write_json(
                    out,
                    &Tagged {
                        r#type: "branch",
                        record: b,
                    },
                    false,
                )?;
            }
            for o in &e.observatories {
                write_json(
                    out,
                    &Tagged {
                        r#type: "observatory",
                        record: o,
                    },
                    false,
                )?;
            }
            Ok(())
        }
        single => json(out, single, false, None),
    }
}
