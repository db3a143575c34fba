//! Interprets a command's arguments against the catalogue and returns plain records.

use crate::cli::{Command, ObservatoryArgs, Table};
use crate::error::{Error, Result};
use crate::fold::{fold, parse_idcc, words};
use crate::model::*;
use crate::store::{BranchFilter, ObservatoryFilter, Store};
use std::collections::HashSet;

/// What a command produced, ready for `render`.
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
    Coverage(Box<crate::coverage::Coverage>),
    Check(Vec<crate::check::Violation>),
    Export(Box<Export>, Table),
    Paths(Box<Paths>),
    Naf(Box<NafAnswer>),
    Refresh(Box<RefreshReport>),
}

/// An output serialises as its records alone (the JSON contract).
impl serde::Serialize for Output {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        match self {
            Output::Observatories(v) => v.serialize(s),
            Output::Observatory(v) => v.serialize(s),
            Output::Contacts(v) => v.serialize(s),
            Output::Branches(v) => v.serialize(s),
            Output::Branch(v) => v.serialize(s),
            Output::Opcos(v) => v.serialize(s),
            Output::Opco(v) => v.serialize(s),
            Output::Search(v) => v.serialize(s),
            Output::Info(v) => v.serialize(s),
            Output::Coverage(v) => v.serialize(s),
            Output::Check(v) => v.serialize(s),
            Output::Export(v, _) => v.serialize(s),
            Output::Paths(v) => v.serialize(s),
            Output::Naf(v) => v.serialize(s),
            Output::Refresh(v) => v.serialize(s),
        }
    }
}

const ALL: i64 = 1_000_000;

/// Where opmq looks for its files; reads neither the config nor the catalogue.
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

