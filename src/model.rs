//! The public data model: what every command returns and what `--json` prints.
//! Field names are the JSON contract (README, "JSON"); unknown values are `null` or `[]`.

pub use opmq_catalogue::record::{
    Address, Agreement, Dataset, JointCommission, NafRow, ObservatoryFacts, OpcoFacts, Source,
};
use serde::{Deserialize, Serialize};

/// An observatory's OPCO; `confirmed` is false when it is only the covered branch's 2019 OPCO.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ObservatoryOpco {
    pub id: String,
    pub name: String,
    pub confirmed: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct BranchRef {
    pub idcc: String,
    pub short_title: Option<String>,
    pub active: bool,
}

/// An observatory: its facts (as `data/` gives them), its OPCO and the branches it covers.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Observatory {
    #[serde(flatten)]
    pub facts: ObservatoryFacts,
    pub opco: Option<ObservatoryOpco>,
    pub branches: Vec<BranchRef>,
}

/// An observatory in short, as listed on a branch or an OPCO.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ObservatoryRef {
    pub id: String,
    pub name: String,
    /// As on the observatory: `proper`, `generic`, `descriptive` or null.
    #[serde(default)]
    pub name_kind: Option<String>,
    pub acronym: Option<String>,
    pub website: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
}

impl From<&Observatory> for ObservatoryRef {
    fn from(o: &Observatory) -> Self {
        let o = &o.facts;
        ObservatoryRef {
            id: o.id.clone(),
            name: o.name.clone(),
            name_kind: o.name_kind.clone(),
            acronym: o.acronym.clone(),
            website: o.website.clone(),
            email: o.email.clone(),
            phone: o.phone.clone(),
        }
    }
}

/// How to reach an observatory; every channel may be unknown (null).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Contact {
    pub id: String,
    pub name: String,
    pub acronym: Option<String>,
    pub opco: Option<ObservatoryOpco>,
    pub website: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub address: Address,
    /// The branches it covers (for address-book notes).
    pub branches: Vec<BranchRef>,
}

impl From<&Observatory> for Contact {
    fn from(o: &Observatory) -> Self {
        let f = &o.facts;
        Contact {
            id: f.id.clone(),
            name: f.name.clone(),
            acronym: f.acronym.clone(),
            opco: o.opco.clone(),
            website: f.website.clone(),
            email: f.email.clone(),
            phone: f.phone.clone(),
            address: f.address.clone(),
            branches: o.branches.clone(),
        }
    }
}

/// A branch's OPCO attachment, with the table's vintage; `derived` with its `rule` when
/// inferred rather than read.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct BranchOpco {
    pub id: String,
    pub name: String,
    pub source: String,
    pub vintage: String,
    pub derived: bool,
    pub rule: Option<String>,
    /// The OPCO as the source spells it.
    pub label: Option<String>,
    /// From SIRO: the establishments of the IDCC that declare this OPCO, and their share (%)
    /// of all its establishments; null when the OPCO comes from the IDCC → OPCO table.
    #[serde(default)]
    pub establishments: Option<u64>,
    #[serde(default)]
    pub share: Option<f64>,
}

/// One OPCO the establishments of an IDCC declare in SIRO.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct OpcoShare {
    pub id: String,
    pub name: String,
    pub establishments: u64,
    /// Share (%) of the IDCC's establishments; under 1 % is noise (a few misfiled SIRET).
    pub share: f64,
    /// The OPCO as SIRO spells it.
    pub label: Option<String>,
}

/// One (IDCC, OPCO, establishments) pair of SIRO, as an export carries it (placeholder codes
/// such as 9999 included).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SiroPair {
    pub idcc: String,
    pub opco: String,
    pub establishments: u64,
    pub label: Option<String>,
    pub dataset: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Branch {
    pub idcc: String,
    pub title: String,
    pub short_title: Option<String>,
    pub kind: String,
    pub regime: Option<String>,
    pub scope: Option<String>,
    pub active: bool,
    pub successor: Option<String>,
    pub kali_id: Option<String>,
    pub code_dares: String,
    pub date_signature: Option<String>,
    pub date_effet: Option<String>,
    pub date_fin: Option<String>,
    /// The OPCO in force: the majority OPCO of SIRO when newer, else the IDCC → OPCO table's.
    pub opco: Option<BranchOpco>,
    /// Establishments of the IDCC in SIRO (all OPCO), null when SIRO lists none.
    #[serde(default)]
    pub establishments: Option<u64>,
    /// Every OPCO its establishments declare in SIRO, most first.
    #[serde(default)]
    pub opco_shares: Vec<OpcoShare>,
    /// Its row of the IDCC → OPCO table (the ministry's 2019 table, a derived row, or a
    /// refresh), kept as history when SIRO gives the OPCO in force.
    #[serde(default)]
    pub opco_table: Option<BranchOpco>,
    pub observatories: Vec<ObservatoryRef>,
    pub sources: Vec<Source>,
}

