//! Each record kind described once: its rows (tables, CSV, Markdown), what people read of it
//! (a card, a table, a verdict) and, where it differs from one object a line, its NDJSON. A
//! new record kind is one `impl Record` here (and one `Output` variant).

use super::cards::{
    branch_card, coverage_card, info_card, naf_card, observatory_card, observatory_table,
    opco_card, paths_card, siret_card, verdict,
};
use super::rows::{
    branch_rows, change_rows, contact_rows, coverage_rows, info_rows, naf_rows, observatory_rows,
    opco_rows, paths_rows, search_rows, siret_rows, violation_rows,
};
use super::{json, Record, Rows, Style, Writer};
use crate::error::Result;
use crate::model::{
    Branch, BranchCard, Contact, Coverage, Info, NafAnswer, Observatory, Opco, OpcoCard, Paths,
    RefreshReport, SearchHit, SiretAnswer, Violation,
};
use crate::query::{ExportView, Table};
use serde::Serialize;
use std::io::Write;

/// One record, with the card people read of it.
fn card<R>(
    list: &[R],
    out: &mut dyn Write,
    style: &Style,
    card: fn(&mut dyn Write, &R, &Style) -> Result<()>,
) -> Result<()> {
    list.iter().try_for_each(|r| card(out, r, style))
}

impl Record for Observatory {
    fn rows(list: &[Self]) -> Rows {
        observatory_rows(list)
    }
    fn people(list: &[Self], one: bool, out: &mut dyn Write, style: &Style) -> Result<()> {
        if one {
            card(list, out, style, observatory_card)
        } else {
            observatory_table(out, list, style)
        }
    }
}

impl Record for Contact {
    fn rows(list: &[Self]) -> Rows {
        contact_rows(list)
    }
    fn vcards(list: &[Self], out: &mut dyn Write) -> Result<()> {
        super::vcard::write(out, list)
    }
}

impl Record for Branch {
    fn rows(list: &[Self]) -> Rows {
        branch_rows(list)
    }
    /// For people: the size column headed short, and no successor column when no branch
    /// listed has one (the default list is of active branches), so that 80 columns fit.
    fn people(list: &[Self], _one: bool, out: &mut dyn Write, style: &Style) -> Result<()> {
        let (mut headers, mut rows) = branch_rows(list);
        if let Some(at) = headers.iter().position(|h| *h == "successor") {
            if rows.iter().all(|r| r[at].is_none()) {
                headers.remove(at);
                for r in &mut rows {
                    r.remove(at);
                }
            }
        }
        for h in &mut headers {
            if *h == "establishments" {
                *h = "estab.";
            }
        }
        super::table::table(out, &headers, rows, style)?;
        if style.tty
            && list
                .iter()
                .any(|b| b.opco.as_ref().is_some_and(|o| o.derived))
        {
            writeln!(
                out,
                "{}",
                crate::i18n::t(style.lang, super::cards::DERIVED_LEGEND)
            )?;
        }
        Ok(())
    }
}

impl Record for BranchCard {
    fn rows(list: &[Self]) -> Rows {
        let branches: Vec<Branch> = list.iter().map(|c| c.branch.clone()).collect();
        branch_rows(&branches)
    }
    fn people(list: &[Self], _one: bool, out: &mut dyn Write, style: &Style) -> Result<()> {
        card(list, out, style, branch_card)
    }
}

impl Record for Opco {
    fn rows(list: &[Self]) -> Rows {
        opco_rows(list)
    }
}

impl Record for OpcoCard {
    fn rows(list: &[Self]) -> Rows {
        let opcos: Vec<Opco> = list.iter().map(|c| c.opco.clone()).collect();
        opco_rows(&opcos)
    }
    fn people(list: &[Self], _one: bool, out: &mut dyn Write, style: &Style) -> Result<()> {
        card(list, out, style, opco_card)
    }
}

impl Record for SearchHit {
    fn rows(list: &[Self]) -> Rows {
        search_rows(list)
    }
}

impl Record for Info {
    fn rows(list: &[Self]) -> Rows {
        list.first().map(info_rows).unwrap_or_default()
    }
    fn people(list: &[Self], _one: bool, out: &mut dyn Write, style: &Style) -> Result<()> {
        card(list, out, style, info_card)
    }
}

impl Record for Coverage {
    fn rows(list: &[Self]) -> Rows {
        list.first().map(coverage_rows).unwrap_or_default()
    }
    fn people(list: &[Self], _one: bool, out: &mut dyn Write, style: &Style) -> Result<()> {
        card(list, out, style, coverage_card)
    }
}

impl Record for Violation {
    fn rows(list: &[Self]) -> Rows {
        violation_rows(list)
    }
    fn people(list: &[Self], _one: bool, out: &mut dyn Write, style: &Style) -> Result<()> {
        if list.is_empty() {
            return verdict(out, "catalogue OK: no rule broken", style);
        }
        let (headers, rows) = violation_rows(list);
        super::table::table(out, &headers, rows, style)
    }
}

