//! Cards and tables for people, in the chosen language.

use super::rows::{coverage_rows, idcc_list, naf_rows, opco_of};
use super::table::table;
use super::{clean, or_unknown, Style, UNKNOWN};
use crate::error::Result;
use crate::i18n::t;
use crate::model::{
    Agreement, Branch, BranchCard, BranchOpco, BranchRef, Info, JointCommission, NafAnswer,
    Observatory, ObservatoryRef, OpcoCard, Paths, SiretAnswer, Source,
};
use std::fmt::Write as _;
use std::io::Write;

/// Observatories as people read them in a list.
pub(super) fn observatory_table(
    out: &mut dyn Write,
    list: &[Observatory],
    style: &Style,
) -> Result<()> {
    let rows = list
        .iter()
        .map(|o| {
            let name = match &o.facts.acronym {
                Some(a) => format!("{a} — {}", o.facts.name),
                None => o.facts.name.clone(),
            };
            let name = format!("{name}{}", name_marker(o.facts.name_kind.as_deref()));
            vec![
                Some(o.facts.id.clone()),
                Some(name),
                opco_of(o.opco.as_ref()),
                Some(idcc_list(&o.branches)),
                o.facts.website.clone(),
            ]
        })
        .collect();
    table(
        out,
        &["id", "observatory", "opco", "idcc", "website"],
        rows,
        style,
    )?;
    if style.tty {
        let kinds: Vec<Option<&str>> = list.iter().map(|o| o.facts.name_kind.as_deref()).collect();
        name_legend(out, &kinds, style)?;
        if list
            .iter()
            .any(|o| o.opco.as_ref().is_some_and(|x| !x.confirmed))
        {
            writeln!(out, "{}", t(style.lang, UNCONFIRMED_LEGEND))?;
        }
    }
    Ok(())
}

/// What `atlas?` means in the OPCO column.
const UNCONFIRMED_LEGEND: &str =
    "? the covered branch's OPCO; the observatory's own is not confirmed";

/// What `(derived)` means in the OPCO column.
pub(super) const DERIVED_LEGEND: &str =
    "(derived) inferred by a rule (`opmq branch IDCC` shows it)";

/// How a name no source writes as a proper name is marked in tables and cards.
pub(super) fn name_marker(kind: Option<&str>) -> &'static str {
    match kind {
        Some("descriptive") => " *",
        Some("generic") => " °",
        _ => "",
    }
}

/// What the markers mean, in the reader's language.
const DESCRIPTIVE_LEGEND: &str =
    "* label written by opmq: no source gives this observatory a proper name";
const GENERIC_LEGEND: &str = "° generic wording of the sources, not a proper name";

/// One legend line for each marker the listed names carry.
fn name_legend(out: &mut dyn Write, kinds: &[Option<&str>], style: &Style) -> Result<()> {
    for (kind, legend) in [
        ("descriptive", DESCRIPTIVE_LEGEND),
        ("generic", GENERIC_LEGEND),
    ] {
        if kinds.contains(&Some(kind)) {
            writeln!(out, "{}", t(style.lang, legend))?;
        }
    }
    Ok(())
}

/// A one-line verdict in the reader's language ("no change", "catalogue OK…").
pub(super) fn verdict(out: &mut dyn Write, text: &str, style: &Style) -> Result<()> {
    writeln!(out, "{}", t(style.lang, text))?;
    Ok(())
}

/// The APE heading, then its branches.
pub(super) fn naf_card(out: &mut dyn Write, a: &NafAnswer, style: &Style) -> Result<()> {
    let label = a.ape_label.as_deref().unwrap_or("");
    let employees = a
        .employees
        .map(|e| format!(" — {e} {}", t(style.lang, "employees")))
        .unwrap_or_default();
    writeln!(out, "APE {} {}{employees}", a.ape, clean(label))?;
    let (h, rows) = naf_rows(a);
    table(out, &h, rows, style)
}

/// A table: bordered and wrapped on a terminal, tab-separated (one record a line) when piped.
struct Card<'a> {
    out: &'a mut dyn Write,
    style: Style,
}

