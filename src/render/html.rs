//! `opmq export --format html`: one self-contained web page — every observatory, OPCO and
//! branch of the export, A–Z with a table of contents, readable without JavaScript, with a
//! filter box (IDCC, words, OPCO) kept in the URL (`#q=…`). Written with maud, which escapes
//! every value; catalogue text also passes through [`clean`] (no raw control character).
//! The page loads nothing: its style and script are inline (`html/page.css`,
//! `html/page.js`), its search data is JSON in a `<script type="application/json">` with `<`
//! written `\u003c`, and its Content-Security-Policy forbids any fetch.

use super::{clean, Writer};
use crate::error::Result;
use crate::i18n::{t, Lang};
use crate::model::{Branch, Export, Observatory, Opco};
use maud::{html, Markup, PreEscaped, DOCTYPE};
use opmq_catalogue::fold::fold;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use std::io::Write;

pub(super) struct Html<'a> {
    pub out: &'a mut dyn Write,
    pub lang: Lang,
}

impl Writer for Html<'_> {
    fn write<R: super::Record>(&mut self, list: &[R], _one: bool) -> Result<()> {
        R::html(list, self.out, self.lang)
    }
}

const CSS: &str = include_str!("html/page.css");
const JS: &str = include_str!("html/page.js");
/// No request of any kind: inline style and script only, no image but `data:`.
const CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; \
                   img-src data:; form-action 'none'; base-uri 'none'";

/// Writes the page of `export`.
pub(super) fn write(out: &mut dyn Write, export: &Export, lang: Lang) -> Result<()> {
    out.write_all(page(export, lang).into_string().as_bytes())?;
    out.write_all(b"\n")?;
    Ok(())
}

/// Catalogue text for the page: no raw control characters or bidirectional overrides.
fn c(text: &str) -> String {
    clean(text)
}

/// A link target from the catalogue, only when it is a web address (never `javascript:`).
fn web(url: &str) -> Option<&str> {
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")).then_some(url)
}

/// `tel:` target: digits and a leading `+` only.
fn tel(phone: &str) -> String {
    phone
        .chars()
        .filter(|ch| ch.is_ascii_digit() || *ch == '+')
        .collect()
}

/// The letter an entry is filed under: A–Z, or `#` for anything else.
fn letter(name: &str) -> char {
    fold(name)
        .chars()
        .next()
        .filter(char::is_ascii_alphabetic)
        .map_or('#', |ch| ch.to_ascii_uppercase())
}

/// The fragment id of a letter group (`obs-l-a`, `idcc-l-a`, `…-l-0` for `#`).
fn group_id(prefix: &str, l: char) -> String {
    let l = if l == '#' {
        '0'
    } else {
        l.to_ascii_lowercase()
    };
    format!("{prefix}-l-{l}")
}

fn branch_name(b: &Branch) -> &str {
    b.short_title.as_deref().unwrap_or(&b.title)
}

/// Unique folded words of `parts`, in order: what the filter matches words against.
fn key<'a>(parts: impl IntoIterator<Item = &'a str>) -> String {
    let mut seen = std::collections::HashSet::new();
    let mut words = Vec::new();
    for part in parts {
        for w in fold(part).split(' ').filter(|w| !w.is_empty()) {
            if seen.insert(w.to_owned()) {
                words.push(w.to_owned());
            }
        }
    }
    words.join(" ")
}

/// One filter entry: the element's id, the IDCC it answers to, its folded words.
#[derive(Serialize)]
struct Entry(String, Vec<String>, String);

struct Page<'a> {
    e: &'a Export,
    lang: Lang,
    opcos: HashMap<&'a str, &'a Opco>,
    branches: HashMap<&'a str, &'a Branch>,
    datasets: HashMap<&'a str, &'a str>,
}

