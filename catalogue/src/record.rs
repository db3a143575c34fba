//! The records defined once: `data/` reads them (TOML and CSV), the SQLite catalogue stores
//! them, and opmq's JSON prints them under the same field names. The `opmq` crate re-exports
//! them in its public model.
//!
//! A new fact about an observatory is one field of [`ObservatoryFacts`]: `data/` accepts
//! it, the build stores it, `show --json`, exports and imports carry it, and `opmq check`
//! asks a source for it, with no other change.

use serde::{Deserialize, Serialize};

/// A dataset cited by key (`data/sources.toml`, or added by `opmq refresh`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    pub key: String,
    pub title: String,
    pub url: String,
    pub page: Option<String>,
    pub published: String,
    pub checked: String,
    pub note: Option<String>,
}

/// A postal address; every part may be unknown.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Address {
    pub street: Option<String>,
    pub postcode: Option<String>,
    pub city: Option<String>,
}

impl Address {
    #[must_use]
    pub fn is_known(&self) -> bool {
        self.street.is_some() || self.postcode.is_some() || self.city.is_some()
    }

    /// `street, postcode city`, or `None` when nothing is known.
    #[must_use]
    pub fn line(&self) -> Option<String> {
        let city: Vec<&str> = [&self.postcode, &self.city]
            .iter()
            .filter_map(|s| s.as_deref())
            .collect();
        let parts: Vec<String> = self
            .street
            .iter()
            .cloned()
            .chain((!city.is_empty()).then(|| city.join(" ")))
            .collect();
        (!parts.is_empty()).then(|| parts.join(", "))
    }
}

/// Where a fact comes from. In `data/` a source gives a `url` or a `dataset` key; the
/// catalogue stores the dataset's URL in `url` too.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    #[serde(default)]
    pub url: String,
    /// The dataset key when the fact comes from a bundled dataset rather than a page.
    pub dataset: Option<String>,
    /// The fields of the record this source backs.
    #[serde(default)]
    pub supports: Vec<String>,
    pub checked: String,
    /// For a page: what it says, quoted (`« … »`), or [`UNVERIFIED`] when no stored copy of
    /// it was found.
    pub note: Option<String>,
}

/// How a source's note starts when no stored copy confirms the page: kept as a trace, no fact
/// of `data/` may rest on it alone.
pub const UNVERIFIED: &str = "unverified:";

impl Source {
    /// No stored copy confirms this page.
    #[must_use]
    pub fn unverified(&self) -> bool {
        self.note
            .as_deref()
            .is_some_and(|n| n.trim_start().starts_with(UNVERIFIED))
    }

    /// A page whose note quotes what it says (`« … »`) or says no stored copy was found, as
    /// `data/` requires of every page it cites; a dataset source names its dataset instead.
    #[must_use]
    pub fn accounted_for(&self) -> bool {
        self.dataset.is_some()
            || self.unverified()
            || self.note.as_deref().is_some_and(|n| n.contains('«'))
    }
}

/// An OPCO as `data/opcos.toml` writes it and `opmq opco --json` prints it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OpcoFacts {
    pub id: String,
    pub name: String,
    pub full_name: String,
    /// The spellings sources use ("OPCO Mobilité", "OPCO2I"…).
    #[serde(default)]
    pub aliases: Vec<String>,
    pub france_competences_code: Option<String>,
    pub website: Option<String>,
    pub siren: Option<String>,
    pub siret: Option<String>,
    /// Head office or national address, as one line.
    pub address: Option<String>,
    pub phone: Option<String>,
    /// Its contact page (a form, or a directory of regional contacts).
    #[serde(default)]
    pub contact_page: Option<String>,
    pub agrement_effective: Option<String>,
    #[serde(default, alias = "source")]
    pub sources: Vec<Source>,
}