impl Card<'_> {
    fn title(&mut self, text: &str) -> Result<()> {
        let text = self.glyphs(clean(text));
        if self.style.color {
            writeln!(self.out, "\x1b[1m{text}\x1b[0m")?;
        } else {
            writeln!(self.out, "{text}")?;
        }
        Ok(())
    }

    /// A labelled line; the label is translated, the value only when it is a known word.
    fn field(&mut self, label: &str, value: &str) -> Result<()> {
        let label = format!("{:<15}", t(self.style.lang, label));
        let value = self.glyphs(clean(t(self.style.lang, value)));
        if self.style.color {
            writeln!(self.out, "  \x1b[36m{label}\x1b[0m {value}")?;
        } else {
            writeln!(self.out, "  {label} {value}")?;
        }
        Ok(())
    }

    fn maybe(&mut self, label: &str, value: Option<&String>) -> Result<()> {
        match value {
            Some(v) => self.field(label, v),
            None => Ok(()),
        }
    }

    fn line(&mut self, text: &str) -> Result<()> {
        let text = self.glyphs(clean(text));
        writeln!(self.out, "    {text}")?;
        Ok(())
    }

    /// The card's own punctuation in ASCII when asked (`--ascii`, TERM=dumb).
    fn glyphs(&self, text: String) -> String {
        if !self.style.ascii {
            return text;
        }
        text.replace('—', "-").replace('·', "|").replace('→', "->")
    }

    /// A word or label in the card's language.
    fn t<'b>(&self, en: &'b str) -> &'b str {
        t(self.style.lang, en)
    }

    fn section(&mut self, text: &str) -> Result<()> {
        writeln!(self.out)?;
        self.title(text)
    }

    /// A section headed by its translated title and how many entries it lists.
    fn counted(&mut self, title: &str, n: usize) -> Result<()> {
        let text = format!("{} ({n})", self.t(title));
        self.section(&text)
    }
}

fn branch_label(c: &Card, b: &BranchRef) -> String {
    let title = b.short_title.as_deref().unwrap_or("");
    if b.active {
        format!("{} {title}", b.idcc)
    } else {
        format!("{} {title} ({})", b.idcc, c.t("inactive"))
    }
}

fn sources(card: &mut Card, list: &[Source]) -> Result<()> {
    card.counted("Sources", list.len())?;
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
        let checked = card.t("checked");
        let flag = if s.unverified() {
            format!(
                " — {}",
                card.t("unverified: no stored copy confirms this page")
            )
        } else {
            String::new()
        };
        card.line(&format!("{name} ({what}{checked} {}){flag}", s.checked))?;
    }
    Ok(())
}

/// A channel's value, with a warning when only a text older than 2019 states it.
fn channel(c: &Card, value: String, year: Option<String>) -> String {
    match year {
        Some(y) => format!(
            "{value} ({} {y}, {})",
            c.t("stated by a text of"),
            c.t("possibly outdated")
        ),
        None => value,
    }
}

/// What an article does for the observatory, as the card says it.
fn role_words(role: &str) -> &'static str {
    match role {
        "creates" => "set up by",
        "organises" => "organised by",
        "funds" => "funded by",
        "names" => "named by",
        "delegates" => "delegated by",
        "dissolves" => "dissolved by",
        _ => "cited in",
    }
}

/// `<role> <text>, art. N (date) — <link>`, then the quote.
fn agreement_lines(c: &mut Card, a: &Agreement, prefix: &str) -> Result<()> {
    let article = a
        .article
        .as_deref()
        .map(|n| format!(", art. {n}"))
        .unwrap_or_default();
    c.line(&format!(
        "{prefix}{} {}{article} ({}) — {}",
        c.t(role_words(&a.role)),
        a.text_title,
        a.text_date,
        a.url
    ))?;
    c.line(&format!("  « {} »", a.quote))
}

fn agreements(c: &mut Card, list: &[Agreement]) -> Result<()> {
    if list.is_empty() {
        return Ok(());
    }
    c.counted("Agreements", list.len())?;
    for a in list {
        agreement_lines(c, a, "")?;
    }
    Ok(())
}