impl<'a> Page<'a> {
    fn t(&self, en: &'static str) -> &'static str {
        t(self.lang, en)
    }

    fn opco_name(&self, id: &str) -> String {
        self.opcos
            .get(id)
            .map_or_else(|| c(id), |o| c(&o.facts.name))
    }

    /// This IDCC's successors in turn (`1375 → 3209 → 3248`), stopping at a loop.
    fn successors(&self, b: &'a Branch) -> Vec<&'a str> {
        let mut chain: Vec<&str> = Vec::new();
        let mut next = b.successor.as_deref();
        while let Some(idcc) = next {
            if idcc == b.idcc || chain.contains(&idcc) {
                break;
            }
            chain.push(idcc);
            next = self.branches.get(idcc).and_then(|s| s.successor.as_deref());
        }
        chain
    }

    fn entries(&self, observatories: &[&Observatory], branches: &[&Branch]) -> Vec<Entry> {
        let mut entries = Vec::new();
        for o in observatories {
            let f = &o.facts;
            let opco = o.opco.as_ref();
            let opco_words = opco.and_then(|x| self.opcos.get(x.id.as_str()));
            let parts = [f.name.as_str(), &f.id]
                .into_iter()
                .chain(f.acronym.as_deref())
                .chain(f.aliases.iter().map(String::as_str))
                .chain(f.branches_text.as_deref())
                .chain(opco.map(|x| x.id.as_str()))
                .chain(opco_words.iter().flat_map(|x| opco_parts(x)));
            let idcc = o.branches.iter().map(|b| b.idcc.clone()).collect();
            entries.push(Entry(format!("obs-{}", f.id), idcc, key(parts)));
        }
        for o in &self.e.opcos {
            let idcc = self
                .e
                .branches
                .iter()
                .filter(|b| b.opco.as_ref().is_some_and(|x| x.id == o.facts.id))
                .map(|b| b.idcc.clone())
                .collect();
            let parts = opco_parts(o);
            entries.push(Entry(format!("opco-{}", o.facts.id), idcc, key(parts)));
        }
        for b in branches {
            let opco = b.opco.as_ref();
            let parts = [b.title.as_str()]
                .into_iter()
                .chain(b.short_title.as_deref())
                .chain(opco.map(|x| x.id.as_str()))
                .chain(
                    opco.and_then(|x| self.opcos.get(x.id.as_str()))
                        .map(|x| x.facts.name.as_str()),
                )
                .chain(
                    b.observatories
                        .iter()
                        .flat_map(|o| std::iter::once(o.id.as_str()).chain(o.acronym.as_deref())),
                );
            entries.push(Entry(
                format!("idcc-{}", b.idcc),
                vec![b.idcc.clone()],
                key(parts),
            ));
        }
        entries
    }

    fn observatory(&self, o: &Observatory) -> Markup {
        let f = &o.facts;
        let status = f.status.as_deref().map(|s| match s {
            "active" => self.t("active"),
            "merged" => self.t("merged"),
            "dissolved" => self.t("dissolved"),
            _ => "",
        });
        html! {
            article.o id={ "obs-" (f.id) } {
                h4 {
                    (c(&f.name))
                    @if let Some(a) = &f.acronym { " " span.acr { "(" (c(a)) ")" } }
                }
                dl {
                    @if let Some(opco) = &o.opco {
                        dt { "OPCO" }
                        dd {
                            a href={ "#opco-" (opco.id) } { (c(&opco.name)) }
                            @if !opco.confirmed {
                                " " small { "(" (self.t("from the branch's 2019 OPCO, not confirmed")) ")" }
                            }
                        }
                    }
                    @if let Some(s) = status.filter(|s| !s.is_empty()) {
                        dt { (self.t("status")) }
                        dd {
                            (s)
                            @if let Some(r) = &f.replaced_by {
                                ", " (self.t("replaced by")) " " a href={ "#obs-" (r) } { (c(r)) }
                            }
                        }
                    }
                    @if f.level.as_deref() == Some("opco") {
                        dt { (self.t("level")) } dd { (self.t("OPCO-wide observatory")) }
                    }
                    @if matches!(f.name_kind.as_deref(), Some("generic" | "descriptive")) {
                        dt { (self.t("name")) }
                        dd { (self.t(if f.name_kind.as_deref() == Some("generic") {
                            "a generic wording from its sources"
                        } else {
                            "a description written by opmq (no source names it)"
                        })) }
                    }
                    @if !f.aliases.is_empty() {
                        dt { (self.t("also known as")) }
                        dd { (f.aliases.iter().map(|a| c(a)).collect::<Vec<_>>().join(" ; ")) }
                    }
                    dt { (self.t("website")) }
                    dd {
                        @match f.website.as_deref() {
                            Some(u) => @match web(u) {
                                Some(href) => a.u href=(href) { (c(u)) },
                                None => (c(u)),
                            },
                            None => span.unk { (self.t("unknown")) },
                        }
                    }
                    @if let Some(m) = &f.email {
                        dt { (self.t("email")) }
                        dd { a href={ "mailto:" (m) } { (c(m)) } }
                    }
                    @if let Some(p) = &f.phone {
                        dt { (self.t("phone")) }
                        dd { a href={ "tel:" (tel(p)) } { (c(p)) } }
                    }
                    @if let Some(a) = f.address.line() {
                        dt { (self.t("address")) } dd { (c(&a)) }
                    }
                    @if let Some(text) = &f.branches_text {
                        dt { (self.t("scope")) } dd { (c(text)) }
                    }
                }
                @if o.branches.is_empty() {
                    p { (self.t("Branches covered")) " : " span.unk { (self.t("none identified by IDCC")) } }
                } @else {
                    details open {
                        summary { (self.t("Branches covered")) " (" (o.branches.len()) ")" }
                        ul.bl {
                            @for b in &o.branches {
                                li {
                                    a href={ "#idcc-" (b.idcc) } { "IDCC " (b.idcc) }
                                    @if let Some(s) = &b.short_title { " " (c(s)) }
                                    @if !b.active { " " small { "(" (self.t("inactive")) ")" } }
                                }
                            }
                        }
                        @if let Some(rule) = &f.branches_rule {
                            p.note { (self.t("IDCC derived")) " " (self.t("by rule")) " : " (c(rule)) }
                        }
                    }
                }
                @if !f.agreements.is_empty() {
                    h5 { (self.t("Agreements")) }
                    ul.ag {
                        @for a in &f.agreements {
                            li {
                                @match web(&a.url) {
                                    Some(href) => a href=(href) { (c(&a.text_title)) },
                                    None => (c(&a.text_title)),
                                }
                                " (" (c(&a.text_date)) ")"
                                @if let Some(n) = &a.article { ", " (self.t("art.")) " " (c(n)) }
                                " — " (self.t(role(&a.role)))
                                @if !a.quote.is_empty() { " : " q { (c(&a.quote)) } }
                                " " small { (self.t("checked")) " " (c(&a.checked)) }
                            }
                        }
                    }
                }
                @if !f.sources.is_empty() {
                    h5 { (self.t("Sources")) }
                    ul.src {
                        @for s in &f.sources {
                            li {
                                @let label = s.dataset.as_deref().and_then(|k| self.datasets.get(k).copied()).map_or_else(|| host(&s.url), c);
                                @match web(&s.url) {
                                    Some(href) => a href=(href) { (label) },
                                    None => (label),
                                }
                                @if !s.supports.is_empty() { " — " (s.supports.iter().map(|x| c(x)).collect::<Vec<_>>().join(", ")) }
                                " " small { (self.t("checked")) " " (c(&s.checked)) }
                            }
                        }
                    }
                }
            }
        }
    }

    fn opco(&self, o: &Opco, observatories: &[&Observatory]) -> Markup {
        let f = &o.facts;
        let mine: Vec<&&Observatory> = observatories
            .iter()
            .filter(|x| x.opco.as_ref().is_some_and(|p| p.id == f.id))
            .collect();
        html! {
            article.p id={ "opco-" (f.id) } {
                h3 { (c(&f.name)) }
                @if f.full_name != f.name { p { (c(&f.full_name)) } }
                dl {
                    dt { (self.t("website")) }
                    dd {
                        @match f.website.as_deref().and_then(web) {
                            Some(u) => a.u href=(u) { (c(u)) },
                            None => span.unk { (self.t("unknown")) },
                        }
                    }
                    @if let Some(a) = &f.address { dt { (self.t("address")) } dd { (c(a)) } }
                    @if let Some(p) = &f.phone { dt { (self.t("phone")) } dd { a href={ "tel:" (tel(p)) } { (c(p)) } } }
                    @if let Some(d) = &f.agrement_effective { dt { (self.t("agréé from")) } dd { (c(d)) } }
                    dt { (self.t("Active branches")) } dd { (o.active_branches) }
                    dt { (self.t("Observatories")) }
                    dd {
                        @if mine.is_empty() { span.unk { (self.t("none known in the catalogue")) } }
                        @for (i, x) in mine.iter().enumerate() {
                            @if i > 0 { ", " }
                            a href={ "#obs-" (x.facts.id) } { (c(x.facts.acronym.as_deref().unwrap_or(&x.facts.name))) }
                        }
                    }
                }
            }
        }
    }

    fn branch(&self, b: &Branch) -> Markup {
        let chain = self.successors(b);
        html! {
            article.b id={ "idcc-" (b.idcc) } {
                h4 { span.id { "IDCC " (b.idcc) } " " (c(branch_name(b))) }
                @if b.short_title.is_some() { p.t { (c(&b.title)) } }
                p {
                    @if b.active {
                        (self.t("in force"))
                    } @else if chain.is_empty() {
                        (self.t("inactive"))
                    } @else {
                        (self.t("inactive, replaced by")) " "
                        @for (i, s) in chain.iter().enumerate() {
                            @if i > 0 { " → " }
                            a href={ "#idcc-" (s) } { (s) }
                        }
                    }
                    @if let Some(scope) = &b.scope { " · " (c(scope)) }
                    @if let Some(o) = &b.opco {
                        " · OPCO " a href={ "#opco-" (o.id) } { (self.opco_name(&o.id)) }
                        " (" (self.t("IDCC→OPCO table, vintage")) " " (c(&o.vintage))
                        @if o.derived { ", " (self.t("derived")) }
                        ")"
                    }
                    @if !b.observatories.is_empty() {
                        " · " (self.t("observatory")) " : "
                        @for (i, o) in b.observatories.iter().enumerate() {
                            @if i > 0 { ", " }
                            a href={ "#obs-" (o.id) } { (c(o.acronym.as_deref().unwrap_or(&o.name))) }
                        }
                    } @else if b.active {
                        " · " (self.t("observatory")) " : " span.unk { (self.t("none known")) }
                    }
                }
            }
        }
    }

    /// A table of contents line: one link per letter that has entries.
    fn letters(prefix: &str, letters: &[char]) -> Markup {
        html! {
            ul.az {
                @for l in letters {
                    li { a href={ "#" (group_id(prefix, *l)) } { (l) } }
                }
            }
        }
    }
}

fn opco_parts(o: &Opco) -> Vec<&str> {
    [o.facts.id.as_str(), &o.facts.name, &o.facts.full_name]
        .into_iter()
        .chain(o.facts.aliases.iter().map(String::as_str))
        .collect()
}

/// The host of a URL, as a short link text.
fn host(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    c(rest.split('/').next().unwrap_or(rest))
}

fn role(role: &str) -> &'static str {
    match role {
        "creates" => "creates it",
        "organises" => "organises it",
        "funds" => "funds it",
        "names" => "names it",
        "delegates" => "delegates it",
        "dissolves" => "dissolves it",
        _ => "",
    }
}

/// Entries grouped by letter, in folded alphabetical order.
fn by_letter<'a, T>(items: &[&'a T], name: impl Fn(&T) -> &str) -> BTreeMap<char, Vec<&'a T>> {
    let mut groups: BTreeMap<char, Vec<&T>> = BTreeMap::new();
    for item in items {
        groups.entry(letter(name(item))).or_default().push(item);
    }
    groups
}