/// The branch card: the branch, where it went, where it came from, and who covers its heir.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct BranchCard {
    #[serde(flatten)]
    pub branch: Branch,
    /// This IDCC then each successor in turn (`1375 -> 3209 -> 3248`); just itself when none.
    pub successor_chain: Vec<BranchRef>,
    pub predecessors: Vec<BranchRef>,
    /// For a replaced IDCC: the last branch of the chain, with its OPCO and observatories.
    pub current: Option<Box<Branch>>,
    /// The articles of this IDCC's agreements about its observatories, each with the
    /// observatory it concerns.
    #[serde(default)]
    pub agreements: Vec<BranchAgreement>,
    /// The branch's joint commissions (CPPNI secretariat…) an agreement gives an address
    /// for: contacts of the branch's social partners, not of an observatory.
    #[serde(default)]
    pub joint_commissions: Vec<JointCommission>,
}

/// An agreement article on a branch card: the observatory it concerns, then the article.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct BranchAgreement {
    pub observatory: String,
    #[serde(flatten)]
    pub agreement: Agreement,
}

/// An OPCO, with how many active branches and observatories the catalogue attaches to it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Opco {
    #[serde(flatten)]
    pub facts: OpcoFacts,
    pub active_branches: u64,
    pub observatories_count: u64,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct OpcoCard {
    #[serde(flatten)]
    pub opco: Opco,
    pub branches: Vec<BranchRef>,
    pub observatories: Vec<ObservatoryRef>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SearchHit {
    /// "observatory", "branch" or "opco".
    pub kind: String,
    pub id: String,
    pub name: String,
    /// False for a replaced convention (observatories and OPCO: true).
    #[serde(default = "yes")]
    pub active: bool,
    pub score: f64,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Counts {
    pub observatories: u64,
    pub branches: u64,
    pub active_branches: u64,
    pub opcos: u64,
    pub branch_opco_links: u64,
    /// Rows of the APE → IDCC table (0 until `opmq refresh naf`).
    #[serde(default)]
    pub naf_rows: u64,
    /// Establishments of the SIRET table (0 until `opmq refresh siro`).
    #[serde(default)]
    pub siret_rows: u64,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Info {
    pub version: String,
    pub schema_version: i64,
    pub data_date: String,
    /// "bundled", or the path of the catalogue file in use.
    pub catalogue: String,
    pub counts: Counts,
    pub datasets: Vec<Dataset>,
}

/// Where opmq looks for its files (`opmq info --paths`); null when no home is known.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Paths {
    pub config_file: Option<String>,
    pub config_file_exists: bool,
    /// Where `opmq import` installs a catalogue; read instead of the bundled one when present.
    pub user_catalogue: Option<String>,
    pub user_catalogue_exists: bool,
    /// OPMQ_CATALOGUE, when set: read instead of both.
    pub catalogue_override: Option<String>,
}

/// The whole catalogue (or a filtered part) as `opmq export` writes it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Export {
    pub schema_version: i64,
    pub data_date: String,
    pub datasets: Vec<Dataset>,
    pub opcos: Vec<Opco>,
    pub branches: Vec<Branch>,
    pub observatories: Vec<Observatory>,
    /// The APE → IDCC table, when one was imported (`opmq refresh naf`); absent before
    /// schema version 2.
    #[serde(default)]
    pub naf: Vec<NafRow>,
    /// SIRO pairs (schema version 3).
    #[serde(default)]
    pub siro: Vec<SiroPair>,
    /// Joint commissions of branches (schema version 4).
    #[serde(default)]
    pub joint_commissions: Vec<JointCommission>,
}

/// `opmq naf`: the branches covering an APE code, largest share of employees first.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NafAnswer {
    pub ape: String,
    pub ape_label: Option<String>,
    pub employees: Option<i64>,
    /// Where the table comes from (dataset URL).
    pub source: String,
    pub branches: Vec<NafBranch>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NafBranch {
    pub idcc: Option<String>,
    /// The convention as the table names it ("Autre" when idcc is null).
    pub label: Option<String>,
    pub share: f64,
    /// The catalogue's branch (with its OPCO and observatories); null for "Autre" or an
    /// IDCC the catalogue does not hold.
    pub branch: Option<Branch>,
}

/// What `opmq refresh` changed in the user catalogue.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RefreshReport {
    /// "dares", "opco" or "naf".
    pub source: String,
    /// The file read (its name only).
    pub file: String,
    /// The dataset key its rows now cite.
    pub dataset: String,
    /// Data rows read from the file.
    pub rows: u64,
    /// The catalogue written.
    pub catalogue: String,
    pub changes: Vec<Change>,
}

