//! The domain: a [`Request`] (what the user asked, in the catalogue's terms, never clap's)
//! answered against the catalogue as an [`Answer`] of plain records.

use crate::error::{shorten, Error, Result};
use crate::fields::RecordKind;
use crate::fold::{fold, looks_like_idcc, read_idcc, short_key, words, IdccInput};
use crate::message::{Bilingual, Message};
use crate::model::{
    Branch, BranchAgreement, BranchCard, BranchRef, Contact, Coverage, Entity, Export, Info,
    NafAnswer, Observatory, ObservatoryRef, Opco, OpcoCard, Paths, RefreshReport, SearchHit,
    SiretAnswer, Violation,
};
use crate::names::{branch_candidates, resolve, word_query, Candidate};
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
    pub notices: Vec<Message>,
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
                return Err(Error::Usage(Message::RefreshOwnCatalogue));
            }
            let report = crate::refresh::run(source)?;
            let done = Message::Refreshed {
                catalogue: report.catalogue.clone(),
                file: report.file.clone(),
                rows: report.rows,
                changes: report.changes.len(),
            };
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
    let (output, mut notices) = run_with_notices(&store, request)?;
    notices.extend(warning);
    let failure = match &output {
        Output::Check(v) if !v.is_empty() => Some(Error::Data(Message::RulesBroken {
            count: v.len(),
            catalogue: store.origin().to_owned(),
        })),
        _ => None,
    };
    Ok(Answer {
        output,
        notices,
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
    run_with_notices(store, request).map(|(output, _)| output)
}

/// Answers a request that reads the catalogue, with what to tell beside the output (a former
/// OPCA answered by its successor).
pub fn run_with_notices(store: &Store, request: &Request) -> Result<(Output, Vec<Message>)> {
    let mut notices = Vec::new();
    let output = match request {
        Request::Observatories(q) => Output::Observatories(non_empty(
            store.observatories(&observatory_filter(store, q)?)?,
            Message::NoMatchForFilters {
                entity: Entity::Observatory,
            },
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
            let list = non_empty(
                list,
                Message::NoMatchForFilters {
                    entity: Entity::Observatory,
                },
            )?;
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
                Message::NoMatchForFilters {
                    entity: Entity::Branch,
                },
            )?)
        }
        Request::Branch(idcc) => Output::Branch(Box::new(branch_card(store, idcc)?)),
        Request::Opcos => Output::Opcos(store.opcos(None)?),
        Request::Opco(id) => Output::Opco(Box::new(opco_card(store, id, &mut notices)?)),
        Request::Search { words, limit } => Output::Search(non_empty(
            search(store, words, *limit)?,
            Message::NothingMatches,
        )?),
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
        Request::Refresh(_) => return Err(Error::Usage(Message::RefreshNotRead)),
    };
    Ok((output, notices))
}

fn non_empty<T>(list: Vec<T>, message: Message) -> Result<Vec<T>> {
    if list.is_empty() {
        Err(Error::not_found(message))
    } else {
        Ok(list)
    }
}

/// The one refusal of an input meant as an IDCC that is not one (exit 2).
fn not_an_idcc(input: &str) -> Error {
    Error::Usage(Message::NotAnIdcc {
        input: shorten(input),
    })
}

fn parse_idcc_arg(input: &str) -> Result<Option<IdccInput>> {
    match read_idcc(input) {
        Some(idcc) => Ok(Some(idcc)),
        None if looks_like_idcc(input) => Err(not_an_idcc(input)),
        None => Ok(None),
    }
}

/// The answer for a code that names no convention (9999, 5100…): its meaning and source.
fn placeholder(store: &Store, code: &str) -> Result<()> {
    match store.placeholder(code)? {
        Some(p) => Err(Error::not_found(Message::NotAnAgreement {
            code: code.to_owned(),
            meaning: Box::new(Bilingual {
                en: p.meaning_en,
                fr: p.meaning_fr,
            }),
            source: p.source,
        })),
        None => Ok(()),
    }
}

/// The IDCC an input names: a placeholder code is answered with its meaning; "CCN 66" is
/// the convention people call so when a usual name says it, else the IDCC written.
fn idcc_of(store: &Store, input: &IdccInput, text: &str) -> Result<String> {
    placeholder(store, &input.code)?;
    if !input.explicit {
        let key = short_key(text);
        let usual = store
            .names_equal(Entity::Branch, &key)?
            .into_iter()
            .any(|(_, rank)| rank == 2);
        if usual {
            return pick(store, text, &branch_candidates(store, &key)?);
        }
    }
    Ok(input.code.clone())
}

