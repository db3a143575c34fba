//! Names people type for records: resolved to one id (exact id, acronym, alias or name,
//! then a unique prefix, then full text), or refused as ambiguous (with candidates) or
//! unknown (with suggestions).

use crate::error::{Error, Result};
use crate::fold::{fold, words};
use crate::model::Entity;
use crate::store::Store;

/// Resolves a user-typed name to one id: exact id, acronym or alias, then folded name, then
/// unique prefix, then full text. Several matches: `Ambiguous`; none: `NotFound` with
/// suggestions.
pub(crate) fn resolve(store: &Store, entity: Entity, name: &str) -> Result<String> {
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

pub(crate) fn one(
    store: &Store,
    entity: Entity,
    name: &str,
    mut ids: Vec<String>,
) -> Result<String> {
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