pub fn run(store: &Store, command: &Command) -> Result<Output> {
    Ok(match command {
        Command::List(args) => Output::Observatories(non_empty(
            store.observatories(&observatory_filter(store, args)?)?,
            "no observatory matches these filters",
        )?),
        Command::Show { name } => Output::Observatory(Box::new(store.observatory(&resolve(
            store,
            "observatory",
            name,
        )?)?)),
        Command::Contacts { name, filter } => {
            let mut f = observatory_filter(store, filter)?;
            if let Some(name) = name {
                let id = resolve(store, "observatory", name)?;
                f.ids = Some(match f.ids {
                    Some(ids) => ids.into_iter().filter(|i| *i == id).collect(),
                    None => vec![id],
                });
            }
            let list = store.observatories(&f)?;
            let list = non_empty(list, "no observatory matches these filters")?;
            Output::Contacts(list.iter().map(Contact::from).collect())
        }
        Command::Branches {
            opco,
            observatory,
            search,
            all,
            without_observatory,
        } => {
            let filter = BranchFilter {
                opco: opco
                    .as_deref()
                    .map(|o| resolve(store, "opco", o))
                    .transpose()?,
                observatory: observatory
                    .as_deref()
                    .map(|o| resolve(store, "observatory", o))
                    .transpose()?,
                idcc: search
                    .as_deref()
                    .map(|s| branch_words(store, s))
                    .transpose()?,
                all: *all,
                without_observatory: *without_observatory,
            };
            Output::Branches(non_empty(
                store.branches(&filter)?,
                "no branch matches these filters",
            )?)
        }
        Command::Branch { idcc } => Output::Branch(Box::new(branch_card(store, idcc)?)),
        Command::Opcos => Output::Opcos(store.opcos(None)?),
        Command::Opco { id } => Output::Opco(Box::new(opco_card(store, id)?)),
        Command::Search { words: w, limit } => Output::Search(non_empty(
            search(store, &w.join(" "), *limit)?,
            "nothing matches",
        )?),
        Command::Export { filter, table, .. } => {
            Output::Export(Box::new(export(store, filter)?), *table)
        }
        Command::Info { paths: true, .. } => Output::Paths(Box::new(paths())),
        Command::Info {
            coverage: false, ..
        } => Output::Info(Box::new(store.info()?)),
        Command::Info { coverage: true, .. } => {
            let all = export_all(store)?;
            Output::Coverage(Box::new(crate::coverage::coverage(&all)))
        }
        Command::Check => {
            let all = export_all(store)?;
            Output::Check(crate::check::check(&all, store.dangling_references()?))
        }
        Command::Naf { ape } => Output::Naf(Box::new(crate::naf::answer(store, ape)?)),
        Command::Completions { .. } | Command::Import { .. } | Command::Refresh { .. } => {
            unreachable!("handled before a catalogue is opened")
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

/// Resolves a user-typed name to one id: exact id, acronym or alias, then folded name, then
/// unique prefix, then full text. Several matches: `Ambiguous`; none: `NotFound` with
/// suggestions.
pub fn resolve(store: &Store, entity: &str, name: &str) -> Result<String> {
    let key = fold(name);
    if key.is_empty() {
        return Err(Error::Usage(format!(
            "empty {entity} name: give an id, an acronym or words"
        )));
    }
    let exact = store.names_equal(entity, &key)?;
    if let Some(&(_, best)) = exact.first() {
        let ids: Vec<String> = exact
            .into_iter()
            .filter(|(_, r)| *r == best)
            .map(|(i, _)| i)
            .collect();
        return one(store, entity, name, ids);
    }
    let prefixed = store.names_prefixed(entity, &key)?;
    if !prefixed.is_empty() {
        return one(store, entity, name, prefixed);
    }
    let hits = store.full_text(Some(entity), &words(name), 50)?;
    if !hits.is_empty() {
        return one(
            store,
            entity,
            name,
            hits.into_iter().map(|(_, id, _)| id).collect(),
        );
    }
    let mut scored: Vec<(f64, String)> = store
        .name_keys(entity)?
        .into_iter()
        .map(|(id, k)| (strsim::jaro_winkler(&key, &k), id))
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut suggestions: Vec<String> = Vec::new();
    for (_, id) in scored {
        if !suggestions.contains(&id) && suggestions.len() < 3 {
            suggestions.push(id);
        }
    }
    Err(Error::NotFound {
        message: format!("no {entity} matches {name:?}"),
        suggestions,
    })
}

fn one(store: &Store, entity: &str, name: &str, mut ids: Vec<String>) -> Result<String> {
    ids.dedup();
    if ids.len() == 1 {
        return Ok(ids.remove(0));
    }
    let mut candidates = Vec::new();
    for id in ids.iter().take(20) {
        candidates.push(format!("{id:<24} {}", store.display_name(entity, id)?.0));
    }
    Err(Error::Ambiguous {
        message: format!(
            "{name:?} matches {} {entity} records; be more precise",
            ids.len()
        ),
        candidates,
    })
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

/// At most 60 characters of user input, for messages.
pub fn shorten(input: &str) -> String {
    let mut s: String = input.chars().take(60).collect();
    if input.chars().count() > 60 {
        s.push('…');
    }
    s
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
    let hits = store.full_text(Some("branch"), &w, ALL)?;
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

fn observatory_filter(store: &Store, args: &ObservatoryArgs) -> Result<ObservatoryFilter> {
    let mut filter = ObservatoryFilter {
        opco: args
            .opco
            .as_deref()
            .map(|o| resolve(store, "opco", o))
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
            .full_text(Some("observatory"), &w, ALL)?
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
    let idcc = match parse_idcc_arg(input)? {
        Some(idcc) => idcc,
        None => {
            let ids = branch_words(store, input)?;
            let mut active = Vec::new();
            for id in &ids {
                if store.display_name("branch", id)?.1 {
                    active.push(id.clone());
                }
            }
            match (ids.len(), active.len()) {
                (1, _) => ids[0].clone(),
                (_, 1) => active[0].clone(),
                _ => one(
                    store,
                    "branch",
                    input,
                    if active.is_empty() { ids } else { active },
                )?,
            }
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
    Ok(BranchCard {
        predecessors: store.predecessors(&idcc)?,
        branch,
        successor_chain,
        current,
    })
}

fn opco_card(store: &Store, input: &str) -> Result<OpcoCard> {
    let id = resolve(store, "opco", input)?;
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
        let (name, active) = store.display_name(&kind, &id)?;
        let hit = SearchHit {
            kind,
            id,
            name,
            score: -bm25,
        };
        match active {
            true => current.push(hit),
            false => replaced.push(hit),
        }
    }
    current.extend(replaced);
    current.truncate(limit as usize);
    Ok(current)
}

/// The whole catalogue.
pub fn export_all(store: &Store) -> Result<Export> {
    export(store, &ObservatoryArgs::default())
}

fn export(store: &Store, args: &ObservatoryArgs) -> Result<Export> {
    let filtered = args.branch.is_some() || args.opco.is_some() || args.search.is_some();
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
    Ok(Export {
        schema_version: info.schema_version,
        data_date: info.data_date,
        datasets: info.datasets,
        opcos: store.opcos(None)?,
        branches,
        observatories,
        naf: if filtered {
            vec![]
        } else {
            store.naf_rows(None)?
        },
    })
}