pub(super) fn observatory_card(out: &mut dyn Write, o: &Observatory, style: &Style) -> Result<()> {
    let mut c = Card { out, style: *style };
    let kind = o.facts.name_kind.as_deref();
    match &o.facts.acronym {
        Some(a) => c.title(&format!("{a} — {}{}", o.facts.name, name_marker(kind)))?,
        None => c.title(&format!("{}{}", o.facts.name, name_marker(kind)))?,
    }
    match kind {
        Some("descriptive") => c.field("name", DESCRIPTIVE_LEGEND)?,
        Some("generic") => c.field("name", GENERIC_LEGEND)?,
        _ => {}
    }
    c.field("id", &o.facts.id)?;
    if !o.facts.aliases.is_empty() {
        c.field("also known as", &o.facts.aliases.join(" · "))?;
    }
    c.field("status", &or_unknown(o.facts.status.as_ref()))?;
    if o.facts.level.as_deref() == Some("opco") {
        c.field("level", "OPCO-wide observatory")?;
    }
    c.maybe("replaced by", o.facts.replaced_by.as_ref())?;
    let opco = match &o.opco {
        Some(op) if op.confirmed => format!("{} ({})", op.name, op.id),
        Some(op) => format!(
            "{} ({}) — {}",
            op.name,
            op.id,
            c.t("from the branch's 2019 OPCO, not confirmed")
        ),
        None => UNKNOWN.into(),
    };
    c.field("OPCO", &opco)?;
    let f = &o.facts;
    for (label, value) in [
        ("website", f.website.clone()),
        ("email", f.email.clone()),
        ("phone", f.phone.clone()),
        ("address", f.address.line()),
    ] {
        let shown = match value {
            Some(v) => channel(&c, v, f.outdated_since(label)),
            None => UNKNOWN.into(),
        };
        c.field(label, &shown)?;
    }
    c.maybe("scope", o.facts.branches_text.as_ref())?;
    c.maybe("legal basis", o.facts.legal_basis.as_ref())?;
    c.maybe("notes", o.facts.notes.as_ref())?;
    c.counted("Branches covered", o.branches.len())?;
    if o.branches.is_empty() {
        c.line(c.t("none identified by IDCC"))?;
    }
    for b in &o.branches {
        c.line(&branch_label(&c, b))?;
    }
    if let Some(rule) = &o.facts.branches_rule {
        c.line(&format!("({}: {rule})", c.t("IDCC derived")))?;
    }
    agreements(&mut c, &o.facts.agreements)?;
    sources(&mut c, &o.facts.sources)
}

/// A count with its thousands grouped as the reader's language writes them.
fn grouped(n: u64, lang: crate::i18n::Lang) -> String {
    let digits = n.to_string();
    let sep = match lang {
        crate::i18n::Lang::En => ",",
        crate::i18n::Lang::Fr => "\u{202f}",
    };
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(sep);
        }
        out.push(d);
    }
    out
}

fn opco_line(c: &Card, o: Option<&BranchOpco>) -> String {
    match o {
        None => c.t("none known").into(),
        Some(o) if o.establishments.is_some() => {
            format!(
                "{} ({}) — SIRO {}: {} {} ({:.0} %)",
                o.name,
                o.id,
                o.vintage,
                grouped(o.establishments.unwrap_or(0), c.style.lang),
                c.t("establishments"),
                o.share.unwrap_or(0.0),
            ) + &o
                .rule
                .as_deref()
                .map(|r| format!(" ({r})"))
                .unwrap_or_default()
        }
        Some(o) if o.derived => format!(
            "{} ({}) — {}: {}",
            o.name,
            o.id,
            c.t("derived"),
            o.rule.as_deref().unwrap_or(c.t("by rule"))
        ),
        Some(o) => format!(
            "{} ({}) — {} {}",
            o.name,
            o.id,
            c.t("IDCC→OPCO table, vintage"),
            o.vintage
        ),
    }
}

