//! JSON and NDJSON: streamed through an escaping writer, so that no character a terminal
//! would act on is written raw; `--json FIELD,FIELD` keeps only those fields.

use super::{terminal_risky, Record, Writer};
use crate::error::Result;
use serde::Serialize;
use std::io::Write;

pub(super) struct Json<'a> {
    pub out: &'a mut dyn Write,
    pub pretty: bool,
    pub fields: Option<&'a [String]>,
}

impl Writer for Json<'_> {
    fn write<R: Record>(&mut self, list: &[R], one: bool) -> Result<()> {
        match (self.fields, one) {
            (Some(fields), true) => {
                let picked = list.iter().map(|r| crate::fields::pick(r, fields));
                for value in picked {
                    write_json(self.out, &value?, self.pretty)?;
                }
                Ok(())
            }
            (Some(fields), false) => {
                let picked: Result<Vec<_>> = list
                    .iter()
                    .map(|r| crate::fields::pick(r, fields))
                    .collect();
                write_json(self.out, &picked?, self.pretty)
            }
            (None, true) => list
                .iter()
                .try_for_each(|r| write_json(self.out, r, self.pretty)),
            (None, false) => write_json(self.out, list, self.pretty),
        }
    }
}

pub(super) struct Ndjson<'a> {
    pub out: &'a mut dyn Write,
    pub fields: Option<&'a [String]>,
}

impl Writer for Ndjson<'_> {
    fn write<R: Record>(&mut self, list: &[R], _one: bool) -> Result<()> {
        match self.fields {
            Some(fields) => list
                .iter()
                .try_for_each(|r| line(self.out, &crate::fields::pick(r, fields)?)),
            None => R::ndjson(list, self.out),
        }
    }
}

/// One JSON value on one line.
pub(super) fn line<T: Serialize + ?Sized>(out: &mut dyn Write, value: &T) -> Result<()> {
    write_json(out, value, false)
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
pub(super) fn write_json<T: Serialize + ?Sized>(
    out: &mut dyn Write,
    value: &T,
    pretty: bool,
) -> Result<()> {
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
