//! The domain: a [`Request`] (what the user asked, in the catalogue's terms, never clap's)
//! answered against the catalogue as an [`Answer`] of plain records.

use crate::error::{shorten, Error, Result};
use crate::fields::RecordKind;
use crate::fold::{parse_idcc, words};
use crate::model::{
    Branch, BranchAgreement, BranchCard, BranchRef, Contact, Coverage, Entity, Export, Info,
    NafAnswer, Observatory, ObservatoryRef, Opco, OpcoCard, Paths, RefreshReport, SearchHit,
    SiretAnswer, Violation,
};
use crate::names::{one, resolve};
use crate::store::{BranchFilter, ObservatoryFilter, Store};
use std::collections::HashSet;
use std::path::PathBuf;

/// Which observatories: those covering a branch (IDCC or words), of an OPCO, matching words.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ObservatoryQuery {
    pub branch: Option<String>,
    pub opco: Option<String>,
    pub search: Option<String>,
}

impl ObservatoryQuery {
    #[must_use]
    pub fn is_filtered(&self) -> bool {
        self.branch.is_some() || self.opco.is_some() || self.search.is_some()
    }
}

/// Which branches: of an OPCO or an observatory, matching words; replaced ones too (`all`);
/// only the national conventions no observatory covers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BranchQuery {
    pub opco: Option<String>,
    pub observatory: Option<String>,
    pub search: Option<String>,
    pub all: bool,
    pub without_observatory: bool,
}

/// The records a table export lists (`--format csv`…).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Table {
    #[default]
    Observatories,
    Branches,
    Opcos,
}

/// One question to the catalogue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Request {
    /// `list`
    Observatories(ObservatoryQuery),
    /// `show NAME`
    Observatory(String),
    /// `contacts [NAME]`
    Contacts(Option<String>, ObservatoryQuery),
    /// `branches`
    Branches(BranchQuery),
    /// `branch IDCC|WORDS`
    Branch(String),
    Opcos,
    /// `opco NAME`
    Opco(String),
    /// `search WORDS`, at most `limit` hits.
    Search {
        words: String,
        limit: u32,
    },
    /// `export`: the catalogue (or the part these filters keep); `table` for table formats.
    Export(ObservatoryQuery, Table),
    /// `export --format sqlite`: the catalogue in use as one SQLite file.
    SqliteImage,
    Info,
    Coverage,
    Paths,
    Check,
    /// `naf APE`
    Naf(String),
    /// `import FILE`
    Import(PathBuf),
    /// `import --reset`
    ResetImport,
    Refresh(crate::refresh::Source),
    /// `siret`
    Siret(crate::siret::Input),
}

impl Request {
    /// The kind of record this request answers with (`--json FIELD,FIELD` is checked against
    /// its fields before anything is read).
    #[must_use]
    pub(crate) fn record_kind(&self) -> RecordKind {
        match self {
            Request::Observatories(_) | Request::Observatory(_) => RecordKind::Observatory,
            Request::Contacts(..) => RecordKind::Contact,
            Request::Branches(_) => RecordKind::Branch,
            Request::Branch(_) => RecordKind::BranchCard,
            Request::Opcos => RecordKind::Opco,
            Request::Opco(_) => RecordKind::OpcoCard,
            Request::Search { .. } => RecordKind::SearchHit,
            Request::Export(..) | Request::SqliteImage => RecordKind::Export,
            Request::Info | Request::Import(_) | Request::ResetImport => RecordKind::Info,
            Request::Coverage => RecordKind::Coverage,
            Request::Paths => RecordKind::Paths,
            Request::Check => RecordKind::Violation,
            Request::Naf(_) => RecordKind::NafAnswer,
            Request::Refresh(_) => RecordKind::RefreshReport,
            Request::Siret(_) => RecordKind::SiretAnswer,
        }
    }
}

/// An export with the table its table formats list.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ExportView {
    pub export: Export,
    pub table: Table,
}

