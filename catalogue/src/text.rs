//! The reviewable text catalogue in `data/`, the single source of truth.
//!
//! `branches.csv` (one IDCC a row), `idcc_opco.csv` (one attachment a row), `opcos.toml`,
//! `sources.toml` (datasets cited by key) and `observatories/<id>.toml` (one file an
//! observatory). The build script turns it into the bundled SQLite catalogue.

pub use crate::record::{Dataset, NafRow};
use crate::record::{ObservatoryFacts, OpcoFacts};
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

/// A name people use for a convention (`data/usual_names.csv`), with its source.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct UsualName {
    pub idcc: String,
    pub name: String,
    /// usual, acronym, federation or title.
    pub kind: String,
    /// A dataset key or a URL.
    pub source: String,
    pub note: Option<String>,
}

/// A former OPCA (`data/former_opca.toml`): replaced by the OPCO in 2019; `successors` are
/// the OPCO ids a source says took its branches (empty when they split or are not known).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct FormerOpca {
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub successors: Vec<String>,
    pub note: String,
    pub source: String,
    pub checked: String,
}

/// A code written where an IDCC is expected that names no convention
/// (`data/placeholder_codes.toml`).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Placeholder {
    pub code: String,
    pub meaning_fr: String,
    pub meaning_en: String,
    pub source: String,
    pub note: Option<String>,
}

/// What people call things, beside the records: usual names of conventions, former OPCA,
/// placeholder codes. opmq's own reference data: bundled, and carried into catalogues that
/// `import` and `refresh` write.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Names {
    pub usual: Vec<UsualName>,
    pub former_opca: Vec<FormerOpca>,
    pub placeholders: Vec<Placeholder>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FormerOpcaFile {
    opca: Vec<FormerOpca>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PlaceholderFile {
    code: Vec<Placeholder>,
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

/// An observatory as `data/observatories/<id>.toml` writes it: its facts, and its links to
/// an OPCO and to the IDCC it covers.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ObservatoryRec {
    #[serde(flatten)]
    pub facts: ObservatoryFacts,
    pub opco: Option<String>,
    /// False when the OPCO is only the covered branch's 2019 OPCO.
    #[serde(default = "yes")]
    pub opco_confirmed: bool,
    #[serde(default)]
    pub idcc: Vec<String>,
}

fn yes() -> bool {
    true
}

/// The keys an observatory file may have: the record's own, and the singular spellings the
/// files use for repeated blocks (`[[source]]`, `[[agreement]]`) and `idcc_rule`. Serde
/// cannot refuse unknown keys of a flattened record, so they are checked here.
fn unknown_observatory_key(table: &toml::Table) -> Option<String> {
    let Ok(serde_json::Value::Object(known)) = serde_json::to_value(ObservatoryRec::default())
    else {
        return None;
    };
    let spelled = ["source", "agreement", "idcc_rule"];
    table
        .keys()
        .find(|k| !known.contains_key(k.as_str()) && !spelled.contains(&k.as_str()))
        .cloned()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OpcoFile {
    opco: Vec<OpcoFacts>,
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
    pub opcos: Vec<OpcoFacts>,
    pub branches: Vec<BranchRow>,
    pub links: Vec<OpcoLinkRow>,
    pub observatories: Vec<ObservatoryRec>,
    /// APE → IDCC rows, in file order.
    pub naf: Vec<NafRow>,
    /// Usual names, former OPCA and placeholder codes.
    pub names: Names,
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
                .flat_map(|o| o.facts.sources.iter().map(|s| &s.checked)),
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
        for u in self
            .names
            .usual
            .iter()
            .filter(|u| !idcc.contains(u.idcc.as_str()))
        {
            out.push(format!("usual_names.csv: {} names an unknown IDCC", u.idcc));
        }
        for f in &self.names.former_opca {
            for x in f.successors.iter().filter(|x| !opco.contains(x.as_str())) {
                out.push(format!(
                    "former_opca.toml: {} names an unknown OPCO {x}",
                    f.name
                ));
            }
        }
        for o in &self.observatories {
            for i in o.idcc.iter().filter(|i| !idcc.contains(i.as_str())) {
                out.push(format!(
                    "observatories/{}.toml: unknown IDCC {i}",
                    o.facts.id
                ));
            }
            if let Some(x) = o.opco.as_deref().filter(|x| !opco.contains(x)) {
                out.push(format!(
                    "observatories/{}.toml: unknown OPCO {x}",
                    o.facts.id
                ));
            }
            for s in &o.facts.sources {
                if let Some(d) = s.dataset.as_deref().filter(|d| !datasets.contains(d)) {
                    out.push(format!(
                        "observatories/{}.toml: unknown dataset {d}",
                        o.facts.id
                    ));
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
        let bad = |e: String| format!("{}: {e}", path.display());
        let table: toml::Table = toml::from_str(&read(&path)?).map_err(|e| bad(e.to_string()))?;
        if let Some(key) = unknown_observatory_key(&table) {
            return Err(bad(format!("unknown key `{key}`")));
        }
        let mut rec: ObservatoryRec = table
            .try_into()
            .map_err(|e: toml::de::Error| bad(e.to_string()))?;
        for source in &mut rec.facts.sources {
            if let Some(d) = source.dataset.as_deref() {
                if let Some(d) = sources.dataset.iter().find(|x| x.key == d) {
                    source.url.clone_from(&d.url);
                }
            }
        }
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        if rec.facts.id != stem {
            return Err(format!(
                "{}: id {:?} differs from the file name",
                path.display(),
                rec.facts.id
            ));
        }
        observatories.push(rec);
    }
    observatories.sort_by(|a, b| a.facts.id.cmp(&b.facts.id));
    Ok(TextCatalogue {
        datasets: sources.dataset,
        opcos: opcos.opco,
        branches: csv_rows(&dir.join("branches.csv"))?,
        links: csv_rows(&dir.join("idcc_opco.csv"))?,
        observatories,
        naf: vec![],
        names: load_names(dir)?,
    })
}

/// Reads the usual names, former OPCA and placeholder codes of `dir`.
pub fn load_names(dir: &Path) -> Result<Names, String> {
    let opca: FormerOpcaFile = toml::from_str(&read(&dir.join("former_opca.toml"))?)
        .map_err(|e| format!("former_opca.toml: {e}"))?;
    let codes: PlaceholderFile = toml::from_str(&read(&dir.join("placeholder_codes.toml"))?)
        .map_err(|e| format!("placeholder_codes.toml: {e}"))?;
    Ok(Names {
        usual: csv_rows(&dir.join("usual_names.csv"))?,
        former_opca: opca.opca,
        placeholders: codes.code,
    })
}