impl Record for Paths {
    fn rows(list: &[Self]) -> Rows {
        list.first().map(paths_rows).unwrap_or_default()
    }
    fn people(list: &[Self], _one: bool, out: &mut dyn Write, style: &Style) -> Result<()> {
        card(list, out, style, paths_card)
    }
}

impl Record for NafAnswer {
    fn rows(list: &[Self]) -> Rows {
        list.first().map(naf_rows).unwrap_or_default()
    }
    fn people(list: &[Self], _one: bool, out: &mut dyn Write, style: &Style) -> Result<()> {
        if style.tty {
            card(list, out, style, naf_card)
        } else {
            let (headers, rows) = Self::rows(list);
            super::table::table(out, &headers, rows, style)
        }
    }
    /// One line per branch of the APE.
    fn ndjson(list: &[Self], out: &mut dyn Write) -> Result<()> {
        list.iter()
            .flat_map(|a| &a.branches)
            .try_for_each(|b| json::line(out, b))
    }
}

impl Record for RefreshReport {
    fn rows(list: &[Self]) -> Rows {
        list.first().map(change_rows).unwrap_or_default()
    }
    fn people(list: &[Self], _one: bool, out: &mut dyn Write, style: &Style) -> Result<()> {
        if list.iter().all(|r| r.changes.is_empty()) {
            return verdict(out, "no change", style);
        }
        let (headers, rows) = Self::rows(list);
        super::table::table(out, &headers, rows, style)
    }
    /// One line per change.
    fn ndjson(list: &[Self], out: &mut dyn Write) -> Result<()> {
        list.iter()
            .flat_map(|r| &r.changes)
            .try_for_each(|c| json::line(out, c))
    }
}

impl Record for SiretAnswer {
    fn rows(list: &[Self]) -> Rows {
        siret_rows(list)
    }
    fn people(list: &[Self], one: bool, out: &mut dyn Write, style: &Style) -> Result<()> {
        if one {
            return card(list, out, style, siret_card);
        }
        let (headers, rows) = siret_rows(list);
        super::table::table(out, &headers, rows, style)
    }
}

/// An export prints as the export itself.
impl Serialize for ExportView {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        self.export.serialize(s)
    }
}

impl Record for ExportView {
    /// The table `--table` names.
    fn rows(list: &[Self]) -> Rows {
        let Some(e) = list.first() else {
            return Rows::default();
        };
        match e.table {
            Table::Observatories => observatory_rows(&e.export.observatories),
            Table::Branches => branch_rows(&e.export.branches),
            Table::Opcos => opco_rows(&e.export.opcos),
        }
    }
    /// The web page of the whole export.
    fn html(list: &[Self], out: &mut dyn Write, lang: super::Lang) -> Result<()> {
        list.iter()
            .try_for_each(|e| super::html::write(out, &e.export, lang))
    }
    /// People get the JSON itself (an export is for programs).
    fn people(list: &[Self], _one: bool, out: &mut dyn Write, style: &Style) -> Result<()> {
        list.iter()
            .try_for_each(|e| json::write_json(out, e, style.tty))
    }
    /// Every record on its own line, tagged with its `type`.
    fn ndjson(list: &[Self], out: &mut dyn Write) -> Result<()> {
        #[derive(Serialize)]
        struct Tagged<'a, T> {
            r#type: &'a str,
            #[serde(flatten)]
            record: &'a T,
        }
        for e in list.iter().map(|v| &v.export) {
            for record in &e.opcos {
                json::line(
                    out,
                    &Tagged {
                        r#type: "opco",
                        record,
                    },
                )?;
            }
            for record in &e.branches {
                json::line(
                    out,
                    &Tagged {
                        r#type: "branch",
                        record,
                    },
                )?;
            }
            for record in &e.observatories {
                json::line(
                    out,
                    &Tagged {
                        r#type: "observatory",
                        record,
                    },
                )?;
            }
        }
        Ok(())
    }
}

/// A SQLite file image (`export --format sqlite`): bytes, for the raw writer alone.
pub(super) struct Image<'a>(pub &'a [u8]);

impl Serialize for Image<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_bytes(self.0)
    }
}

impl Record for Image<'_> {
    fn rows(_list: &[Self]) -> Rows {
        Rows::default()
    }
    fn bytes(&self) -> Option<&[u8]> {
        Some(self.0)
    }
}

/// Writes the bytes of records that are files (`--format sqlite`).
pub(super) struct Raw<'a> {
    pub out: &'a mut dyn Write,
}

impl Writer for Raw<'_> {
    fn write<R: Record>(&mut self, list: &[R], _one: bool) -> Result<()> {
        for r in list {
            let bytes = r
                .bytes()
                .ok_or_else(|| super::unsuited(super::Format::Sqlite))?;
            self.out.write_all(bytes)?;
        }
        Ok(())
    }
}