/// What a request produced, ready for `render`.
#[derive(Debug)]
pub enum Output {
    Observatories(Vec<Observatory>),
    Observatory(Box<Observatory>),
    Contacts(Vec<Contact>),
    Branches(Vec<Branch>),
    Branch(Box<BranchCard>),
    Opcos(Vec<Opco>),
    Opco(Box<OpcoCard>),
    Search(Vec<SearchHit>),
    Info(Box<Info>),
    Coverage(Box<Coverage>),
    Check(Vec<Violation>),
    Export(Box<ExportView>),
    /// A SQLite file image (`export --format sqlite`).
    Image(Vec<u8>),
    Paths(Box<Paths>),
    Naf(Box<NafAnswer>),
    Refresh(Box<RefreshReport>),
    /// Establishments; `one` when a single SIRET was asked (a card rather than a table).
    Siret(Vec<SiretAnswer>, bool),
}

/// The output, what to tell on stderr beside it (warnings, a summary), and the error the run
/// ends with after the output is written (`opmq check` finding violations).
#[derive(Debug)]
pub struct Answer {
    pub output: Output,
    pub notices: Vec<String>,
    pub failure: Option<Error>,
}

impl From<Output> for Answer {
    fn from(output: Output) -> Self {
        Answer {
            output,
            notices: vec![],
            failure: None,
        }
    }
}

/// Answers `request` against the catalogue `catalogue` names (`--catalogue`), or the one in
/// use; `import` and `refresh` write the user's own copy.
pub fn answer(request: &Request, catalogue: Option<&std::path::Path>) -> Result<Answer> {
    match request {
        Request::Paths => return Ok(Output::Paths(Box::new(paths())).into()),
        Request::Import(file) => {
            let store = crate::import::import(file, &crate::import::destination()?)?;
            return Ok(Output::Info(Box::new(store.info()?)).into());
        }
        Request::ResetImport => {
            crate::import::reset(&crate::import::destination()?)?;
            return Ok(Output::Info(Box::new(Store::bundled()?.info()?)).into());
        }
        Request::Refresh(source) => {
            if catalogue.is_some() {
                return Err(Error::Usage(
                    "refresh updates your own catalogue: drop --catalogue (and OPMQ_CATALOGUE)"
                        .into(),
                ));
            }
            let report = crate::refresh::run(source)?;
            let done = format!(
                "{} updated from {}: {} rows read, {} change(s)",
                report.catalogue,
                report.file,
                report.rows,
                report.changes.len()
            );
            return Ok(Answer {
                output: Output::Refresh(Box::new(report)),
                notices: vec![done],
                failure: None,
            });
        }
        _ => {}
    }
    let (store, warning) = crate::location::open(catalogue)?;
    // Read-only and about to exit: closing SQLite would only cost time.
    let store = std::mem::ManuallyDrop::new(store);
    let output = run(&store, request)?;
    let failure = match &output {
        Output::Check(v) if !v.is_empty() => Some(Error::Data(format!(
            "{} rule(s) broken in catalogue {}",
            v.len(),
            store.origin()
        ))),
        _ => None,
    };
    Ok(Answer {
        output,
        notices: warning.into_iter().collect(),
        failure,
    })
}

const ALL: i64 = 1_000_000;

/// Where opmq looks for its files; reads neither the config nor the catalogue.
#[must_use]
pub fn paths() -> Paths {
    let shown = |p: Option<std::path::PathBuf>| p.map(|p| p.display().to_string());
    let exists = |p: &Option<String>| {
        p.as_deref()
            .is_some_and(|p| std::path::Path::new(p).exists())
    };
    let config_file = shown(crate::location::config_file());
    let user_catalogue = shown(crate::location::user_catalogue());
    Paths {
        config_file_exists: exists(&config_file),
        config_file,
        user_catalogue_exists: exists(&user_catalogue),
        user_catalogue,
        catalogue_override: std::env::var_os("OPMQ_CATALOGUE")
            .filter(|v| !v.is_empty())
            .map(|v| std::path::PathBuf::from(v).display().to_string()),
    }
}

