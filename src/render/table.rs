//! What people read: cards for one record, tables for several, bordered and wrapped on a
//! terminal (as blocks when a table cannot fit), tab-separated when piped.

use super::{clean, Record, Style, Writer};
use crate::error::Result;
use crate::i18n::t;
use comfy_table::{presets, Attribute, Cell, Color, ColumnConstraint, ContentArrangement, Width};
use std::io::Write;

pub(super) struct People<'a> {
    pub out: &'a mut dyn Write,
    pub style: &'a Style,
}

impl Writer for People<'_> {
    fn write<R: Record>(&mut self, list: &[R], one: bool) -> Result<()> {
        R::people(list, one, self.out, self.style)
    }
}

pub(super) fn table(
    out: &mut dyn Write,
    headers: &[&str],
    rows: Vec<Vec<Option<String>>>,
    style: &Style,
) -> Result<()> {
    let shown: Vec<&str> = headers.iter().map(|h| t(style.lang, h)).collect();
    if !style.tty {
        writeln!(out, "{}", shown.join("\t"))?;
        for row in rows {
            let cells: Vec<String> = row
                .iter()
                .map(|c| {
                    c.as_deref()
                        .map(clean)
                        .unwrap_or_default()
                        .replace('\t', " ")
                })
                .collect();
            writeln!(out, "{}", cells.join("\t"))?;
        }
        return Ok(());
    }
    let unbreakable = |h: &str| {
        matches!(
            h,
            "id" | "kind" | "website" | "email" | "phone" | "active" | "opco" | "estab."
        )
    };
    let minimum = |h: &str| {
        if matches!(h, "idcc" | "successor") {
            6
        } else {
            16
        }
    };
    let dash = if style.ascii { "-" } else { "—" };
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            r.iter()
                .map(|c| c.as_deref().map_or(dash.to_owned(), clean))
                .collect()
        })
        .collect();
    // The narrowest table that cuts no identifier, URL or email; wider than the terminal,
    // each record is written as a block instead.
    let needed: usize = headers
        .iter()
        .enumerate()
        .map(|(i, h)| {
            let widest = cells
                .iter()
                .map(|r| r.get(i).map_or(0, |c| c.chars().count()))
                .chain([shown[i].chars().count()])
                .max()
                .unwrap_or(0);
            3 + if unbreakable(h) {
                widest
            } else {
                widest.min(minimum(h))
            }
        })
        .sum::<usize>()
        + 1;
    if let Some(w) = style.width.filter(|w| needed > usize::from(*w)) {
        return stacked(out, &shown, &cells, style, w);
    }
    let mut t = comfy_table::Table::new();
    t.load_preset(if style.ascii {
        presets::ASCII_FULL_CONDENSED
    } else {
        presets::UTF8_FULL_CONDENSED
    });
    if style.color {
        t.enforce_styling();
    } else {
        t.force_no_tty();
    }
    match style.width {
        Some(w) => {
            t.set_width(w)
                .set_content_arrangement(ContentArrangement::Dynamic);
        }
        None => {
            t.set_content_arrangement(ContentArrangement::Disabled);
        }
    }
    t.set_header(shown.iter().map(|h| {
        let cell = Cell::new(h);
        if style.color {
            cell.add_attribute(Attribute::Bold).fg(Color::Cyan)
        } else {
            cell
        }
    }));
    for row in cells {
        t.add_row(row.into_iter().map(Cell::new));
    }
    // Identifiers and addresses are never broken across lines; prose columns wrap.
    for (i, h) in headers.iter().enumerate() {
        if let Some(column) = t.column_mut(i) {
            column.set_constraint(if unbreakable(h) {
                ColumnConstraint::ContentWidth
            } else {
                ColumnConstraint::LowerBoundary(Width::Fixed(minimum(h) as u16))
            });
        }
    }
    writeln!(out, "{t}")?;
    Ok(())
}

/// Records as blocks, for terminals too narrow for the table: the first two cells on one
/// line, then each other cell under its header, a rule between records.
fn stacked(
    out: &mut dyn Write,
    headers: &[&str],
    rows: &[Vec<String>],
    style: &Style,
    width: u16,
) -> Result<()> {
    let label = headers
        .iter()
        .skip(2)
        .map(|h| h.chars().count())
        .max()
        .unwrap_or(0);
    let rule = if style.ascii { "-" } else { "─" }.repeat(usize::from(width).min(80));
    for (n, row) in rows.iter().enumerate() {
        if n > 0 {
            writeln!(out, "{rule}")?;
        }
        let id = row.first().map_or("", |c| c.as_str());
        let name = row.get(1).map_or("", |c| c.as_str());
        for line in wrap(&format!("{id}  "), name, usize::from(width), "    ") {
            if style.color {
                writeln!(out, "\x1b[1m{line}\x1b[0m")?;
            } else {
                writeln!(out, "{line}")?;
            }
        }
        let indent = " ".repeat(label + 4);
        for (h, c) in headers.iter().zip(row).skip(2) {
            let prefix = format!("  {h:<label$}  ");
            for line in wrap(&prefix, c, usize::from(width), &indent) {
                writeln!(out, "{line}")?;
            }
        }
    }
    Ok(())
}

/// `prefix` then `text` word-wrapped at `width` characters; continuation lines start with `indent`. Words
/// are never split, so a URL or an email longer than the line stays whole.
fn wrap(prefix: &str, text: &str, width: usize, indent: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = prefix.to_owned();
    let mut fresh = true;
    for word in text.split_whitespace() {
        let len = line.chars().count();
        if !fresh && len + 1 + word.chars().count() > width {
            lines.push(std::mem::replace(&mut line, indent.to_owned()));
            fresh = true;
        }
        if !fresh {
            line.push(' ');
        }
        line.push_str(word);
        fresh = false;
    }
    lines.push(line);
    lines
}
