//! The reviewable text catalogue in `data/`, the single source of truth.
//!
//! `branches.csv` (one IDCC a row), `idcc_opco.csv` (one attachment a row), `opcos.toml`,
//! `sources.toml` (datasets cited by key) and `observatories/<id>.toml` (one file an
//! observatory). The build script turns it into the bundled SQLite catalogue.

use crate::record::{Address, JointCommission, ObservatoryFacts, OpcoFacts};
pub use crate::record::{Dataset, NafRow};
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

/// One (IDCC, OPCO, establishments) pair of France compétences' SIRO table, aggregated
/// (`data/siro_YYYY_MM.csv`): how many establishments of the convention declare this OPCO.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SiroRow {
    pub idcc: String,
    pub opco: String,
    pub establishments: u64,
    /// The OPCO as SIRO spells it.
    pub label: Option<String>,
}

/// An IDCC's OPCO in force, as the catalogue stores it: its table row, or the majority OPCO of
/// its SIRO pairs when those are newer (or the row is only derived).
#[derive(Debug, Clone, PartialEq)]
pub struct OpcoInForce {
    pub link: OpcoLinkRow,
    /// Establishments declaring this OPCO, and their share (%) of the IDCC's, from SIRO.
    pub establishments: Option<u64>,
    pub share: Option<f64>,
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

/// `data/joint_commissions.toml`: one `[[commission]]` block each, the address spelled flat.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CommissionsFile {
    #[serde(default)]
    commission: Vec<CommissionRow>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CommissionRow {
    idcc: String,
    role: String,
    email: Option<String>,
    phone: Option<String>,
    street: Option<String>,
    postcode: Option<String>,
    city: Option<String>,
    kali_article: String,
    url: String,
    text_title: String,
    text_date: String,
    article: Option<String>,
    quote: String,
    checked: String,
}

impl From<CommissionRow> for JointCommission {
    fn from(r: CommissionRow) -> Self {
        JointCommission {
            idcc: r.idcc,
            role: r.role,
            email: r.email,
            phone: r.phone,
            address: Address {
                street: r.street,
                postcode: r.postcode,
                city: r.city,
            },
            kali_article: r.kali_article,
            url: r.url,
            text_title: r.text_title,
            text_date: r.text_date,
            article: r.article,
            quote: r.quote,
            checked: r.checked,
        }
    }
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
    /// SIRO pairs, and the dataset they come from (`siro-YYYY-MM`, whose `published` is their
    /// vintage).
    pub siro: Vec<SiroRow>,
    pub siro_dataset: Option<String>,
    pub observatories: Vec<ObservatoryRec>,
    /// APE → IDCC rows, in file order.
    pub naf: Vec<NafRow>,
    /// Joint commissions stated by agreements, by IDCC then file order.
    pub joint_commissions: Vec<JointCommission>,
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
    /// Each IDCC's OPCO in force (see [`OpcoInForce`]), in IDCC order.
    pub fn opco_in_force(&self) -> Vec<OpcoInForce> {
        use std::collections::BTreeMap;
        let siro = self.siro_dataset.as_deref().and_then(|key| {
            let d = self.datasets.iter().find(|d| d.key == key)?;
            Some((key, d.published.as_str()))
        });
        let mut pairs: BTreeMap<&str, Vec<&SiroRow>> = BTreeMap::new();
        for r in &self.siro {
            pairs.entry(r.idcc.as_str()).or_default().push(r);
        }
        let links: BTreeMap<&str, &OpcoLinkRow> =
            self.links.iter().map(|l| (l.idcc.as_str(), l)).collect();
        let mut out = Vec::new();
        for b in &self.branches {
            let link = links.get(b.idcc.as_str()).copied();
            let from_siro = match (siro, pairs.get(b.idcc.as_str())) {
                (Some((key, vintage)), Some(rows))
                    if link.is_none_or(|l| l.derived || l.vintage.as_str() < vintage) =>
                {
                    Some(majority(&b.idcc, rows, link, key, vintage))
                }
                _ => None,
            };
            match (from_siro, link) {
                (Some(current), _) => out.push(current),
                (None, Some(l)) => out.push(OpcoInForce {
                    link: l.clone(),
                    establishments: None,
                    share: None,
                }),
                (None, None) => {}
            }
        }
        out
    }

