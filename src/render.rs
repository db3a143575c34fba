//! Turns command output into tables and cards for people, or JSON, NDJSON and CSV for
//! programs. Every human-readable string passes through `clean`.

use crate::cli::{Format, Table};
use crate::error::Result;
use crate::model::*;
use crate::query::Output;
use comfy_table::{presets, Attribute, Cell, Color, ColumnConstraint, ContentArrangement, Width};
use serde::Serialize;
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
}

const UNKNOWN: &str = "unknown";

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

fn or_unknown(value: &Option<String>) -> String {
    value
        .as_deref()
        .map(clean)
        .unwrap_or_else(|| UNKNOWN.into())
}

pub fn render(out: &mut dyn Write, output: &Output, format: Format, style: &Style) -> Result<()> {
    match format {
        Format::Json => json(out, output, style.tty),
        Format::Ndjson => ndjson(out, output),
        Format::Csv => csv_out(out, output, style.tty, b',', false),
        Format::CsvExcel => csv_out(out, output, style.tty, b';', true),
        Format::Markdown => markdown(out, output),
        Format::Table => human(out, output, style),
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
/// over whole characters, so each chunk is checked as text.
struct Escaping<'a>(&'a mut dyn Write);

impl Write for Escaping<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if buf.iter().all(|b| *b < 0x7f) {
            self.0.write_all(buf)?;
            return Ok(buf.len());
        }
        match std::str::from_utf8(buf) {
            Ok(text) if text.chars().any(terminal_risky) => {
                for c in text.chars() {
                    if terminal_risky(c) {
                        write!(self.0, "\\u{:04x}", c as u32)?;
                    } else {
                        write!(self.0, "{c}")?;
                    }
                }
            }
            _ => self.0.write_all(buf)?,
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.0.flush()
    }
}

/// Streams one JSON value and a newline.
fn write_json<T: Serialize + ?Sized>(out: &mut dyn Write, value: &T, pretty: bool) -> Result<()> {
    let mut w = Escaping(out);
    if pretty {
        serde_json::to_writer_pretty(&mut w, value)?;
    } else {
        serde_json::to_writer(&mut w, value)?;
    }
    writeln!(w.0)?;
    Ok(())
}

fn json(out: &mut dyn Write, output: &Output, pretty: bool) -> Result<()> {
    match output {
        Output::Observatories(v) => write_json(out, v, pretty),
        Output::Observatory(v) => write_json(out, v, pretty),
        Output::Contacts(v) => write_json(out, v, pretty),
        Output::Branches(v) => write_json(out, v, pretty),
        Output::Branch(v) => write_json(out, v, pretty),
        Output::Opcos(v) => write_json(out, v, pretty),
        Output::Opco(v) => write_json(out, v, pretty),
        Output::Search(v) => write_json(out, v, pretty),
        Output::Info(v) => write_json(out, v, pretty),
        Output::Coverage(v) => write_json(out, v, pretty),
        Output::Check(v) => write_json(out, v, pretty),
        Output::Export(v, _) => write_json(out, v, pretty),
        Output::Naf(v) => write_json(out, v, pretty),
        Output::Refresh(v) => write_json(out, v, pretty),
    }
}

fn lines<T: Serialize>(out: &mut dyn Write, items: &[T]) -> Result<()> {
    for item in items {
        write_json(out, item, false)?;
    }
    Ok(())
}

/// One object a line; an export tags each with its `type`.
fn ndjson(out: &mut dyn Write, output: &Output) -> Result<()> {
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
        single => json(out, single, false),
    }
}

// ---- rows shared by tables and CSV ------------------------------------------------------

/// The OPCO id; with "?" when it is only the branch's 2019 OPCO (the observatory's own
/// attachment unconfirmed).
fn opco_of(o: &Option<ObservatoryOpco>) -> Option<String> {
    o.as_ref().map(|o| {
        if o.confirmed {
            o.id.clone()
        } else {
            format!("{}?", o.id)
        }
    })
}

