//! The reviewable text catalogue in `data/`, the single source of truth.
//!
//! `branches.csv` (one IDCC a row), `idcc_opco.csv` (one attachment a row), `opcos.toml`,
//! `sources.toml` (datasets cited by key) and `observatories/<id>.toml` (one file an
//! observatory). The build script turns it into the bundled SQLite catalogue.

use serde::{Deserialize, Serialize};
use std::path::Path;

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct BranchRow {
    pub idcc: String,
    pub short_title: Option<String>,
    pub title: String,
    pub kind: String,
    pub regime: Option<String>,
    pub scope: Option<String>,
    pub active: u8,
    pub successor: Option<String>,
    pub kali_id: Option<String>,
    pub date_signature: Option<String>,
    pub date_effet: Option<String>,
    pub date_fin: Option<String>,
    pub code_dares: String,
    /// Dataset keys separated by spaces.
    pub sources: String,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct OpcoLinkRow {
    pub idcc: String,
    pub opco: String,
    pub vintage: String,
    pub derived: bool,
    pub rule: Option<String>,
    pub label: Option<String>,
    /// Dataset keys separated by spaces.
    pub source: String,
}

/// One row of the DARES APE → IDCC passage table. Never in `data/` (the bundled catalogue
/// has none); `opmq refresh naf` adds them to the user copy. Also the JSON record of
/// `opmq naf` and of an export's `naf` array (`model::NafRow`).
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

#[derive(Debug, Clone, Deserialize, PartialEq)]
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

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct OpcoSource {
    pub url: String,
    pub note: Option<String>,
    pub checked: String,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct OpcoRec {
    pub id: String,
    pub name: String,
    pub full_name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub france_competences_code: Option<String>,
    pub website: Option<String>,
    pub siren: Option<String>,
    pub siret: Option<String>,
    pub address: Option<String>,
    pub phone: Option<String>,
    /// The OPCO's contact page (a form or a directory of regional contacts).
    pub contact_page: Option<String>,
    pub agrement_effective: Option<String>,
    #[serde(rename = "source", default)]
    pub sources: Vec<OpcoSource>,
}

#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Address {
    pub street: Option<String>,
    pub postcode: Option<String>,
    pub city: Option<String>,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SourceRec {
    pub url: Option<String>,
    pub dataset: Option<String>,
    #[serde(default)]
    pub supports: Vec<String>,
    pub checked: String,
    pub note: Option<String>,
}

/// One article of a branch agreement (Légifrance KALI) about an observatory.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AgreementRec {
    /// The IDCC of the convention the text belongs to.
    pub idcc: String,
    /// `KALIARTI…` id of the article.
    pub kali_article: String,
    pub url: String,
    pub text_title: String,
    /// Date of the text (signature), `YYYY-MM-DD`.
    pub text_date: String,
    /// Article number as the text writes it (`8.7`, `39`).
    pub article: Option<String>,
    /// creates, organises, funds, names, delegates, dissolves.
    pub role: String,
    /// A short verbatim quote from the article.
    pub quote: String,
    /// Fields of the observatory this article supports.
    #[serde(default)]
    pub supports: Vec<String>,
    pub checked: String,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ObservatoryRec {
    pub id: String,
    pub name: String,
    /// proper (a source writes it as the observatory's name), generic (a wording such as
    /// "l'observatoire de la branche"), descriptive (composed by opmq to describe it).
    pub name_kind: Option<String>,
    pub acronym: Option<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub status: Option<String>,
    pub level: Option<String>,
    pub replaced_by: Option<String>,
    pub opco: Option<String>,
    #[serde(default = "yes")]
    pub opco_confirmed: bool,
    pub website: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub branches_text: Option<String>,
    pub legal_basis: Option<String>,
    pub notes: Option<String>,
    #[serde(default)]
    pub idcc: Vec<String>,
    pub idcc_rule: Option<String>,
    pub address: Option<Address>,
    #[serde(rename = "source", default)]
    pub sources: Vec<SourceRec>,
    #[serde(rename = "agreement", default)]
    pub agreements: Vec<AgreementRec>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OpcoFile {
    opco: Vec<OpcoRec>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourcesFile {
    dataset: Vec<Dataset>,
}

/// The whole text catalogue, in file order (observatories by id).
#[derive(Debug, Clone, PartialEq)]
pub struct TextCatalogue {
    pub datasets: Vec<Dataset>,
    pub opcos: Vec<OpcoRec>,
    pub branches: Vec<BranchRow>,
    pub links: Vec<OpcoLinkRow>,
    pub observatories: Vec<ObservatoryRec>,
    /// APE → IDCC rows, in file order.
    pub naf: Vec<NafRow>,
}

impl TextCatalogue {
    /// The newest `checked` date of any source: the catalogue's data date.
    pub fn data_date(&self) -> String {
        let dates = self.datasets.iter().map(|d| &d.checked);
        let dates = dates.chain(
            self.opcos
                .iter()
                .flat_map(|o| o.sources.iter().map(|s| &s.checked)),
        );
        let dates = dates.chain(
            self.observatories
                .iter()
                .flat_map(|o| o.sources.iter().map(|s| &s.checked)),
        );
        dates.max().cloned().unwrap_or_default()
    }
}

impl TextCatalogue {
    /// References to IDCC, OPCO or datasets that the catalogue does not hold, one line each.
    pub fn dangling(&self) -> Vec<String> {
        use std::collections::HashSet;
        let idcc: HashSet<&str> = self.branches.iter().map(|b| b.idcc.as_str()).collect();
        let opco: HashSet<&str> = self.opcos.iter().map(|o| o.id.as_str()).collect();
        let datasets: HashSet<&str> = self.datasets.iter().map(|d| d.key.as_str()).collect();
        let mut out = Vec::new();
        for l in &self.links {
            if !idcc.contains(l.idcc.as_str()) || !opco.contains(l.opco.as_str()) {
                out.push(format!(
                    "idcc_opco.csv: {} -> {} names an unknown IDCC or OPCO",
                    l.idcc, l.opco
                ));
            }
        }
        for o in &self.observatories {
            for i in o.idcc.iter().filter(|i| !idcc.contains(i.as_str())) {
                out.push(format!("observatories/{}.toml: unknown IDCC {i}", o.id));
            }
            if let Some(x) = o.opco.as_deref().filter(|x| !opco.contains(x)) {
                out.push(format!("observatories/{}.toml: unknown OPCO {x}", o.id));
            }
            for s in &o.sources {
                if let Some(d) = s.dataset.as_deref().filter(|d| !datasets.contains(d)) {
                    out.push(format!("observatories/{}.toml: unknown dataset {d}", o.id));
                }
            }
        }
        out
    }
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn csv_rows<T: serde::de::DeserializeOwned>(path: &Path) -> Result<Vec<T>, String> {
    let mut reader =
        csv::Reader::from_path(path).map_err(|e| format!("{}: {e}", path.display()))?;
    reader
        .deserialize()
        .map(|r| r.map_err(|e| format!("{}: {e}", path.display())))
        .collect()
}

/// Reads `dir` (the project's `data/`).
pub fn load(dir: &Path) -> Result<TextCatalogue, String> {
    let sources: SourcesFile = toml::from_str(&read(&dir.join("sources.toml"))?)
        .map_err(|e| format!("sources.toml: {e}"))?;
    let opcos: OpcoFile =
        toml::from_str(&read(&dir.join("opcos.toml"))?).map_err(|e| format!("opcos.toml: {e}"))?;
    let mut files: Vec<_> = std::fs::read_dir(dir.join("observatories"))
        .map_err(|e| format!("observatories/: {e}"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    let mut observatories = Vec::with_capacity(files.len());
    for path in files {
        let rec: ObservatoryRec =
            toml::from_str(&read(&path)?).map_err(|e| format!("{}: {e}", path.display()))?;
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        if rec.id != stem {
            return Err(format!(
                "{}: id {:?} differs from the file name",
                path.display(),
                rec.id
            ));
        }
        observatories.push(rec);
    }
    observatories.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(TextCatalogue {
        datasets: sources.dataset,
        opcos: opcos.opco,
        branches: csv_rows(&dir.join("branches.csv"))?,
        links: csv_rows(&dir.join("idcc_opco.csv"))?,
        observatories,
        naf: vec![],
    })
}