    /// Where `data/` falls short of its standard of provenance, one line each (build.rs stops
    /// on any): a page cited by an observatory whose note neither quotes what the page says
    /// (`« … »`) nor says no stored copy was found, and a fact backed only by such unverified
    /// pages — so that whoever checks a fact can find its words again. Catalogues made by
    /// older versions need not meet it (`opmq check` does not ask it).
    #[must_use]
    pub fn provenance_gaps(&self) -> Vec<String> {
        provenance_gaps(&self.observatories)
    }

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
        for r in &self.siro {
            if !opco.contains(r.opco.as_str()) {
                out.push(format!(
                    "siro: {} -> {} names an unknown OPCO",
                    r.idcc, r.opco
                ));
            }
        }
        if let Some(d) = self
            .siro_dataset
            .as_deref()
            .filter(|d| !datasets.contains(d))
        {
            out.push(format!("siro: dataset {d} is not in sources.toml"));
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
        for j in self
            .joint_commissions
            .iter()
            .filter(|j| !idcc.contains(j.idcc.as_str()))
        {
            out.push(format!("joint_commissions.toml: unknown IDCC {}", j.idcc));
        }
        out
    }
}

/// The OPCO most establishments of `idcc` declare in SIRO. A tie goes to the table's OPCO
/// when it is among the tied, else to the first id, and says so in `rule`.
fn majority(
    idcc: &str,
    rows: &[&SiroRow],
    link: Option<&OpcoLinkRow>,
    dataset: &str,
    vintage: &str,
) -> OpcoInForce {
    let total: u64 = rows.iter().map(|r| r.establishments).sum();
    let most = rows.iter().map(|r| r.establishments).max().unwrap_or(0);
    let mut tied: Vec<&SiroRow> = rows
        .iter()
        .copied()
        .filter(|r| r.establishments == most)
        .collect();
    tied.sort_by(|a, b| a.opco.cmp(&b.opco));
    let best = tied
        .iter()
        .find(|r| link.is_some_and(|l| l.opco == r.opco))
        .or(tied.first())
        .copied();
    let rule = (tied.len() > 1).then(|| {
        let ids: Vec<&str> = tied.iter().map(|r| r.opco.as_str()).collect();
        format!(
            "SIRO tie: {} each have {most} establishment(s); shown: the IDCC → OPCO table's \
             OPCO when among them, else the first id",
            ids.join(", ")
        )
    });
    let (opco, label) = best.map_or((String::new(), None), |r| (r.opco.clone(), r.label.clone()));
    OpcoInForce {
        link: OpcoLinkRow {
            idcc: idcc.to_owned(),
            opco,
            vintage: vintage.to_owned(),
            derived: false,
            rule,
            label,
            source: dataset.to_owned(),
        },
        establishments: Some(most),
        share: (total > 0).then(|| most as f64 * 100.0 / total as f64),
    }
}

fn provenance_gaps(observatories: &[ObservatoryRec]) -> Vec<String> {
    let mut out = Vec::new();
    for o in observatories {
        let file = format!("observatories/{}.toml", o.facts.id);
        for s in o.facts.sources.iter().filter(|s| !s.accounted_for()) {
            out.push(format!(
                "{file}: source {} quotes nothing (note = \"… « what it says » …\" or \"{} …\")",
                s.url,
                crate::record::UNVERIFIED
            ));
        }
        for field in o.facts.resting_on_unverified() {
            out.push(format!(
                "{file}: {field} rests only on pages no stored copy confirms"
            ));
        }
    }
    out
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

/// The newest `siro_YYYY_MM.csv` in `dir`, with its dataset key `siro-YYYY-MM`.
fn siro_file(dir: &Path) -> Result<Option<(std::path::PathBuf, String)>, String> {
    let mut found: Vec<(std::path::PathBuf, String)> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter_map(|p| {
            let name = p.file_name()?.to_str()?.to_owned();
            let stem = name.strip_prefix("siro_")?.strip_suffix(".csv")?;
            let key = format!("siro-{}", stem.replace('_', "-"));
            Some((p, key))
        })
        .collect();
    found.sort();
    Ok(found.pop())
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
    let (siro, siro_dataset) = match siro_file(dir)? {
        Some((path, key)) => (csv_rows(&path)?, Some(key)),
        None => (Vec::new(), None),
    };
    let commissions = dir.join("joint_commissions.toml");
    let commissions: CommissionsFile = if commissions.exists() {
        toml::from_str(&read(&commissions)?).map_err(|e| format!("joint_commissions.toml: {e}"))?
    } else {
        CommissionsFile { commission: vec![] }
    };
    let mut joint_commissions: Vec<JointCommission> = commissions
        .commission
        .into_iter()
        .map(JointCommission::from)
        .collect();
    joint_commissions.sort_by(|a, b| a.idcc.cmp(&b.idcc));
    Ok(TextCatalogue {
        datasets: sources.dataset,
        opcos: opcos.opco,
        branches: csv_rows(&dir.join("branches.csv"))?,
        links: csv_rows(&dir.join("idcc_opco.csv"))?,
        siro,
        siro_dataset,
        observatories,
        naf: vec![],
        joint_commissions,
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

#[cfg(test)]
mod tests {
    use super::*;

    use crate::record::Source;

    fn source(url: &str, dataset: Option<&str>, supports: &[&str], note: Option<&str>) -> Source {
        Source {
            url: url.into(),
            dataset: dataset.map(Into::into),
            supports: supports.iter().map(|s| (*s).into()).collect(),
            checked: "2026-12-02".into(),
            note: note.map(Into::into),
        }
    }

    fn observatory(sources: Vec<Source>) -> ObservatoryRec {
        let mut rec = ObservatoryRec::default();
        rec.facts.id = "x".into();
        rec.facts.sources = sources;
        rec
    }

    #[test]
    fn a_page_source_quotes_its_page_or_says_it_is_unverified() {
        let name = &["name"];
        let rec = observatory(vec![
            source(
                "https://a.fr",
                None,
                name,
                Some("stored copy: « Observatoire X »"),
            ),
            source(
                "https://b.fr",
                None,
                name,
                Some("unverified: no stored copy found"),
            ),
            source("https://c.fr", Some("dares-2026-06"), name, None),
            source(
                "https://d.fr",
                None,
                name,
                Some("a page about the observatory"),
            ),
            source("https://e.fr", None, name, None),
        ]);
        let found = provenance_gaps(std::slice::from_ref(&rec));
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found[0].starts_with("observatories/x.toml: source https://d.fr quotes nothing"));
        assert!(found[1].contains("https://e.fr"));
    }

    #[test]
    fn a_fact_resting_only_on_unverified_pages_is_named() {
        let mut rec = observatory(vec![
            source(
                "https://a.fr",
                None,
                &["name", "website"],
                Some("unverified: no stored copy found"),
            ),
            source(
                "https://b.fr",
                None,
                &["name"],
                Some("stored copy: « Observatoire X »"),
            ),
        ]);
        assert_eq!(
            provenance_gaps(std::slice::from_ref(&rec)),
            ["observatories/x.toml: website rests only on pages no stored copy confirms"]
        );
        rec.facts.agreements.push(crate::record::Agreement {
            supports: vec!["website".into()],
            ..Default::default()
        });
        assert!(provenance_gaps(std::slice::from_ref(&rec)).is_empty());
    }

    fn branch(idcc: &str) -> BranchRow {
        BranchRow {
            idcc: idcc.into(),
            short_title: None,
            title: idcc.into(),
            kind: "convention_de_branche".into(),
            regime: None,
            scope: None,
            active: 1,
            successor: None,
            kali_id: None,
            date_signature: None,
            date_effet: None,
            date_fin: None,
            code_dares: idcc.into(),
            sources: String::new(),
        }
    }

    fn link(idcc: &str, opco: &str, vintage: &str, derived: bool) -> OpcoLinkRow {
        OpcoLinkRow {
            idcc: idcc.into(),
            opco: opco.into(),
            vintage: vintage.into(),
            derived,
            rule: derived.then(|| "rule".into()),
            label: None,
            source: "table".into(),
        }
    }

    fn pair(idcc: &str, opco: &str, establishments: u64) -> SiroRow {
        SiroRow {
            idcc: idcc.into(),
            opco: opco.into(),
            establishments,
            label: None,
        }
    }

    /// SIRO's majority OPCO replaces an older or derived table row, not a newer one; ties
    /// prefer the table's OPCO and say so.
    #[test]
    fn the_opco_in_force_is_the_newest_sourced_one() {
        let cat = TextCatalogue {
            datasets: vec![Dataset {
                key: "siro-2026-06".into(),
                published: "2026-06".into(),
                ..Dataset::default()
            }],
            opcos: vec![],
            branches: ["0001", "0002", "0003", "0004", "0005"]
                .map(branch)
                .to_vec(),
            links: vec![
                link("0001", "afdas", "2019-06-01", false),
                link("0002", "akto", "2019-06-01", true),
                link("0003", "atlas", "2027-01-01", false),
                link("0004", "ocapiat", "2019-06-01", false),
            ],
            siro: vec![
                pair("0001", "opcommerce", 78),
                pair("0001", "afdas", 2),
                pair("0002", "akto", 10),
                pair("0003", "opco2i", 5),
                pair("0004", "akto", 1),
                pair("0004", "ocapiat", 1),
            ],
            siro_dataset: Some("siro-2026-06".into()),
            observatories: vec![],
            naf: vec![],
            joint_commissions: vec![],
            names: Names::default(),
        };
        let got: Vec<(String, String, bool, Option<u64>)> = cat
            .opco_in_force()
            .into_iter()
            .map(|c| (c.link.idcc, c.link.opco, c.link.derived, c.establishments))
            .collect();
        let want = [
            ("0001", "opcommerce", false, Some(78)),
            ("0002", "akto", false, Some(10)),
            ("0003", "atlas", false, None),
            ("0004", "ocapiat", false, Some(1)),
        ]
        .map(|(i, o, d, n)| (i.to_owned(), o.to_owned(), d, n))
        .to_vec();
        assert_eq!(got, want);
        let tie = &cat.opco_in_force()[3];
        assert!(tie.link.rule.as_deref().is_some_and(|r| r.contains("tie")));
        assert_eq!(tie.share, Some(50.0));
        assert!((cat.opco_in_force()[0].share.unwrap() - 97.5).abs() < 1e-9);
    }
}