fn idcc_list(branches: &[BranchRef]) -> String {
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

fn coverage_rows(c: &crate::coverage::Coverage) -> Rows {
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

fn naf_rows(a: &NafAnswer) -> Rows {
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

fn rows_of(output: &Output) -> Option<Rows> {
    Some(match output {
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
        Output::Info(_) => return None,
    })
}

/// RFC 4180 CSV with a header; unknown values are empty fields. On a terminal, text is
/// `clean`ed like a table.
fn csv_out(out: &mut dyn Write, output: &Output, tty: bool, sep: u8, bom: bool) -> Result<()> {
    if bom {
        out.write_all("\u{feff}".as_bytes())?;
    }
    let mut w = csv::WriterBuilder::new().delimiter(sep).from_writer(out);
    match rows_of(output) {
        Some((headers, rows)) => {
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
        }
        None => {
            let Output::Info(info) = output else {
                unreachable!()
            };
            w.write_record(["key", "value"])?;
            w.write_record(["schema_version", &info.schema_version.to_string()])?;
            w.write_record(["data_date", &info.data_date])?;
            w.write_record(["catalogue", &info.catalogue])?;
        }
    }
    w.flush()?;
    Ok(())
}

/// A Markdown pipe table of the same rows as CSV; `|` in text is escaped.
fn markdown(out: &mut dyn Write, output: &Output) -> Result<()> {
    let Some((headers, rows)) = rows_of(output) else {
        return csv_out(out, output, true, b',', false);
    };
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

// ---- people ------------------------------------------------------------------------------

fn human(out: &mut dyn Write, output: &Output, style: &Style) -> Result<()> {
    match output {
        Output::Observatory(o) => observatory_card(out, o, style),
        Output::Branch(c) => branch_card(out, c, style),
        Output::Opco(c) => opco_card(out, c, style),
        Output::Info(i) => info_card(out, i, style),
        Output::Coverage(c) => coverage_card(out, c, style),
        Output::Check(v) if v.is_empty() => {
            writeln!(out, "catalogue OK: no rule broken")?;
            Ok(())
        }
        Output::Refresh(r) if r.changes.is_empty() => {
            writeln!(out, "no change")?;
            Ok(())
        }
        Output::Naf(a) if style.tty => {
            let label = a.ape_label.as_deref().unwrap_or("");
            let employees = a
                .employees
                .map(|e| format!(" — {e} employees"))
                .unwrap_or_default();
            writeln!(out, "APE {} {}{employees}", a.ape, clean(label))?;
            let (h, rows) = naf_rows(a);
            table(out, &h, rows, style)
        }
        Output::Observatories(v) => {
            let rows = v
                .iter()
                .map(|o| {
                    let name = match &o.acronym {
                        Some(a) => format!("{a} — {}", o.name),
                        None => o.name.clone(),
                    };
                    let opco = opco_of(&o.opco);
                    let idcc = Some(idcc_list(&o.branches));
                    vec![
                        Some(o.id.clone()),
                        Some(name),
                        opco,
                        idcc,
                        o.website.clone(),
                    ]
                })
                .collect();
            table(
                out,
                &["id", "observatory", "opco", "idcc", "website"],
                rows,
                style,
            )
        }
        Output::Export(..) => json(out, output, style.tty),
        other => {
            let (h, rows) = rows_of(other).unwrap_or_default();
            table(out, &h, rows, style)
        }
    }
}

/// A table: bordered and wrapped on a terminal, tab-separated (one record a line) when piped.
fn table(
    out: &mut dyn Write,
    headers: &[&str],
    rows: Vec<Vec<Option<String>>>,
    style: &Style,
) -> Result<()> {
    if !style.tty {
        writeln!(out, "{}", headers.join("\t"))?;
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
    let mut t = comfy_table::Table::new();
    t.load_preset(presets::UTF8_FULL_CONDENSED);
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
    t.set_header(headers.iter().map(|h| {
        let cell = Cell::new(h);
        if style.color {
            cell.add_attribute(Attribute::Bold).fg(Color::Cyan)
        } else {
            cell
        }
    }));
    for row in rows {
        t.add_row(row.iter().map(|c| match c {
            Some(v) => Cell::new(clean(v)),
            None => Cell::new("—"),
        }));
    }
    // Identifiers and addresses are never broken across lines; prose columns wrap.
    for (i, h) in headers.iter().enumerate() {
        if matches!(
            *h,
            "id" | "kind" | "website" | "email" | "phone" | "active" | "opco"
        ) {
            if let Some(column) = t.column_mut(i) {
                column.set_constraint(ColumnConstraint::ContentWidth);
            }
        } else if let Some(column) = t.column_mut(i) {
            let min = if matches!(*h, "idcc" | "opco" | "successor") {
                6
            } else {
                22
            };
            column.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(min)));
        }
    }
    writeln!(out, "{t}")?;
    Ok(())
}

struct Card<'a> {
    out: &'a mut dyn Write,
    style: Style,
}

impl Card<'_> {
    fn title(&mut self, text: &str) -> Result<()> {
        let text = clean(text);
        if self.style.color {
            writeln!(self.out, "\x1b[1m{text}\x1b[0m")?;
        } else {
            writeln!(self.out, "{text}")?;
        }
        Ok(())
    }

    fn field(&mut self, label: &str, value: &str) -> Result<()> {
        let label = format!("{label:<14}");
        if self.style.color {
            writeln!(self.out, "  \x1b[36m{label}\x1b[0m {}", clean(value))?;
        } else {
            writeln!(self.out, "  {label} {}", clean(value))?;
        }
        Ok(())
    }

    fn maybe(&mut self, label: &str, value: &Option<String>) -> Result<()> {
        match value {
            Some(v) => self.field(label, v),
            None => Ok(()),
        }
    }

    fn line(&mut self, text: &str) -> Result<()> {
        writeln!(self.out, "    {}", clean(text))?;
        Ok(())
    }

    fn section(&mut self, text: &str) -> Result<()> {
        writeln!(self.out)?;
        self.title(text)
    }
}

fn branch_label(b: &BranchRef) -> String {
    let title = b.short_title.as_deref().unwrap_or("");
    let status = if b.active { "" } else { " (inactive)" };
    format!("{} {title}{status}", b.idcc)
}

fn sources(card: &mut Card, list: &[Source]) -> Result<()> {
    card.section(&format!("Sources ({})", list.len()))?;
    for s in list {
        let what = if s.supports.is_empty() {
            String::new()
        } else {
            s.supports.join(", ") + "; "
        };
        let name = match &s.dataset {
            Some(key) => format!("{} [{key}]", s.url),
            None => s.url.clone(),
        };
        card.line(&format!("{name} ({what}checked {})", s.checked))?;
    }
    Ok(())
}

fn observatory_card(out: &mut dyn Write, o: &Observatory, style: &Style) -> Result<()> {
    let mut c = Card { out, style: *style };
    match &o.acronym {
        Some(a) => c.title(&format!("{a} — {}", o.name))?,
        None => c.title(&o.name)?,
    }
    c.field("id", &o.id)?;
    if !o.aliases.is_empty() {
        c.field("also known as", &o.aliases.join(" · "))?;
    }
    c.field("status", &or_unknown(&o.status))?;
    if o.level.as_deref() == Some("opco") {
        c.field("level", "OPCO-wide observatory")?;
    }
    c.maybe("replaced by", &o.replaced_by)?;
    let opco = match &o.opco {
        Some(op) if op.confirmed => format!("{} ({})", op.name, op.id),
        Some(op) => format!(
            "{} ({}) — from the branch's 2019 OPCO, not confirmed",
            op.name, op.id
        ),
        None => UNKNOWN.into(),
    };
    c.field("OPCO", &opco)?;
    c.field("website", &or_unknown(&o.website))?;
    c.field("email", &or_unknown(&o.email))?;
    c.field("phone", &or_unknown(&o.phone))?;
    c.field(
        "address",
        &o.address.line().unwrap_or_else(|| UNKNOWN.into()),
    )?;
    c.maybe("scope", &o.branches_text)?;
    c.maybe("legal basis", &o.legal_basis)?;
    c.maybe("notes", &o.notes)?;
    c.section(&format!("Branches covered ({})", o.branches.len()))?;
    if o.branches.is_empty() {
        c.line("none identified by IDCC")?;
    }
    for b in &o.branches {
        c.line(&branch_label(b))?;
    }
    if let Some(rule) = &o.branches_rule {
        c.line(&format!("(IDCC derived: {rule})"))?;
    }
    sources(&mut c, &o.sources)
}

fn opco_line(o: &Option<BranchOpco>) -> String {
    match o {
        None => "none known".into(),
        Some(o) if o.derived => format!(
            "{} ({}) — derived: {}",
            o.name,
            o.id,
            o.rule.as_deref().unwrap_or("by rule")
        ),
        Some(o) => format!(
            "{} ({}) — IDCC→OPCO table, vintage {}",
            o.name, o.id, o.vintage
        ),
    }
}

fn contacts_of(c: &mut Card, list: &[ObservatoryRef]) -> Result<()> {
    if list.is_empty() {
        return c.line("none known in the catalogue");
    }
    for o in list {
        let name = match &o.acronym {
            Some(a) => format!("{a} — {}", o.name),
            None => o.name.clone(),
        };
        c.line(&format!("{name} [{}]", o.id))?;
        c.line(&format!(
            "  website {} · email {} · phone {}",
            or_unknown(&o.website),
            or_unknown(&o.email),
            or_unknown(&o.phone)
        ))?;
    }
    Ok(())
}

fn branch_card(out: &mut dyn Write, card: &BranchCard, style: &Style) -> Result<()> {
    let b = &card.branch;
    let mut c = Card { out, style: *style };
    c.title(&format!(
        "IDCC {} — {}",
        b.idcc,
        b.short_title.as_deref().unwrap_or(&b.title)
    ))?;
    c.field("title", &b.title)?;
    let status = match (&b.active, &b.successor) {
        (true, _) => "active".to_owned(),
        (false, Some(s)) => format!("inactive, replaced by {s}"),
        (false, None) => "inactive".to_owned(),
    };
    c.field("status", &status)?;
    let kind = [
        Some(b.kind.replace('_', " ")),
        b.scope.clone(),
        b.regime.clone(),
    ];
    c.field(
        "kind",
        &kind
            .iter()
            .flatten()
            .cloned()
            .collect::<Vec<_>>()
            .join(", "),
    )?;
    c.maybe("Légifrance", &b.kali_id)?;
    if card.successor_chain.len() > 1 {
        let chain: Vec<&str> = card
            .successor_chain
            .iter()
            .map(|x| x.idcc.as_str())
            .collect();
        let last = card
            .successor_chain
            .last()
            .and_then(|l| l.short_title.clone())
            .unwrap_or_default();
        c.field("successors", &format!("{} {last}", chain.join(" → ")))?;
    }
    if !card.predecessors.is_empty() {
        let list: Vec<&str> = card.predecessors.iter().map(|p| p.idcc.as_str()).collect();
        c.field(
            "replaces",
            &format!("{} IDCC: {}", list.len(), list.join(" ")),
        )?;
    }
    c.field("OPCO", &opco_line(&b.opco))?;
    c.section(&format!("Observatories ({})", b.observatories.len()))?;
    contacts_of(&mut c, &b.observatories)?;
    if let Some(now) = &card.current {
        let title = now.short_title.as_deref().unwrap_or(&now.title);
        c.section(&format!("Now covered as IDCC {} — {title}", now.idcc))?;
        c.field("status", if now.active { "active" } else { "inactive" })?;
        c.field("OPCO", &opco_line(&now.opco))?;
        contacts_of(&mut c, &now.observatories)?;
    }
    sources(&mut c, &b.sources)
}

fn opco_card(out: &mut dyn Write, card: &OpcoCard, style: &Style) -> Result<()> {
    let o = &card.opco;
    let mut c = Card { out, style: *style };
    c.title(&format!("{} — {}", o.name, o.full_name))?;
    c.field("id", &o.id)?;
    if !o.aliases.is_empty() {
        c.field("also written", &o.aliases.join(" · "))?;
    }
    c.field("website", &or_unknown(&o.website))?;
    c.field("phone", &or_unknown(&o.phone))?;
    c.field("address", &or_unknown(&o.address))?;
    c.maybe("SIREN", &o.siren)?;
    c.maybe("FC code", &o.france_competences_code)?;
    c.maybe("agréé from", &o.agrement_effective)?;
    c.section(&format!("Observatories ({})", card.observatories.len()))?;
    contacts_of(&mut c, &card.observatories)?;
    c.section(&format!("Active branches ({})", card.branches.len()))?;
    for b in &card.branches {
        c.line(&branch_label(b))?;
    }
    sources(&mut c, &o.sources)
}

fn info_card(out: &mut dyn Write, i: &Info, style: &Style) -> Result<()> {
    let mut c = Card { out, style: *style };
    c.title(&format!("opmq {}", i.version))?;
    c.field("catalogue", &i.catalogue)?;
    c.field("schema", &i.schema_version.to_string())?;
    c.field("data date", &i.data_date)?;
    c.field("observatories", &i.counts.observatories.to_string())?;
    let b = format!(
        "{} ({} active)",
        i.counts.branches, i.counts.active_branches
    );
    c.field("IDCC", &b)?;
    c.field("OPCO", &i.counts.opcos.to_string())?;
    c.field("IDCC→OPCO", &i.counts.branch_opco_links.to_string())?;
    if i.counts.naf_rows > 0 {
        c.field("APE→IDCC", &i.counts.naf_rows.to_string())?;
    }
    c.section("Datasets")?;
    for d in &i.datasets {
        c.line(&format!("{} — {} (checked {})", d.key, d.title, d.checked))?;
        c.line(&format!("  {}", d.url))?;
    }
    Ok(())
}

fn coverage_card(
    out: &mut dyn Write,
    cov: &crate::coverage::Coverage,
    style: &Style,
) -> Result<()> {
    let pct = |n: u64, of: u64| {
        if of == 0 {
            0.0
        } else {
            n as f64 * 100.0 / of as f64
        }
    };
    let share = |n: u64, of: u64| format!("{n} of {of} ({:.0} %)", pct(n, of));
    let mut c = Card { out, style: *style };
    c.title("Coverage")?;
    let n = cov.observatories;
    c.field("observatories", &n.to_string())?;
    c.field("with website", &share(cov.with_website, n))?;
    c.field("with email", &share(cov.with_email, n))?;
    c.field("with phone", &share(cov.with_phone, n))?;
    c.field("with address", &share(cov.with_address, n))?;
    c.field("any contact", &share(cov.with_any_contact, n))?;
    let a = cov.active_idcc;
    c.field("active IDCC", &a.to_string())?;
    c.field("  OPCO sourced", &share(cov.active_idcc_opco_sourced, a))?;
    c.field("  OPCO derived", &share(cov.active_idcc_opco_derived, a))?;
    c.field("  no OPCO", &share(cov.active_idcc_without_opco, a))?;
    let nat = cov.active_national_idcc;
    c.field("national IDCC", &format!("{nat} active"))?;
    c.field(
        "  observatory",
        &share(cov.active_national_idcc_with_observatory, nat),
    )?;
    c.field(
        "  none known",
        &share(cov.active_national_idcc_without_observatory, nat),
    )?;
    writeln!(c.out)?;
    let (h, rows) = coverage_rows(cov);
    table(c.out, &h, rows, style)
}