/// The search data as JSON safe inside `<script>`: no `<`, `>` or `&` raw (strings only can
/// hold them, where `\u003c` means the same), nor U+2028/U+2029.
fn script_json<T: Serialize>(value: &T) -> Result<String> {
    let json = serde_json::to_string(value)?;
    Ok(json
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029"))
}

fn page(e: &Export, lang: Lang) -> Markup {
    let p = Page {
        e,
        lang,
        opcos: e.opcos.iter().map(|o| (o.facts.id.as_str(), o)).collect(),
        branches: e.branches.iter().map(|b| (b.idcc.as_str(), b)).collect(),
        datasets: e
            .datasets
            .iter()
            .map(|d| (d.key.as_str(), d.title.as_str()))
            .collect(),
    };
    let mut observatories: Vec<&Observatory> = e.observatories.iter().collect();
    observatories.sort_by_cached_key(|o| (fold(&o.facts.name), o.facts.id.clone()));
    let mut branches: Vec<&Branch> = e.branches.iter().collect();
    branches.sort_by_cached_key(|b| (fold(branch_name(b)), b.idcc.clone()));
    let obs_groups = by_letter(&observatories, |o| &o.facts.name);
    let branch_groups = by_letter(&branches, branch_name);
    let obs_letters: Vec<char> = obs_groups.keys().copied().collect();
    let branch_letters: Vec<char> = branch_groups.keys().copied().collect();
    let data = serde_json::json!({ "e": p.entries(&observatories, &branches) });
    let data = script_json(&data).unwrap_or_else(|_| "{\"e\":[]}".into());
    let words = serde_json::json!({
        "none": p.t("No entry matches this filter."),
        "obs": p.t("observatories"),
        "branches": p.t("branches"),
        "shown": p.t("Shown:"),
    });
    let words = script_json(&words).unwrap_or_else(|_| "{}".into());
    let title = p.t("Branch observatories (OPMQ): IDCC, OPCO, observatory");
    let active = e.branches.iter().filter(|b| b.active).count();
    html! {
        (DOCTYPE)
        html lang=(if lang == Lang::Fr { "fr" } else { "en" }) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta http-equiv="Content-Security-Policy" content=(CSP);
                meta name="generator" content={ "opmq " (env!("CARGO_PKG_VERSION")) };
                title { (title) }
                link rel="icon" href="data:,";
                style { (PreEscaped(CSS)) }
            }
            body {
                a.skip href="#main" { (p.t("Skip to the list")) }
                header {
                    h1 { (title) }
                    p.lead {
                        (p.t("Which convention (IDCC), which OPCO, which observatory, and how to reach it:"))
                        " " (e.observatories.len()) " " (p.t("observatories")) ", "
                        (e.opcos.len()) " OPCO, " (e.branches.len()) " " (p.t("conventions")) " ("
                        (active) " " (p.t("in force")) "). "
                        (p.t("Every fact cites its source; what no source gave is marked unknown."))
                    }
                    form #filter role="search" hidden onsubmit="return false" {
                        label for="q" { (p.t("Filter: IDCC, words or OPCO")) }
                        input #q type="search" autocomplete="off" spellcheck="false"
                            aria-describedby="q-help" placeholder=(p.t("e.g. 1486, métallurgie, atlas"));
                        p #q-help { (p.t("Accents and capitals do not matter. The filter is kept in the page address, to share the link.")) }
                        p #count role="status" aria-live="polite" {}
                    }
                    noscript { p { (p.t("The filter needs JavaScript; everything is listed below, A to Z.")) } }
                }
                nav aria-labelledby="toc-title" {
                    h2 #toc-title { (p.t("Contents")) }
                    ul.toc {
                        li { a href="#observatories" { (p.t("Observatories")) } (Page::letters("obs", &obs_letters)) }
                        li {
                            a href="#opcos" { "OPCO" }
                            ul.az {
                                @for o in &e.opcos { li { a href={ "#opco-" (o.facts.id) } { (c(&o.facts.name)) } } }
                            }
                        }
                        li { a href="#branches" { (p.t("Branches (IDCC)")) } (Page::letters("idcc", &branch_letters)) }
                    }
                }
                main #main tabindex="-1" {
                    section #observatories aria-labelledby="h-obs" {
                        h2 #h-obs { (p.t("Observatories")) }
                        @for (l, list) in &obs_groups {
                            div.g id=(group_id("obs", *l)) {
                                h3 { (l) }
                                @for o in list { (p.observatory(o)) }
                            }
                        }
                    }
                    section #opcos aria-labelledby="h-opco" {
                        h2 #h-opco { "OPCO" }
                        div.g { @for o in &e.opcos { (p.opco(o, &observatories)) } }
                    }
                    section #branches aria-labelledby="h-br" {
                        h2 #h-br { (p.t("Branches (IDCC)")) }
                        @for (l, list) in &branch_groups {
                            div.g id=(group_id("idcc", *l)) {
                                h3 { (l) }
                                @for b in list { (p.branch(b)) }
                            }
                        }
                    }
                }
                footer {
                    p {
                        (p.t("data date")) " " strong { (c(&e.data_date)) } " · "
                        (p.t("catalogue")) " opmq " (env!("CARGO_PKG_VERSION")) ", "
                        (p.t("schema")) " " (e.schema_version)
                    }
                    @if !e.datasets.is_empty() {
                        h2 { (p.t("Datasets")) }
                        ul.src {
                            @for d in &e.datasets {
                                li {
                                    @match web(d.page.as_deref().unwrap_or(&d.url)) {
                                        Some(href) => a href=(href) { (c(&d.title)) },
                                        None => (c(&d.title)),
                                    }
                                    " (" (c(&d.published)) ") " small { (p.t("checked")) " " (c(&d.checked)) }
                                }
                            }
                        }
                    }
                }
                script #opmq-data type="application/json" { (PreEscaped(data)) }
                script #opmq-words type="application/json" { (PreEscaped(words)) }
                script { (PreEscaped(JS)) }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_in_a_script_cannot_close_it() {
        let s = script_json(&serde_json::json!({"a": "</script><b>&\u{2028}"})).unwrap();
        assert!(!s.contains('<') && !s.contains('>') && !s.contains('&'));
        let back: serde_json::Value = serde_json::from_str(&s).unwrap();
        assert_eq!(back["a"], "</script><b>&\u{2028}");
    }

    #[test]
    fn only_web_links_are_links() {
        assert_eq!(web("https://a.fr"), Some("https://a.fr"));
        assert_eq!(web("HTTP://a.fr"), Some("HTTP://a.fr"));
        assert_eq!(web("javascript:alert(1)"), None);
        assert_eq!(tel("01 23 45 67 89"), "0123456789");
        assert_eq!(letter("Économie"), 'E');
        assert_eq!(letter("2i"), '#');
    }
}