/// What an article of an agreement does for an observatory.
pub const AGREEMENT_ROLES: &[&str] = &[
    "creates",
    "organises",
    "funds",
    "names",
    "delegates",
    "dissolves",
];

/// One article of a branch agreement (Légifrance KALI) about an observatory: the primary
/// source of its existence, name, mission or end.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Agreement {
    /// The IDCC of the convention the text belongs to.
    pub idcc: String,
    /// `KALIARTI…` id of the article.
    pub kali_article: String,
    /// Its Légifrance page.
    pub url: String,
    /// The text (agreement, avenant, convention) as Légifrance titles it.
    pub text_title: String,
    /// The text's date, `YYYY-MM-DD`.
    pub text_date: String,
    /// Article number as the text writes it (`8.7`), when it has one.
    pub article: Option<String>,
    /// One of [`AGREEMENT_ROLES`].
    pub role: String,
    /// A short verbatim quote from the article.
    pub quote: String,
    /// The fields of the observatory this article backs.
    #[serde(default)]
    pub supports: Vec<String>,
    pub checked: String,
}

/// Texts signed before this date may state a channel (website, address…) that has changed.
pub const OUTDATED_BEFORE: &str = "2019-01-01";

/// How an observatory's `name` was found.
pub const NAME_KINDS: &[&str] = &["proper", "generic", "descriptive"];

/// Everything known about an observatory itself, as `data/observatories/<id>.toml` writes it
/// and `opmq show --json` prints it. Links to other records (its OPCO, the IDCC it covers)
/// are kept beside it, in [`crate::text::ObservatoryRec`] and the public model.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ObservatoryFacts {
    pub id: String,
    pub name: String,
    /// `proper` (a source writes this name for the observatory), `generic` (a generic wording
    /// such as "l'observatoire de la branche") or `descriptive` (a label composed by opmq);
    /// null when not yet reviewed.
    #[serde(default)]
    pub name_kind: Option<String>,
    #[serde(default)]
    pub acronym: Option<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// "active", "merged", "dissolved", or null when no recent source says.
    #[serde(default)]
    pub status: Option<String>,
    /// "opco" for an OPCO-wide observatory, null for a branch observatory.
    #[serde(default)]
    pub level: Option<String>,
    #[serde(default)]
    pub replaced_by: Option<String>,
    #[serde(default)]
    pub website: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub address: Address,
    /// Set when the IDCC were matched by a rule (branch name) rather than read in a source.
    #[serde(default, alias = "idcc_rule")]
    pub branches_rule: Option<String>,
    #[serde(default)]
    pub branches_text: Option<String>,
    #[serde(default)]
    pub legal_basis: Option<String>,
    #[serde(default)]
    pub notes: Option<String>,
    /// Articles of agreements about it, oldest text first.
    #[serde(default, alias = "agreement")]
    pub agreements: Vec<Agreement>,
    #[serde(default, alias = "source")]
    pub sources: Vec<Source>,
}

impl ObservatoryFacts {
    /// The facts given (filled) that a source must back (`opmq check`): every field but
    /// those in [`NOT_FACTS`], derived from the record itself, so that a new field is checked
    /// without being listed anywhere.
    #[must_use]
    pub fn filled_facts(&self) -> Vec<String> {
        let Ok(serde_json::Value::Object(map)) = serde_json::to_value(self) else {
            return Vec::new();
        };
        map.into_iter()
            .filter(|(k, v)| !NOT_FACTS.contains(&k.as_str()) && filled(v))
            .map(|(k, _)| k)
            .collect()
    }

    /// The year of the newest text a field (a channel: `website`, `email`, `phone`,
    /// `address`) rests on, when only agreements signed before 2019 back it and no other
    /// source does: such a channel may have changed since.
    #[must_use]
    pub fn outdated_since(&self, field: &str) -> Option<String> {
        if self
            .sources
            .iter()
            .any(|s| s.supports.iter().any(|x| x == field))
        {
            return None;
        }
        let newest = self
            .agreements
            .iter()
            .filter(|a| a.supports.iter().any(|x| x == field))
            .map(|a| a.text_date.as_str())
            .max()?;
        (newest < OUTDATED_BEFORE).then(|| newest.chars().take(4).collect())
    }