/// Answers a request that reads the catalogue.
pub fn run(store: &Store, request: &Request) -> Result<Output> {
    Ok(match request {
        Request::Observatories(q) => Output::Observatories(non_empty(
            store.observatories(&observatory_filter(store, q)?)?,
            "no observatory matches these filters",
        )?),
        Request::Observatory(name) => Output::Observatory(Box::new(
            store.observatory(&resolve(store, Entity::Observatory, name)?)?,
        )),
        Request::Contacts(name, q) => {
            let mut f = observatory_filter(store, q)?;
            if let Some(name) = name {
                let id = resolve(store, Entity::Observatory, name)?;
                f.ids = Some(match f.ids {
                    Some(ids) => ids.into_iter().filter(|i| *i == id).collect(),
                    None => vec![id],
                });
            }
            let list = store.observatories(&f)?;
            let list = non_empty(list, "no observatory matches these filters")?;
            Output::Contacts(list.iter().map(Contact::from).collect())
        }
        Request::Branches(q) => {
            let filter = BranchFilter {
                opco: q
                    .opco
                    .as_deref()
                    .map(|o| resolve(store, Entity::Opco, o))
                    .transpose()?,
                observatory: q
                    .observatory
                    .as_deref()
                    .map(|o| resolve(store, Entity::Observatory, o))
                    .transpose()?,
                idcc: q
                    .search
                    .as_deref()
                    .map(|s| branch_words(store, s))
                    .transpose()?,
                all: q.all,
                without_observatory: q.without_observatory,
            };
            Output::Branches(non_empty(
                store.branches(&filter)?,
                "no branch matches these filters",
            )?)
        }
        Request::Branch(idcc) => Output::Branch(Box::new(branch_card(store, idcc)?)),
        Request::Opcos => Output::Opcos(store.opcos(None)?),
        Request::Opco(id) => Output::Opco(Box::new(opco_card(store, id)?)),
        Request::Search { words, limit } => {
            Output::Search(non_empty(search(store, words, *limit)?, "nothing matches")?)
        }
        Request::Export(q, table) => Output::Export(Box::new(ExportView {
            export: export(store, q)?,
            table: *table,
        })),
        Request::SqliteImage => Output::Image(store.serialize()?),
        Request::Paths => Output::Paths(Box::new(paths())),
        Request::Info | Request::Import(_) | Request::ResetImport => {
            Output::Info(Box::new(store.info()?))
        }
        Request::Coverage => {
            Output::Coverage(Box::new(crate::coverage::coverage(&store.export_all()?)))
        }
        Request::Check => {
            let all = store.export_all()?;
            Output::Check(crate::check::check(&all, store.dangling_references()?))
        }
        Request::Naf(ape) => Output::Naf(Box::new(crate::naf::answer(store, ape)?)),
        Request::Siret(input) => {
            let list = crate::siret::answer(store, input)?;
            let one = matches!(input, crate::siret::Input::Args(_))
                && list.len() == 1
                && list[0].status == "found";
            Output::Siret(list, one)
        }
        Request::Refresh(_) => {
            return Err(Error::Usage(
                "refresh writes your own catalogue, not the one read".into(),
            ))
        }
    })
}

fn non_empty<T>(list: Vec<T>, message: &str) -> Result<Vec<T>> {
    if list.is_empty() {
        Err(Error::not_found(message))
    } else {
        Ok(list)
    }
}

/// True when the input is meant as an IDCC (digits, or starts with "IDCC").
fn looks_like_idcc(input: &str) -> bool {
    let t = input.trim();
    t.is_empty()
        || t.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("idcc"))
        || t.trim_start_matches(['-', '+'])
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b' ')
}

fn parse_idcc_arg(input: &str) -> Result<Option<String>> {
    match parse_idcc(input) {
        Some(idcc) => Ok(Some(idcc)),
        None if looks_like_idcc(input) => Err(Error::Usage(format!(
            "{:?} is not an IDCC: give 1 to 4 digits, e.g. 16, 0016, \"IDCC 16\" or 1486",
            shorten(input)
        ))),
        None => Ok(None),
    }
}

