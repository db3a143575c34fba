//! Records as rows: shared by tables, CSV and Markdown. CSV headers are the English column
//! names in every language (scripts read them); tables and Markdown are translated.

use super::{clean, Style};
use crate::cli::Table;
use crate::error::Result;
use crate::i18n::t;
use crate::model::*;
use crate::query::Output;
use comfy_table::{presets, Attribute, Cell, Color, ColumnConstraint, ContentArrangement, Width};
use std::io::Write;

// ---- rows shared by tables and CSV ------------------------------------------------------

/// The OPCO id; with "?" when it is only the branch's 2019 OPCO (the observatory's own
/// attachment unconfirmed).
pub(super) fn opco_of(o: &Option<ObservatoryOpco>) -> Option<String> {
    o.as_ref().map(|o| {
        if o.confirmed {
            o.id.clone()
        } else {
            format!("{}?", o.id)
        }
    })
}

pub(super) fn idcc_list(branches: &[BranchRef]) -> String {
    branches
        .iter()
        .map(|b| b.idcc.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

fn branch_opco(o: &Option<BranchOpco>) -> Option<String> {
    o.as_ref().map(|o| {
        if o.derived {
            format!("{} (derived)", o.id)
        } else {
            o.id.clone()
        }
    })
}

type Rows = (Vec<&'static str>, Vec<Vec<Option<String>>>);

fn observatory_rows(list: &[Observatory]) -> Rows {
    let rows = list
        .iter()
        .map(|o| {
            let confirmed = o
                .opco
                .as_ref()
                .map(|x| if x.confirmed { "yes" } else { "no" }.to_owned());
            vec![
                Some(o.id.clone()),
                o.acronym.clone(),
                Some(o.name.clone()),
                o.opco.as_ref().map(|x| x.id.clone()),
                confirmed,
                Some(idcc_list(&o.branches)),
                o.website.clone(),
                o.email.clone(),
                o.phone.clone(),
                o.status.clone(),
            ]
        })
        .collect();
    let headers = vec![
        "id",
        "acronym",
        "name",
        "opco",
        "opco_confirmed",
        "idcc",
        "website",
        "email",
        "phone",
        "status",
    ];
    (headers, rows)
}

fn contact_rows(list: &[Contact]) -> Rows {
    let rows = list
        .iter()
        .map(|c| {
            vec![
                Some(c.id.clone()),
                Some(c.acronym.clone().unwrap_or_else(|| c.name.clone())),
                c.website.clone(),
                c.email.clone(),
                c.phone.clone(),
                c.address.line(),
            ]
        })
        .collect();
    (
        vec!["id", "observatory", "website", "email", "phone", "address"],
        rows,
    )
}

fn branch_rows(list: &[Branch]) -> Rows {
    let rows = list
        .iter()
        .map(|b| {
            let obs: Vec<String> = b
                .observatories
                .iter()
                .map(|o| o.acronym.clone().unwrap_or_else(|| o.id.clone()))
                .collect();
            vec![
                Some(b.idcc.clone()),
                b.short_title.clone().or_else(|| Some(b.title.clone())),
                Some(if b.active { "yes" } else { "no" }.into()),
                b.successor.clone(),
                branch_opco(&b.opco),
                (!obs.is_empty()).then(|| obs.join(" ")),
            ]
        })
        .collect();
    (
        vec![
            "idcc",
            "short_title",
            "active",
            "successor",
            "opco",
            "observatories",
        ],
        rows,
    )
}

fn opco_rows(list: &[Opco]) -> Rows {
    let rows = list
        .iter()
        .map(|o| {
            vec![
                Some(o.id.clone()),
                Some(o.name.clone()),
                Some(o.active_branches.to_string()),
                Some(o.observatories_count.to_string()),
                o.website.clone(),
            ]
        })
        .collect();
    (
        vec!["id", "name", "active_branches", "observatories", "website"],
        rows,
    )
}

fn search_rows(list: &[SearchHit]) -> Rows {
    let rows = list
        .iter()
        .map(|h| {
            vec![
                Some(h.kind.clone()),
                Some(h.id.clone()),
                Some(h.name.clone()),
            ]
        })
        .collect();
    (vec!["kind", "id", "name"], rows)
}

pub(super) fn coverage_rows(c: &crate::coverage::Coverage) -> Rows {
    let rows = c
        .per_opco
        .iter()
        .map(|o| {
            vec![
                Some(o.opco.clone()),
                Some(o.observatories.to_string()),
                Some(o.with_website.to_string()),
                Some(o.active_branches.to_string()),
                Some(o.active_branches_with_observatory.to_string()),
            ]
        })
        .collect();
    let headers = vec![
        "opco",
        "observatories",
        "with_website",
        "active_idcc",
        "idcc_with_obs",
    ];
    (headers, rows)
}

pub(super) fn naf_rows(a: &NafAnswer) -> Rows {
    let rows = a
        .branches
        .iter()
        .map(|n| {
            let b = n.branch.as_ref();
            let obs: Vec<String> = b
                .map(|b| {
                    b.observatories
                        .iter()
                        .map(|o| o.acronym.clone().unwrap_or_else(|| o.id.clone()))
                        .collect()
                })
                .unwrap_or_default();
            let title = b.and_then(|b| b.short_title.clone().or_else(|| Some(b.title.clone())));
            vec![
                n.idcc.clone(),
                Some(format!("{:.1} %", n.share)),
                title.or_else(|| n.label.clone()),
                b.and_then(|b| branch_opco(&b.opco)),
                (!obs.is_empty()).then(|| obs.join(" ")),
            ]
        })
        .collect();
    (
        vec!["idcc", "share", "branch", "opco", "observatories"],
        rows,
    )
}

fn change_rows(r: &RefreshReport) -> Rows {
    let rows = r
        .changes
        .iter()
        .map(|c| {
            vec![
                Some(c.idcc.clone()),
                Some(c.change.clone()),
                c.field.clone(),
                c.before.clone(),
                c.after.clone(),
            ]
        })
        .collect();
    (vec!["idcc", "change", "field", "before", "after"], rows)
}

pub(super) fn rows_of(output: &Output) -> Rows {
    match output {
        Output::Observatories(v) => observatory_rows(v),
        Output::Observatory(o) => observatory_rows(std::slice::from_ref(o)),
        Output::Contacts(v) => contact_rows(v),
        Output::Branches(v) => branch_rows(v),
        Output::Branch(c) => branch_rows(std::slice::from_ref(&c.branch)),
        Output::Opcos(v) => opco_rows(v),
        Output::Opco(c) => opco_rows(std::slice::from_ref(&c.opco)),
        Output::Search(v) => search_rows(v),
        Output::Export(e, Table::Observatories) => observatory_rows(&e.observatories),
        Output::Export(e, Table::Branches) => branch_rows(&e.branches),
        Output::Export(e, Table::Opcos) => opco_rows(&e.opcos),
        Output::Coverage(c) => coverage_rows(c),
        Output::Naf(a) => naf_rows(a),
        Output::Refresh(r) => change_rows(r),
        Output::Check(v) => {
            let rows = v
                .iter()
                .map(|x| vec![Some(x.record.clone()), Some(x.problem.clone())]);
            (vec!["record", "problem"], rows.collect())
        }
        Output::Info(i) => key_values(vec![
            ("version", i.version.clone()),
            ("schema_version", i.schema_version.to_string()),
            ("data_date", i.data_date.clone()),
            ("catalogue", i.catalogue.clone()),
        ]),
        Output::Paths(p) => key_values(vec![
            ("config_file", p.config_file.clone().unwrap_or_default()),
            (
                "user_catalogue",
                p.user_catalogue.clone().unwrap_or_default(),
            ),
            (
                "catalogue_override",
                p.catalogue_override.clone().unwrap_or_default(),
            ),
        ]),
    }
}

fn key_values(pairs: Vec<(&'static str, String)>) -> Rows {
    let rows = pairs
        .into_iter()
        .map(|(k, v)| vec![Some(k.to_owned()), (!v.is_empty()).then_some(v)])
        .collect();
    (vec!["key", "value"], rows)
}

/// RFC 4180 CSV with a header; unknown values are empty fields. On a terminal, text is
/// `clean`ed like a table.
pub(super) fn csv_out(
    out: &mut dyn Write,
    output: &Output,
    tty: bool,
    sep: u8,
    bom: bool,
) -> Result<()> {
    if bom {
        out.write_all("\u{feff}".as_bytes())?;
    }
    let mut w = csv::WriterBuilder::new().delimiter(sep).from_writer(out);
    let (headers, rows) = rows_of(output);
    w.write_record(&headers)?;
    for row in rows {
        w.write_record(row.iter().map(|c| {
            let v = c.as_deref().unwrap_or("");
            if tty {
                clean(v)
            } else {
                v.to_owned()
            }
        }))?;
    }
    w.flush()?;
    Ok(())
}

/// A Markdown pipe table of the same rows as CSV; `|` in text is escaped.
pub(super) fn markdown(out: &mut dyn Write, output: &Output, style: &Style) -> Result<()> {
    let (headers, rows) = rows_of(output);
    let headers: Vec<&str> = headers.iter().map(|h| t(style.lang, h)).collect();
    let cell = |c: &Option<String>| {
        c.as_deref()
            .map(|v| clean(v).replace('|', "\\|").replace('\n', " "))
            .unwrap_or_default()
    };
    writeln!(out, "| {} |", headers.join(" | "))?;
    writeln!(out, "|{}", "---|".repeat(headers.len()))?;
    for row in &rows {
        writeln!(
            out,
            "| {} |",
            row.iter().map(cell).collect::<Vec<_>>().join(" | ")
        )?;
    }
    Ok(())
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
            "id" | "kind" | "website" | "email" | "phone" | "active" | "opco"
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
