//! The rules every catalogue obeys: `opmq check` lists each violation with its record.

use crate::model::{
    Agreement, Branch, Export, JointCommission, Observatory, Opco, Source, Violation, OPCO_IDS,
};
use opmq_catalogue::record::{AGREEMENT_ROLES, NAME_KINDS};
use std::collections::{HashMap, HashSet};

struct Rules {
    found: Vec<Violation>,
}

impl Rules {
    fn fail(&mut self, record: &str, problem: impl Into<String>) {
        self.found.push(Violation {
            record: record.to_owned(),
            problem: problem.into(),
        });
    }

    /// Text fields: no empty strings (unknown is null), no local paths, no raw control
    /// characters.
    fn text(&mut self, record: &str, field: &str, value: Option<&str>) {
        let Some(v) = value else { return };
        if v.trim().is_empty() {
            self.fail(
                record,
                format!("{field} is an empty string (unknown must be null)"),
            );
        }
        let lower = v.to_ascii_lowercase();
        if lower.contains("file:/") || lower.contains("/work/") || lower.contains("/tmp/") {
            self.fail(record, format!("{field} holds a local file path: {v}"));
        }
        if v.chars().any(|c| c.is_control() && c != '\n') {
            self.fail(record, format!("{field} holds a control character"));
        }
    }

    fn url(&mut self, record: &str, field: &str, value: Option<&str>) {
        self.text(record, field, value);
        if let Some(v) = value {
            if !url_ok(v) {
                self.fail(record, format!("{field} is not an http(s) URL: {v}"));
            }
        }
    }

    fn idcc(&mut self, record: &str, idcc: &str, known: &HashSet<&str>) {
        if !idcc_ok(idcc) {
            self.fail(record, format!("IDCC {idcc:?} is not 4 digits"));
        } else if !known.contains(idcc) {
            self.fail(record, format!("IDCC {idcc} is not in the DARES list"));
        }
    }

    fn sources(&mut self, record: &str, sources: &[Source]) {
        for s in sources {
            self.url(record, "source url", Some(&s.url));
            if !date_ok(&s.checked) {
                self.fail(
                    record,
                    format!("source {} has no valid checked date", s.url),
                );
            }
        }
    }
}

pub fn url_ok(v: &str) -> bool {
    let rest = v
        .strip_prefix("https://")
        .or_else(|| v.strip_prefix("http://"));
    rest.is_some_and(|r| {
        let host = r.split(['/', '?', '#']).next().unwrap_or("");
        host.contains('.') && !host.starts_with('.') && !v.chars().any(char::is_whitespace)
    })
}

pub fn email_ok(v: &str) -> bool {
    let mut parts = v.split('@');
    match (parts.next(), parts.next(), parts.next()) {
        (Some(local), Some(domain), None) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !v.chars().any(|c| c.is_whitespace() || c == ',' || c == ';')
        }
        _ => false,
    }
}

/// French numbers written `+33 1 23 45 67 89`.
pub fn phone_ok(v: &str) -> bool {
    let Some(rest) = v.strip_prefix("+33 ") else {
        return false;
    };
    let groups: Vec<&str> = rest.split(' ').collect();
    groups.len() == 5
        && groups[0].len() == 1
        && groups[0] != "0"
        && groups[1..].iter().all(|g| g.len() == 2)
        && groups.iter().all(|g| g.bytes().all(|b| b.is_ascii_digit()))
}

pub fn idcc_ok(v: &str) -> bool {
    (v.len() == 4 && v.bytes().all(|b| b.is_ascii_digit())) || v == "99998" || v == "99999"
}

fn date_ok(v: &str) -> bool {
    let b = v.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && v.replace('-', "").bytes().all(|c| c.is_ascii_digit())
}

/// Checks `cat`; `dangling` are the references the store found pointing nowhere.
pub fn check(cat: &Export, dangling: Vec<(String, String)>) -> Vec<Violation> {
    let mut r = Rules { found: vec![] };
    for (record, problem) in dangling {
        r.fail(&record, problem);
    }
    let known: HashSet<&str> = cat.branches.iter().map(|b| b.idcc.as_str()).collect();
    opcos(&mut r, &cat.opcos);
    branches(&mut r, &cat.branches, &known);
    observatories(&mut r, &cat.observatories, &known);
    joint_commissions(&mut r, &cat.joint_commissions, &known);
    for d in &cat.datasets {
        let rec = format!("dataset {}", d.key);
        r.url(&rec, "url", Some(&d.url));
        r.url(&rec, "page", d.page.as_deref());
    }
    r.found
}