/// One change. `change` is one of: new, inactive, reactivated, successor, retitled, updated,
/// absent (dares); opco, confirmed, kept, skipped (opco); replaced (naf).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Change {
    pub idcc: String,
    pub change: String,
    /// The field that changed (retitled, updated).
    pub field: Option<String>,
    pub before: Option<String>,
    pub after: Option<String>,
}

/// The 11 OPCO ids of the contract.
pub const OPCO_IDS: [&str; 11] = [
    "afdas",
    "akto",
    "atlas",
    "constructys",
    "ocapiat",
    "opco-ep",
    "opco-mobilites",
    "opco-sante",
    "opco2i",
    "opcommerce",
    "uniformation",
];

/// One broken rule: which record, and what is wrong with it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Violation {
    pub record: String,
    pub problem: String,
}

/// How complete the catalogue is (`opmq info --coverage`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct OpcoCoverage {
    pub opco: String,
    pub observatories: u64,
    pub with_website: u64,
    pub active_branches: u64,
    pub active_branches_with_observatory: u64,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Coverage {
    pub observatories: u64,
    pub with_website: u64,
    pub with_email: u64,
    pub with_phone: u64,
    pub with_address: u64,
    /// Website, email, phone or address known.
    pub with_any_contact: u64,
    /// Observatories citing at least one article of an agreement, and their share in %.
    #[serde(default)]
    pub with_agreement: u64,
    #[serde(default)]
    pub with_agreement_pct: f64,
    /// Reachable: its own website, or a sourced email, phone or address, not resting only on
    /// a text signed before 2019; and their share in %.
    #[serde(default)]
    pub reachable: u64,
    #[serde(default)]
    pub reachable_pct: f64,
    pub active_idcc: u64,
    pub active_idcc_opco_sourced: u64,
    pub active_idcc_opco_derived: u64,
    pub active_idcc_without_opco: u64,
    pub active_national_idcc: u64,
    pub active_national_idcc_with_observatory: u64,
    /// Listed by `opmq branches --without-observatory`.
    pub active_national_idcc_without_observatory: u64,
    pub per_opco: Vec<OpcoCoverage>,
}

/// The kinds of record a name is resolved to, and search hits are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entity {
    Observatory,
    Branch,
    Opco,
}

impl Entity {
    /// As the catalogue and JSON write it (`SearchHit::kind`).
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Entity::Observatory => "observatory",
            Entity::Branch => "branch",
            Entity::Opco => "opco",
        }
    }

    /// The entity a catalogue `kind` names.
    #[must_use]
    pub fn parse(kind: &str) -> Option<Entity> {
        [Entity::Observatory, Entity::Branch, Entity::Opco]
            .into_iter()
            .find(|e| e.as_str() == kind)
    }
}

impl std::fmt::Display for Entity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An OPCO by id and name.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct OpcoName {
    pub id: String,
    pub name: String,
}

/// `opmq siret`: one establishment, its convention, OPCO and observatories.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SiretAnswer {
    /// 14 digits (as given, when it is not a SIRET).
    pub siret: String,
    /// `found`, `not found`, or `invalid: <why>`.
    pub status: String,
    /// The IDCC SIRO gives (placeholder codes such as 9999 as they are).
    pub idcc: Option<String>,
    /// The catalogue's branch of that IDCC (null for a code it does not hold).
    pub branch: Option<BranchRef>,
    /// OPCO_PROPRIETAIRE, and OPCO_GESTION (overseas).
    pub opco: Option<OpcoName>,
    pub opco_gestion: Option<OpcoName>,
    pub observatories: Vec<ObservatoryRef>,
}