    /// A channel known and backed by something other than a text older than 2019: its own
    /// website, or a sourced email, phone or address.
    #[must_use]
    pub fn reachable(&self) -> bool {
        [
            ("website", self.website.is_some()),
            ("email", self.email.is_some()),
            ("phone", self.phone.is_some()),
            ("address", self.address.is_known()),
        ]
        .iter()
        .any(|(field, known)| *known && self.outdated_since(field).is_none())
    }

    /// Every field a source or an agreement says it backs.
    pub fn supported(&self) -> impl Iterator<Item = &str> {
        self.backed_by(|_| true)
    }

    /// The fields backed by an agreement or by a source `keep` accepts.
    fn backed_by(&self, keep: impl Fn(&Source) -> bool) -> impl Iterator<Item = &str> {
        let sources = self
            .sources
            .iter()
            .filter(move |s| keep(s))
            .flat_map(|s| s.supports.iter());
        let agreements = self.agreements.iter().flat_map(|a| a.supports.iter());
        sources.chain(agreements).map(String::as_str)
    }

    /// The fields backed only by pages no stored copy confirms: every source naming them is
    /// [`Source::unverified`] and no agreement names them.
    #[must_use]
    pub fn resting_on_unverified(&self) -> Vec<&str> {
        let backed: std::collections::HashSet<&str> = self.backed_by(|s| !s.unverified()).collect();
        let mut fields: Vec<&str> = self
            .sources
            .iter()
            .filter(|s| s.unverified())
            .flat_map(|s| s.supports.iter().map(String::as_str))
            .filter(|f| !backed.contains(f))
            .collect();
        fields.sort_unstable();
        fields.dedup();
        fields
    }
}

/// Fields of [`ObservatoryFacts`] that are not facts needing a source: the id, how the name
/// was found, the rule that matched IDCC (itself the provenance), opmq's notes, and the
/// sources and agreements themselves.
pub const NOT_FACTS: &[&str] = &[
    "id",
    "name_kind",
    "branches_rule",
    "notes",
    "agreements",
    "sources",
];

fn filled(v: &serde_json::Value) -> bool {
    use serde_json::Value;
    match v {
        Value::Null => false,
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(m) => m.values().any(filled),
        Value::Bool(_) | Value::Number(_) => true,
    }
}

/// One row of the DARES APE → IDCC passage table. Never in `data/` (the bundled catalogue
/// has none); `opmq refresh naf` adds them to the user copy. Also the JSON record of an
/// export's `naf` array.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NafRow {
    /// Five characters, `6202A`.
    pub ape: String,
    pub ape_label: Option<String>,
    /// Employees of the APE (rounded by DARES).
    pub employees: Option<i64>,
    /// None for "Autre" (no branch, or conventions under 1 % of the APE).
    pub idcc: Option<String>,
    pub idcc_label: Option<String>,
    /// Share of the APE's employees, in %.
    pub share: f64,
    /// Dataset key.
    pub dataset: String,
}

/// A branch's joint commission (CPPNI secretariat or another body of the branch) whose
/// address an agreement states: the branch's contact for its social partners, shown on the
/// branch card only and never as an observatory's contact (`data/joint_commissions.toml`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JointCommission {
    pub idcc: String,
    /// The body as the text describes it ("secrétariat de la CPPNI").
    pub role: String,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub address: Address,
    /// The article stating it: `KALIARTI…` id, Légifrance page, text, date, number, quote.
    pub kali_article: String,
    pub url: String,
    pub text_title: String,
    pub text_date: String,
    #[serde(default)]
    pub article: Option<String>,
    pub quote: String,
    pub checked: String,
}