fn opcos(r: &mut Rules, list: &[Opco]) {
    for o in list {
        let rec = format!("OPCO {}", o.facts.id);
        if !OPCO_IDS.contains(&o.facts.id.as_str()) {
            r.fail(&rec, "id is not one of the 11 canonical OPCO ids");
        }
        r.text(&rec, "name", Some(&o.facts.name));
        r.url(&rec, "website", o.facts.website.as_deref());
        r.text(&rec, "address", o.facts.address.as_deref());
        if let Some(p) = &o.facts.phone {
            if !phone_ok(p) {
                r.fail(
                    &rec,
                    format!("phone {p:?} is not written +33 X XX XX XX XX"),
                );
            }
        }
        r.sources(&rec, &o.facts.sources);
    }
}

fn branches(r: &mut Rules, list: &[Branch], known: &HashSet<&str>) {
    let successor: HashMap<&str, &str> = list
        .iter()
        .filter_map(|b| b.successor.as_deref().map(|s| (b.idcc.as_str(), s)))
        .collect();
    for b in list {
        let rec = format!("IDCC {}", b.idcc);
        if !idcc_ok(&b.idcc) {
            r.fail(&rec, "IDCC is not 4 digits");
        }
        r.text(&rec, "title", Some(&b.title));
        r.text(&rec, "short_title", b.short_title.as_deref());
        r.text(&rec, "kali_id", b.kali_id.as_deref());
        if let Some(s) = &b.successor {
            r.idcc(&rec, s, known);
        }
        let mut seen = HashSet::from([b.idcc.as_str()]);
        let mut at = b.idcc.as_str();
        while let Some(&next) = successor.get(at) {
            if !seen.insert(next) {
                r.fail(&rec, format!("successor chain loops back to {next}"));
                break;
            }
            at = next;
        }
        if let Some(o) = &b.opco {
            if o.derived && o.rule.as_deref().is_none_or(|x| x.trim().is_empty()) {
                r.fail(&rec, "derived OPCO without its rule");
            }
        }
        r.sources(&rec, &b.sources);
    }
}

fn observatories(r: &mut Rules, list: &[Observatory], known: &HashSet<&str>) {
    let mut names: HashMap<String, &str> = HashMap::new();
    let mut ids: HashSet<&str> = HashSet::new();
    for o in list {
        let rec = format!("observatory {}", o.facts.id);
        if !ids.insert(&o.facts.id) {
            r.fail(&rec, "duplicate id");
        }
        if o.facts.id.is_empty()
            || !o
                .facts
                .id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            r.fail(&rec, "id is not a lowercase slug");
        }
        if let Some(other) = names.insert(crate::fold::fold(&o.facts.name), &o.facts.id) {
            r.fail(&rec, format!("same name as observatory {other}"));
        }
        for (field, v) in [
            ("name", Some(o.facts.name.as_str())),
            ("acronym", o.facts.acronym.as_deref()),
            ("branches_text", o.facts.branches_text.as_deref()),
            ("legal_basis", o.facts.legal_basis.as_deref()),
            ("notes", o.facts.notes.as_deref()),
            ("address.street", o.facts.address.street.as_deref()),
            ("address.postcode", o.facts.address.postcode.as_deref()),
            ("address.city", o.facts.address.city.as_deref()),
        ] {
            r.text(&rec, field, v);
        }
        for a in &o.facts.aliases {
            r.text(&rec, "alias", Some(a));
        }
        if let Some(s) = &o.facts.status {
            if !matches!(s.as_str(), "active" | "merged" | "dissolved") {
                r.fail(
                    &rec,
                    format!("status {s:?} is not active, merged or dissolved"),
                );
            }
        }
        r.url(&rec, "website", o.facts.website.as_deref());
        if let Some(e) = &o.facts.email {
            if !email_ok(e) {
                r.fail(&rec, format!("email {e:?} is not an address"));
            }
        }
        if let Some(p) = &o.facts.phone {
            if !phone_ok(p) {
                r.fail(
                    &rec,
                    format!("phone {p:?} is not written +33 X XX XX XX XX"),
                );
            }
        }
        if let Some(op) = &o.opco {
            if !OPCO_IDS.contains(&op.id.as_str()) {
                r.fail(&rec, format!("OPCO {} is not a canonical id", op.id));
            }
        }
        for b in &o.branches {
            r.idcc(&rec, &b.idcc, known);
        }
        if o.facts.sources.is_empty() {
            r.fail(&rec, "no source");
        }
        r.sources(&rec, &o.facts.sources);
        agreements(r, &rec, &o.facts.agreements);
        provenance(r, &rec, o);
    }
}