/// IDCC of the branches whose title matches the words (active and inactive).
fn branch_words(store: &Store, text: &str) -> Result<Vec<String>> {
    let w = words(text);
    if w.is_empty() {
        return Err(Error::Usage(format!(
            "{:?} has no words to search for",
            shorten(text)
        )));
    }
    let hits = store.full_text(Some(Entity::Branch), &w, ALL)?;
    if hits.is_empty() {
        return Err(Error::not_found(format!(
            "no branch title matches {:?}",
            shorten(text)
        )));
    }
    Ok(hits.into_iter().map(|(_, id, _)| id).collect())
}

/// The IDCC followed by its successors: `1375 -> 3209 -> 3248`.
fn chain(store: &Store, idcc: &str) -> Result<Vec<BranchRef>> {
    let mut out: Vec<BranchRef> = Vec::new();
    let mut next = Some(idcc.to_owned());
    while let Some(code) = next.take() {
        if out.iter().any(|b| b.idcc == code) {
            break;
        }
        match store.branch_head(&code)? {
            Some((head, successor)) => {
                out.push(head);
                next = successor;
            }
            None => break,
        }
    }
    Ok(out)
}

fn observatory_filter(store: &Store, args: &ObservatoryQuery) -> Result<ObservatoryFilter> {
    let mut filter = ObservatoryFilter {
        opco: args
            .opco
            .as_deref()
            .map(|o| resolve(store, Entity::Opco, o))
            .transpose()?,
        ids: None,
    };
    if let Some(branch) = &args.branch {
        let idcc = match parse_idcc_arg(branch)? {
            Some(idcc) => {
                let chain = chain(store, &idcc)?;
                if chain.is_empty() {
                    return Err(Error::not_found(format!("no IDCC {idcc} in the catalogue")));
                }
                chain.into_iter().map(|b| b.idcc).collect()
            }
            None => branch_words(store, branch)?,
        };
        filter.ids = Some(store.observatories_of_branches(&idcc)?);
    }
    if let Some(text) = &args.search {
        let w = words(text);
        if w.is_empty() {
            return Err(Error::Usage(format!(
                "{:?} has no words to search for",
                shorten(text)
            )));
        }
        let found: Vec<String> = store
            .full_text(Some(Entity::Observatory), &w, ALL)?
            .into_iter()
            .map(|(_, id, _)| id)
            .collect();
        filter.ids = Some(match filter.ids {
            Some(ids) => {
                let keep: HashSet<&String> = found.iter().collect();
                ids.into_iter().filter(|i| keep.contains(i)).collect()
            }
            None => found,
        });
    }
    Ok(filter)
}

fn branch_card(store: &Store, input: &str) -> Result<BranchCard> {
    let idcc = if let Some(idcc) = parse_idcc_arg(input)? {
        idcc
    } else {
        let ids = branch_words(store, input)?;
        let mut active = Vec::new();
        for id in &ids {
            if store.display_name(Entity::Branch, id)?.1 {
                active.push(id.clone());
            }
        }
        match (ids.len(), active.len()) {
            (1, _) => ids[0].clone(),
            (_, 1) => active[0].clone(),
            _ => one(
                store,
                Entity::Branch,
                input,
                if active.is_empty() { ids } else { active },
            )?,
        }
    };
    let branch = store.branch(&idcc)?.ok_or_else(|| {
        Error::not_found(format!(
            "no IDCC {idcc} in the catalogue (DARES list of June 2026)"
        ))
    })?;
    let successor_chain = chain(store, &idcc)?;
    let current = match successor_chain.last() {
        Some(last) if last.idcc != idcc => store.branch(&last.idcc)?.map(Box::new),
        _ => None,
    };
    let agreements = branch_agreements(store, &branch)?;
    Ok(BranchCard {
        predecessors: store.predecessors(&idcc)?,
        joint_commissions: store.joint_commissions(Some(&idcc))?,
        branch,
        successor_chain,
        current,
        agreements,
    })
}