/// Size in SIRO, the other OPCO its establishments declare (under 1 % is noise), and the
/// IDCC → OPCO table's OPCO when it differs from the one in force.
fn opco_history(c: &mut Card, b: &Branch) -> Result<()> {
    let current = b.opco.as_ref().map(|o| o.id.as_str());
    if let Some(n) = b.establishments {
        let total = grouped(n, c.style.lang);
        c.field("establishments", &format!("{total} (SIRO)"))?;
    }
    let others: Vec<String> = b
        .opco_shares
        .iter()
        .filter(|s| Some(s.id.as_str()) != current && s.share >= 1.0)
        .map(|s| format!("{} {:.0} %", s.id, s.share))
        .collect();
    let noise = b
        .opco_shares
        .iter()
        .filter(|s| Some(s.id.as_str()) != current && s.share < 1.0)
        .count();
    if !others.is_empty() || noise > 0 {
        let mut line = others.join(" · ");
        if noise > 0 {
            if !line.is_empty() {
                line.push_str(" · ");
            }
            let _ = write!(line, "{noise} {}", c.t("other(s) under 1 % (noise)"));
        }
        c.field("also declared", &line)?;
    }
    if let Some(t) = &b.opco_table {
        if Some(t.id.as_str()) != current {
            let year = t.vintage.get(..4).unwrap_or(&t.vintage);
            let label = format!("{} {year}", c.t("OPCO in"));
            c.field(
                &label,
                &format!("{} ({}) — {}", t.name, t.id, c.t("IDCC→OPCO table")),
            )?;
        }
    }
    Ok(())
}

fn contacts_of(c: &mut Card, list: &[ObservatoryRef]) -> Result<()> {
    if list.is_empty() {
        return c.line(c.t("none known in the catalogue"));
    }
    for o in list {
        let name = match &o.acronym {
            Some(a) => format!("{a} — {}", o.name),
            None => o.name.clone(),
        };
        let marker = name_marker(o.name_kind.as_deref());
        c.line(&format!("{name}{marker} [{}]", o.id))?;
        let unknown = |v: Option<&String>| c.t(&or_unknown(v)).to_owned();
        let line = format!(
            "  {} {} · {} {} · {} {}",
            c.t("website"),
            unknown(o.website.as_ref()),
            c.t("email"),
            unknown(o.email.as_ref()),
            c.t("phone"),
            unknown(o.phone.as_ref())
        );
        c.line(&line)?;
    }
    for (kind, legend) in [
        ("descriptive", DESCRIPTIVE_LEGEND),
        ("generic", GENERIC_LEGEND),
    ] {
        if list.iter().any(|o| o.name_kind.as_deref() == Some(kind)) {
            c.line(c.t(legend))?;
        }
    }
    Ok(())
}

/// The branch's joint commissions: its social partners' contact, never an observatory's.
fn joint_commissions(c: &mut Card, list: &[JointCommission]) -> Result<()> {
    if list.is_empty() {
        return Ok(());
    }
    c.counted("Joint commissions", list.len())?;
    c.line(c.t("the branch's social partners, not an observatory"))?;
    for j in list {
        c.line(&j.role)?;
        let year = (j.text_date.as_str() < opmq_catalogue::record::OUTDATED_BEFORE)
            .then(|| j.text_date.chars().take(4).collect::<String>());
        let channels = [
            ("email", j.email.clone()),
            ("phone", j.phone.clone()),
            ("address", j.address.line()),
        ];
        for (label, value) in channels {
            if let Some(v) = value {
                let v = channel(c, v, year.clone());
                c.line(&format!("  {} {v}", c.t(label)))?;
            }
        }
        let article = j
            .article
            .as_deref()
            .map(|n| format!(", art. {n}"))
            .unwrap_or_default();
        c.line(&format!(
            "  {} {}{article} ({}) — {}",
            c.t("stated by"),
            j.text_title,
            j.text_date,
            j.url
        ))?;
    }
    Ok(())
}