/// Every fact an observatory gives is named by at least one source's or agreement's
/// `supports`; `notes`, opmq's summary, are backed by a source that says `notes` too; a
/// name said to be proper has a source for it.
fn provenance(r: &mut Rules, rec: &str, o: &Observatory) {
    let supported: HashSet<&str> = o.facts.supported().collect();
    let mut given = o.facts.filled_facts();
    if o.opco.is_some() {
        given.push("opco".into());
    }
    if !o.branches.is_empty() {
        given.push("idcc".into());
    }
    for field in given.iter().filter(|f| !supported.contains(f.as_str())) {
        r.fail(rec, format!("{field} is given but no source supports it"));
    }
    let notes = o
        .facts
        .notes
        .as_deref()
        .is_some_and(|n| !n.trim().is_empty());
    if notes && !supported.contains("notes") {
        r.fail(
            rec,
            "notes are given but no source or agreement supports them (supports \"notes\")",
        );
    }
    if let Some(kind) = o.facts.name_kind.as_deref() {
        if !NAME_KINDS.contains(&kind) {
            let kinds = NAME_KINDS.join(", ");
            r.fail(rec, format!("name_kind {kind:?} is not one of {kinds}"));
        } else if kind == "proper" && !supported.contains("name") {
            r.fail(rec, "name_kind is proper but no source supports the name");
        }
    }
}

/// Longest quote an agreement may carry: a few sentences, not the article.
pub const MAX_QUOTE: usize = 600;

/// Each agreement names its article, its text, its date and role, and quotes it briefly.
fn agreements(r: &mut Rules, rec: &str, list: &[Agreement]) {
    for a in list {
        let at = format!("agreement {}", a.kali_article);
        let id_ok = a.kali_article.starts_with("KALIARTI")
            && a.kali_article.len() == 20
            && a.kali_article[8..].bytes().all(|b| b.is_ascii_digit());
        if !id_ok {
            r.fail(
                rec,
                format!("{at}: the article id is not KALIARTI + 12 digits"),
            );
        }
        let url = format!(
            "https://www.legifrance.gouv.fr/conv_coll/id/{}",
            a.kali_article
        );
        if a.url != url {
            r.fail(rec, format!("{at}: url is not its Légifrance page {url}"));
        }
        if a.text_title.trim().is_empty() {
            r.fail(rec, format!("{at}: no text title"));
        }
        if !date_ok(&a.text_date) || !date_ok(&a.checked) {
            r.fail(
                rec,
                format!("{at}: text_date and checked must be YYYY-MM-DD"),
            );
        }
        if !AGREEMENT_ROLES.contains(&a.role.as_str()) {
            r.fail(
                rec,
                format!(
                    "{at}: role {:?} is not one of {}",
                    a.role,
                    AGREEMENT_ROLES.join(", ")
                ),
            );
        }
        if a.quote.trim().is_empty() {
            r.fail(rec, format!("{at}: no quote"));
        } else if a.quote.chars().count() > MAX_QUOTE {
            r.fail(
                rec,
                format!("{at}: the quote is longer than {MAX_QUOTE} characters"),
            );
        }
        if !idcc_ok(&a.idcc) {
            r.fail(rec, format!("{at}: IDCC {:?} is not 4 digits", a.idcc));
        }
    }
}

/// A joint commission belongs to a known IDCC, gives a reachable channel and cites its article.
fn joint_commissions(r: &mut Rules, list: &[JointCommission], known: &HashSet<&str>) {
    for j in list {
        let rec = format!("joint commission of IDCC {}", j.idcc);
        r.idcc(&rec, &j.idcc, known);
        r.text(&rec, "role", Some(&j.role));
        if let Some(e) = &j.email {
            if !email_ok(e) {
                r.fail(&rec, format!("email {e:?} is not an address"));
            }
        }
        if let Some(p) = &j.phone {
            if !phone_ok(p) {
                r.fail(
                    &rec,
                    format!("phone {p:?} is not written +33 X XX XX XX XX"),
                );
            }
        }
        if j.email.is_none() && j.phone.is_none() && !j.address.is_known() {
            r.fail(&rec, "no email, phone or address");
        }
        let as_agreement = Agreement {
            idcc: j.idcc.clone(),
            kali_article: j.kali_article.clone(),
            url: j.url.clone(),
            text_title: j.text_title.clone(),
            text_date: j.text_date.clone(),
            article: j.article.clone(),
            role: "names".into(),
            quote: j.quote.clone(),
            supports: vec![],
            checked: j.checked.clone(),
        };
        agreements(r, &rec, &[as_agreement]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_rules() {
        assert!(url_ok("https://opiiec.fr") && url_ok("http://www.optl.fr/x?y"));
        assert!(!url_ok("opiiec.fr") && !url_ok("file:///tmp/x") && !url_ok("https://a b.fr"));
        assert!(email_ok("contact@opiiec.fr"));
        assert!(!email_ok("contact@") && !email_ok("a@b") && !email_ok("a@b.fr; c@d.fr"));
        assert!(phone_ok("+33 1 23 45 67 89"));
        assert!(!phone_ok("01 23 45 67 89") && !phone_ok("+33 0 23 45 67 89"));
        assert!(idcc_ok("0016") && idcc_ok("99999") && !idcc_ok("16") && !idcc_ok("12345"));
    }
}