/// The articles of a branch's own agreements (same IDCC) about the observatories covering it.
fn branch_agreements(store: &Store, branch: &Branch) -> Result<Vec<BranchAgreement>> {
    if branch.observatories.is_empty() {
        return Ok(vec![]);
    }
    let filter = ObservatoryFilter {
        opco: None,
        ids: Some(branch.observatories.iter().map(|o| o.id.clone()).collect()),
    };
    let mut out = Vec::new();
    for o in store.observatories(&filter)? {
        for a in o.facts.agreements.iter().filter(|a| a.idcc == branch.idcc) {
            out.push(BranchAgreement {
                observatory: o.facts.id.clone(),
                agreement: a.clone(),
            });
        }
    }
    Ok(out)
}

fn opco_card(store: &Store, input: &str) -> Result<OpcoCard> {
    let id = resolve(store, Entity::Opco, input)?;
    let opco = store
        .opcos(Some(&id))?
        .pop()
        .ok_or_else(|| Error::not_found("no such OPCO"))?;
    let filter = BranchFilter {
        opco: Some(id.clone()),
        ..Default::default()
    };
    let branches = store
        .branches(&filter)?
        .into_iter()
        .map(|b| BranchRef {
            idcc: b.idcc,
            short_title: b.short_title,
            active: b.active,
        })
        .collect();
    let filter = ObservatoryFilter {
        opco: Some(id),
        ids: None,
    };
    let observatories = store
        .observatories(&filter)?
        .iter()
        .map(ObservatoryRef::from)
        .collect();
    Ok(OpcoCard {
        opco,
        branches,
        observatories,
    })
}

/// `opmq search` ranks at most this many matches of a query, the first in catalogue order:
/// more than the bundled catalogue holds records (about 1,950), so there every match is
/// ranked; in a catalogue many times larger, a very common word stays as fast as a rare one.
pub const RANKED_AT_MOST: i64 = 2000;

fn search(store: &Store, text: &str, limit: u32) -> Result<Vec<SearchHit>> {
    let w = words(text);
    if w.is_empty() {
        return Err(Error::Usage(format!(
            "{:?} has no words to search for",
            shorten(text)
        )));
    }
    // Hits come best first. Replaced conventions go after everything current, each group in
    // order of relevance; once `limit` current hits are found, no later hit can enter.
    let (mut current, mut replaced) = (Vec::new(), Vec::new());
    for (kind, id, bm25) in store.full_text_bounded(&w, RANKED_AT_MOST, i64::from(limit) * 5)? {
        if current.len() == limit as usize {
            break;
        }
        let Some(entity) = Entity::parse(&kind) else {
            continue; // a kind this opmq does not know: not a hit it can show
        };
        let (name, active) = store.display_name(entity, &id)?;
        let hit = SearchHit {
            kind,
            id,
            name,
            score: -bm25,
        };
        if active {
            current.push(hit);
        } else {
            replaced.push(hit);
        }
    }
    current.extend(replaced);
    current.truncate(limit as usize);
    Ok(current)
}

fn export(store: &Store, args: &ObservatoryQuery) -> Result<Export> {
    let filtered = args.is_filtered();
    let observatories = store.observatories(&observatory_filter(store, args)?)?;
    let branches = if filtered {
        let idcc: Vec<String> = observatories
            .iter()
            .flat_map(|o| o.branches.iter().map(|b| b.idcc.clone()))
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        let filter = BranchFilter {
            idcc: Some(idcc),
            all: true,
            ..Default::default()
        };
        store.branches(&filter)?
    } else {
        store.branches(&BranchFilter {
            all: true,
            ..Default::default()
        })?
    };
    let info = store.info()?;
    let kept: HashSet<&str> = branches.iter().map(|b| b.idcc.as_str()).collect();
    let joint_commissions = store
        .joint_commissions(None)?
        .into_iter()
        .filter(|j| kept.contains(j.idcc.as_str()))
        .collect();
    Ok(Export {
        schema_version: info.schema_version,
        data_date: info.data_date,
        datasets: info.datasets,
        opcos: store.opcos(None)?,
        naf: if filtered {
            vec![]
        } else {
            store.naf_rows(None)?
        },
        siro: if filtered {
            vec![]
        } else {
            store.siro_pairs()?
        },
        branches,
        observatories,
        joint_commissions,
    })
}