/// Up to three close branch names for a question nothing matched: "IDCC (short title)".
fn branch_suggestions(store: &Store, text: &str) -> Result<Vec<String>> {
    let key = fold(text);
    let mut scored: Vec<(f64, String)> = store
        .name_keys(Entity::Branch)?
        .into_iter()
        .map(|(id, k)| (strsim::jaro_winkler(&key, &k), id))
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut out: Vec<String> = Vec::new();
    for (_, id) in scored.into_iter().filter(|(score, _)| *score >= 0.7) {
        if out.len() == 3 {
            break;
        }
        let line = format!("{id} ({})", store.display_name(Entity::Branch, &id)?.0);
        if !out.contains(&line) {
            out.push(line);
        }
    }
    Ok(out)
}

/// The best candidate, or the candidates as good as it (exit 3) with IDCC, status, scope
/// and successor so that "what replaced X?" is answered on the same screen.
fn pick(store: &Store, text: &str, candidates: &[Candidate]) -> Result<String> {
    let Some(first) = candidates.first() else {
        return Err(Error::NotFound {
            message: Message::NoMatch {
                entity: Entity::Branch,
                input: shorten(text),
            },
            suggestions: branch_suggestions(store, text)?,
        });
    };
    let tied: Vec<&Candidate> = candidates.iter().filter(|c| c.ties(first)).collect();
    if tied.len() == 1 {
        return Ok(first.idcc.clone());
    }
    let mut lines = Vec::new();
    for c in tied.iter().take(20) {
        if let Some((head, successor)) = store.branch_head(&c.idcc)? {
            let lang = crate::i18n::current();
            let status = crate::i18n::t(lang, if head.active { "active" } else { "inactive" });
            let scope = crate::i18n::t(lang, if c.national { "national" } else { "local" });
            let after = successor.map(|s| format!(" -> {s}")).unwrap_or_default();
            let size = match c.establishments {
                0 => String::new(),
                n => format!("  ({n} {})", crate::i18n::t(lang, "estab.")),
            };
            lines.push(format!(
                "{}  {status:<8} {scope:<8}{after}  {}{size}",
                c.idcc,
                head.short_title.unwrap_or_default()
            ));
        }
    }
    Err(Error::Ambiguous {
        message: Message::Ambiguous {
            entity: Entity::Branch,
            input: shorten(text),
            count: tied.len(),
        },
        candidates: lines,
    })
}