pub(super) fn branch_card(out: &mut dyn Write, card: &BranchCard, style: &Style) -> Result<()> {
    let b = &card.branch;
    let mut c = Card { out, style: *style };
    c.title(&format!(
        "IDCC {} — {}",
        b.idcc,
        b.short_title.as_deref().unwrap_or(&b.title)
    ))?;
    c.field("title", &b.title)?;
    let status = match (&b.active, &b.successor) {
        (true, _) => c.t("active").to_owned(),
        (false, Some(s)) => format!("{} {s}", c.t("inactive, replaced by")),
        (false, None) => c.t("inactive").to_owned(),
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
    if let Some(id) = &b.kali_id {
        // Légifrance ids only: the package's file ids (`…-NNNN`) are not pages.
        let link = if id.starts_with("KALICONT") && !id.contains('-') {
            format!("{id} — https://www.legifrance.gouv.fr/conv_coll/id/{id}")
        } else {
            id.clone()
        };
        c.field("Légifrance", &link)?;
    }
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
            &format!("{} IDCC : {}", list.len(), list.join(" ")),
        )?;
    }
    c.field("OPCO", &opco_line(&c, b.opco.as_ref()))?;
    opco_history(&mut c, b)?;
    c.counted("Observatories", b.observatories.len())?;
    contacts_of(&mut c, &b.observatories)?;
    if !card.agreements.is_empty() {
        c.counted("Agreements", card.agreements.len())?;
        for a in &card.agreements {
            agreement_lines(&mut c, &a.agreement, &format!("[{}] ", a.observatory))?;
        }
    }
    joint_commissions(&mut c, &card.joint_commissions)?;
    if let Some(now) = &card.current {
        let title = now.short_title.as_deref().unwrap_or(&now.title);
        c.section(&format!(
            "{} {} — {title}",
            c.t("Now covered as IDCC"),
            now.idcc
        ))?;
        c.field("status", if now.active { "active" } else { "inactive" })?;
        c.field("OPCO", &opco_line(&c, now.opco.as_ref()))?;
        contacts_of(&mut c, &now.observatories)?;
    }
    sources(&mut c, &b.sources)
}

pub(super) fn opco_card(out: &mut dyn Write, card: &OpcoCard, style: &Style) -> Result<()> {
    let o = &card.opco;
    let mut c = Card { out, style: *style };
    c.title(&format!("{} — {}", o.facts.name, o.facts.full_name))?;
    c.field("id", &o.facts.id)?;
    if !o.facts.aliases.is_empty() {
        c.field("also written", &o.facts.aliases.join(" · "))?;
    }
    c.field("website", &or_unknown(o.facts.website.as_ref()))?;
    c.maybe("contact page", o.facts.contact_page.as_ref())?;
    c.field("phone", &or_unknown(o.facts.phone.as_ref()))?;
    c.field("address", &or_unknown(o.facts.address.as_ref()))?;
    c.maybe("SIREN", o.facts.siren.as_ref())?;
    c.maybe("FC code", o.facts.france_competences_code.as_ref())?;
    c.maybe("agréé from", o.facts.agrement_effective.as_ref())?;
    c.counted("Observatories", card.observatories.len())?;
    contacts_of(&mut c, &card.observatories)?;
    c.counted("Active branches", card.branches.len())?;
    for b in &card.branches {
        let label = branch_label(&c, b);
        c.line(&label)?;
    }
    sources(&mut c, &o.facts.sources)
}

pub(super) fn info_card(out: &mut dyn Write, i: &Info, style: &Style) -> Result<()> {
    let mut c = Card { out, style: *style };
    c.title(&format!("opmq {}", i.version))?;
    c.field("catalogue", &i.catalogue)?;
    c.field("schema", &i.schema_version.to_string())?;
    c.field("data date", &i.data_date)?;
    c.field("observatories", &i.counts.observatories.to_string())?;
    let b = format!(
        "{} ({} {})",
        i.counts.branches,
        i.counts.active_branches,
        c.t("in force")
    );
    c.field("IDCC", &b)?;
    c.field("OPCO", &i.counts.opcos.to_string())?;
    c.field("IDCC→OPCO", &i.counts.branch_opco_links.to_string())?;
    if i.counts.naf_rows > 0 {
        c.field("APE→IDCC", &i.counts.naf_rows.to_string())?;
    }
    if i.counts.siret_rows > 0 {
        c.field("SIRET", &grouped(i.counts.siret_rows, c.style.lang))?;
    }
    c.section(c.t("Datasets"))?;
    for d in &i.datasets {
        let checked = c.t("checked");
        c.line(&format!(
            "{} — {} ({checked} {})",
            d.key, d.title, d.checked
        ))?;
        c.line(&format!("  {}", d.url))?;
    }
    Ok(())
}