/// IDCC of the branches matching the words (active and inactive), best first.
fn branch_words(store: &Store, text: &str) -> Result<Vec<String>> {
    if words(text).is_empty() {
        return Err(Error::Usage(Message::NoWords {
            input: shorten(text),
        }));
    }
    let found = branch_candidates(store, text)?;
    if found.is_empty() {
        return Err(Error::NotFound {
            message: Message::NoBranchTitle {
                input: shorten(text),
            },
            suggestions: branch_suggestions(store, text)?,
        });
    }
    Ok(found.into_iter().map(|c| c.idcc).collect())
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
            Some(input) => {
                let idcc = idcc_of(store, &input, branch)?;
                let chain = chain(store, &idcc)?;
                if chain.is_empty() {
                    return Err(Error::not_found(Message::UnknownIdcc {
                        idcc,
                        dares: false,
                    }));
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
            return Err(Error::Usage(Message::NoWords {
                input: shorten(text),
            }));
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
        idcc_of(store, &idcc, input)?
    } else {
        if words(input).is_empty() {
            return Err(Error::Usage(Message::NoWords {
                input: shorten(input),
            }));
        }
        pick(store, input, &branch_candidates(store, input)?)?
    };
    let branch = store.branch(&idcc)?.ok_or_else(|| {
        Error::not_found(Message::UnknownIdcc {
            idcc: idcc.clone(),
            dares: true,
        })
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

/// The OPCO a name designates; a former OPCA answers with the OPCO a source says took its
/// branches (with a notice), or says it was replaced and where to look when they split.
fn opco_id(store: &Store, input: &str, notices: &mut Vec<Message>) -> Result<String> {
    let key = fold(input);
    if !key.is_empty() && store.names_equal(Entity::Opco, &key)?.is_empty() {
        if let Some(f) = store.former_opca(&key)? {
            return match f.successors.as_slice() {
                [one] => {
                    notices.push(Message::FormerOpca {
                        name: f.name,
                        successor: one.clone(),
                        source: f.source,
                    });
                    Ok(one.clone())
                }
                [] => Err(Error::not_found(Message::FormerOpcaSplit {
                    name: f.name,
                    source: f.source,
                })),
                many => Err(Error::Ambiguous {
                    message: Message::FormerOpcaMany {
                        name: f.name,
                        count: many.len(),
                    },
                    candidates: many.to_vec(),
                }),
            };
        }
    }
    resolve(store, Entity::Opco, input)
}

fn opco_card(store: &Store, input: &str, notices: &mut Vec<Message>) -> Result<OpcoCard> {
    let id = opco_id(store, input, notices)?;

    let opco = store
        .opcos(Some(&id))?
        .pop()
        .ok_or_else(|| Error::not_found(Message::NoSuchOpco))?;
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
    if words(text).is_empty() {
        return Err(Error::Usage(Message::NoWords {
            input: shorten(text),
        }));
    }
    let Some(query) = word_query(store, text)? else {
        return Err(Error::NotFound {
            message: Message::NothingMatchesInput {
                input: shorten(text),
            },
            suggestions: branch_suggestions(store, text)?,
        });
    };
    let wanted = i64::from(limit) * 5;
    let plain = match &query.plain {
        Some(plain) => store.full_text_query_bounded(plain, RANKED_AT_MOST, wanted)?,
        None => Vec::new(),
    };
    let mut hits = if plain.len() >= wanted as usize {
        plain
    } else {
        store.full_text_query_bounded(&query.all, RANKED_AT_MOST, wanted)?
    };
    if hits.is_empty() {
        hits = store.full_text_query_bounded(&query.any, RANKED_AT_MOST, wanted)?;
    }
    if hits.is_empty() {
        return Err(Error::NotFound {
            message: Message::NothingMatchesInput {
                input: shorten(text),
            },
            suggestions: branch_suggestions(store, text)?,
        });
    }
    // Tiers: a record named exactly first; then observatories, OPCO and active national
    // branches; then active local branches; then replaced conventions. Relevance within.
    let key = fold(text);
    let short = short_key(text);
    let branch_ids: Vec<String> = hits
        .iter()
        .filter(|(kind, _, _)| kind == Entity::Branch.as_str())
        .map(|(_, id, _)| id.clone())
        .collect();
    let flags = store.branch_flags(&branch_ids)?;
    // Records named exactly (id, acronym, alias, short title, usual name): a few keyed reads.
    let mut named: HashSet<(&str, String)> = HashSet::new();
    for entity in [Entity::Observatory, Entity::Branch, Entity::Opco] {
        for k in [&key, &short] {
            if k.is_empty() {
                continue;
            }
            for (id, rank) in store.names_equal(entity, k)? {
                if rank <= 2 {
                    named.insert((entity.as_str(), id));
                }
            }
        }
    }
    // Ranked on what the hits and the branch ranks say; names are read for the shown alone.
    let mut ranked = Vec::with_capacity(hits.len());
    for (kind, id, bm25) in hits {
        let Some(entity) = Entity::parse(&kind) else {
            continue; // a kind this opmq does not know: not a hit it can show
        };
        let rank = flags.get(&id).filter(|_| entity == Entity::Branch);
        let active = match (entity, rank) {
            (Entity::Branch, Some(&(active, _))) => active,
            (Entity::Branch, None) => store.display_name(entity, &id)?.1,
            _ => true,
        };
        let exact = named.contains(&(entity.as_str(), id.clone()));
        let tier = match (exact, entity, active, rank) {
            (true, ..) => 0,
            (_, Entity::Branch, false, _) => 3,
            (_, Entity::Branch, true, Some(&(_, national))) if !national => 2,
            _ => 1,
        };
        ranked.push((tier, bm25, entity, id, active));
    }
    ranked.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)));
    ranked
        .into_iter()
        .take(limit as usize)
        .map(|(_, bm25, entity, id, active)| {
            let (name, _) = store.display_name(entity, &id)?;
            Ok(SearchHit {
                kind: entity.as_str().to_owned(),
                id,
                name,
                active,
                score: -bm25,
            })
        })
        .collect()
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