pub(super) fn coverage_card(
    out: &mut dyn Write,
    cov: &crate::model::Coverage,
    style: &Style,
) -> Result<()> {
    let pct = |n: u64, of: u64| {
        if of == 0 {
            0.0
        } else {
            n as f64 * 100.0 / of as f64
        }
    };
    let of = t(style.lang, "of");
    let share = |n: u64, of_n: u64| format!("{n} {of} {of_n} ({:.0} %)", pct(n, of_n));
    let mut c = Card { out, style: *style };
    c.title(c.t("Coverage"))?;
    let n = cov.observatories;
    c.field("observatories", &n.to_string())?;
    c.field("with website", &share(cov.with_website, n))?;
    c.field("with email", &share(cov.with_email, n))?;
    c.field("with phone", &share(cov.with_phone, n))?;
    c.field("with address", &share(cov.with_address, n))?;
    c.field("any contact", &share(cov.with_any_contact, n))?;
    c.field("reachable", &share(cov.reachable, n))?;
    c.field("with agreement", &share(cov.with_agreement, n))?;
    let a = cov.active_idcc;
    c.field("active IDCC", &a.to_string())?;
    c.field("  OPCO sourced", &share(cov.active_idcc_opco_sourced, a))?;
    c.field("  OPCO derived", &share(cov.active_idcc_opco_derived, a))?;
    c.field("  no OPCO", &share(cov.active_idcc_without_opco, a))?;
    let nat = cov.active_national_idcc;
    let in_force = c.t("in force");
    c.field("national IDCC", &format!("{nat} {in_force}"))?;
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

pub(super) fn paths_card(out: &mut dyn Write, p: &Paths, style: &Style) -> Result<()> {
    let mut c = Card { out, style: *style };
    let state = |path: &Option<String>, exists: bool| match path {
        None => c.t("none (no home directory)").to_owned(),
        Some(p) if exists => p.clone(),
        Some(p) => format!("{p} ({})", c.t("not there")),
    };
    let config = state(&p.config_file, p.config_file_exists);
    let user = state(&p.user_catalogue, p.user_catalogue_exists);
    c.title(c.t("Paths"))?;
    c.field("config file", &config)?;
    c.field("your catalogue", &user)?;
    if let Some(o) = &p.catalogue_override {
        c.field("OPMQ_CATALOGUE", o)?;
    }
    Ok(())
}

/// One establishment: its convention, OPCO and observatories, with how to reach them.
pub(super) fn siret_card(out: &mut dyn Write, a: &SiretAnswer, style: &Style) -> Result<()> {
    let mut c = Card { out, style: *style };
    c.title(&format!("SIRET {}", a.siret))?;
    let idcc = match (&a.idcc, &a.branch) {
        (Some(i), Some(b)) => branch_label(&c, b).replace(&b.idcc, &format!("IDCC {i}")),
        (Some(i), None) => format!("IDCC {i} ({})", c.t("not a convention of the catalogue")),
        (None, _) => c.t("none declared").to_owned(),
    };
    c.field("convention", &idcc)?;
    let opco = |o: &Option<crate::model::OpcoName>| {
        o.as_ref().map_or_else(
            || c.t("none declared").to_owned(),
            |o| format!("{} ({})", o.name, o.id),
        )
    };
    let (owner, manager) = (opco(&a.opco), opco(&a.opco_gestion));
    c.field("OPCO", &owner)?;
    if a.opco_gestion.is_some() {
        c.field("managed by", &manager)?;
    }
    c.counted("Observatories", a.observatories.len())?;
    contacts_of(&mut c, &a.observatories)
}
