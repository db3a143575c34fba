//! Names people type for records: resolved to one id (exact id, acronym, alias or name,
//! then a unique prefix, then full text), or refused as ambiguous (with candidates) or
//! unknown (with suggestions).

use crate::error::{Error, Result};
use crate::fold::{fold, words};
use crate::message::Message;
use crate::model::Entity;
use crate::store::Store;

/// Resolves a user-typed name to one id: exact id, acronym or alias, then folded name, then
/// unique prefix, then full text. Several matches: `Ambiguous`; none: `NotFound` with
/// suggestions.
pub(crate) fn resolve(store: &Store, entity: Entity, name: &str) -> Result<String> {
    let key = fold(name);
    if key.is_empty() {
        return Err(Error::Usage(Message::EmptyName { entity }));
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
        message: Message::NoMatch {
            entity,
            input: name.to_owned(),
        },
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
        message: Message::Ambiguous {
            entity,
            input: name.to_owned(),
            count: ids.len(),
        },
        candidates,
    })
}

/// A question's words as an FTS5 query: each content word as written (a prefix) or by its
/// root (`pharmacien` finds `pharmacie`), a word the index lacks replaced by the indexed
/// words one or two typing errors away (`boulangrie` -> `boulangerie`). Words that match
/// nothing even so are left out while others remain.
#[derive(Debug, Clone, Default)]
pub(crate) struct WordQuery {
    /// Every kept word required.
    pub all: String,
    /// Any kept word.
    pub any: String,
    /// The roots of the kept words (their corrections for corrected words).
    pub roots: Vec<Vec<String>>,
    /// Every word as a prefix, without roots, when every word is an indexed one: enough for
    /// `search` when it finds a full page of hits (the roots widen only thin answers).
    pub plain: Option<String>,
}

/// The most typing errors forgiven in a word of `len` letters.
fn typos_allowed(len: usize) -> usize {
    match len {
        0..=4 => 0,
        5..=7 => 1,
        _ => 2,
    }
}

fn quoted(word: &str) -> String {
    format!("\"{}\"", word.replace('"', ""))
}

/// The FTS5 query for `text`; `None` when no word of it matches anything.
pub(crate) fn word_query(store: &Store, text: &str) -> Result<Option<WordQuery>> {
    let words = crate::fold::content_words(text);
    if !store.has_names()? {
        // A catalogue written before roots and terms: every word as a prefix.
        let all: Vec<String> = words.iter().map(|w| format!("{}*", quoted(w))).collect();
        return Ok(Some(WordQuery {
            any: all.join(" OR "),
            all: all.join(" "),
            roots: words.iter().map(|w| vec![w.clone()]).collect(),
            plain: None,
        }));
    }
    let mut groups = Vec::new();
    let mut roots = Vec::new();
    let mut plain = Vec::new();
    for w in &words {
        let r = crate::fold::root(w);
        if store.term_exists(w)? || r.bytes().all(|b| b.is_ascii_digit()) {
            groups.push(format!("({}* OR roots : {})", quoted(w), quoted(&r)));
            plain.push(format!("{}*", quoted(w)));
            roots.push(vec![r]);
            continue;
        }
        if store.term_is(&r)? {
            groups.push(format!("({}* OR roots : {})", quoted(&r), quoted(&r)));
            roots.push(vec![r]);
            continue;
        }
        let allowed = typos_allowed(w.len());
        if allowed == 0 {
            continue;
        }
        let mut near: Vec<(usize, String)> = store
            .terms_near(w, w.len().saturating_sub(allowed), w.len() + allowed)?
            .into_iter()
            .map(|t| (strsim::damerau_levenshtein(w, &t), t))
            .filter(|(d, _)| *d <= allowed)
            .collect();
        near.sort();
        let Some(best) = near.first().map(|(d, _)| *d) else {
            continue;
        };
        let fixed: Vec<String> = near
            .into_iter()
            .take_while(|(d, _)| *d == best)
            .take(5)
            .map(|(_, t)| t)
            .collect();
        let alternatives: Vec<String> = fixed
            .iter()
            .map(|t| format!("{}* OR roots : {}", quoted(t), quoted(t)))
            .collect();
        groups.push(format!("({})", alternatives.join(" OR ")));
        roots.push(fixed.iter().map(|t| crate::fold::root(t)).collect());
    }
    if groups.is_empty() {
        return Ok(None);
    }
    let plain = (plain.len() == words.len()).then(|| plain.join(" "));
    Ok(Some(WordQuery {
        all: groups.join(" AND "),
        any: groups.join(" OR "),
        roots,
        plain,
    }))
}

/// A branch found by words, with what ranks it.
#[derive(Debug, Clone)]
pub(crate) struct Candidate {
    pub idcc: String,
    /// The words are exactly its short title or a usual name.
    pub exact: bool,
    /// Words of the question found in its short title or usual names.
    pub named: usize,
    pub active: bool,
    pub national: bool,
    /// Establishments in SIRO (its size).
    pub establishments: u64,
    /// Words of its best name the question did not give.
    pub extra: usize,
    /// Full-text score (lower is better).
    pub bm25: f64,
}

impl Candidate {
    /// Sort key: smaller is better.
    /// Size (SIRO establishments) decides between candidates that answer the words equally
    /// closely: "pâtissier" is 1267 Pâtisserie before the larger 0843 Boulangerie-pâtisserie.
    fn key(&self) -> (bool, usize, bool, bool, usize, u64) {
        (
            !self.exact,
            usize::MAX - self.named,
            !self.active,
            !self.national,
            self.extra,
            u64::MAX - self.establishments,
        )
    }

    /// True when `self` and `other` are as good as each other on every criterion.
    pub fn ties(&self, other: &Candidate) -> bool {
        self.key() == other.key() && (self.bm25 - other.bm25).abs() < 1e-6
    }
}

/// Exact names of replaced conventions give way to their heir when the heir answers the
/// same words ("courtage d'assurances" is 0956, replaced by 2247 "Entreprises de courtage
/// d'assurances réassurances"): people ask for the convention that applies today. One that
/// only the old convention answers ("métallurgie Moselle") stays.
fn heirs(
    store: &Store,
    text: &str,
    hits: Vec<(String, f64)>,
    exact: bool,
) -> Result<Vec<(String, f64)>> {
    if !exact {
        return Ok(hits);
    }
    let mut out = Vec::with_capacity(hits.len());
    let mut matching: Option<Vec<String>> = None;
    for (id, score) in hits {
        let mut heir = None;
        let mut next = store
            .branch_head(&id)?
            .and_then(|(h, s)| (!h.active).then_some(s))
            .flatten();
        let mut seen = 0;
        while let Some(code) = next.take() {
            seen += 1;
            if seen > 20 {
                break;
            }
            let Some((head, successor)) = store.branch_head(&code)? else {
                break;
            };
            if head.active {
                heir = Some(code);
                break;
            }
            next = successor;
        }
        if let Some(h) = heir {
            if matching.is_none() {
                matching = Some(match word_query(store, text)? {
                    Some(q) => store
                        .full_text_query(Some(Entity::Branch), &q.all, 300)?
                        .into_iter()
                        .map(|(_, id, _)| id)
                        .collect(),
                    None => vec![],
                });
            }
            if matching.as_ref().is_some_and(|m| m.contains(&h)) {
                if !out.iter().any(|(x, _): &(String, f64)| *x == h) {
                    out.push((h, score));
                }
                continue;
            }
        }
        out.push((id, score));
    }
    let mut seen = std::collections::HashSet::new();
    out.retain(|(id, _)| seen.insert(id.clone()));
    Ok(out)
}

/// True when a name word answers a question word's root (same root, or a longer form).
fn answers(root: &str, name_word: &str) -> bool {
    crate::fold::root(name_word) == root || (root.len() >= 4 && name_word.starts_with(root))
}

/// Branches matching `text`, best first: an exact short title or usual name first (only
/// those then), else full text ranked by words found in the names, active, national, fewer
/// other words, full-text score. Empty when nothing matches.
pub(crate) fn branch_candidates(store: &Store, text: &str) -> Result<Vec<Candidate>> {
    let mut exact: Vec<String> = Vec::new();
    for key in [fold(text), crate::fold::short_key(text)] {
        if key.is_empty() {
            continue;
        }
        for (id, rank) in store.names_equal(Entity::Branch, &key)? {
            if rank <= 3 && !exact.contains(&id) {
                exact.push(id);
            }
        }
    }
    let (hits, query): (Vec<(String, f64)>, WordQuery) = if exact.is_empty() {
        let Some(q) = word_query(store, text)? else {
            return Ok(vec![]);
        };
        let mut hits = store.full_text_query(Some(Entity::Branch), &q.all, 300)?;
        if hits.is_empty() {
            hits = store.full_text_query(Some(Entity::Branch), &q.any, 100)?;
        }
        (hits.into_iter().map(|(_, id, s)| (id, s)).collect(), q)
    } else {
        (
            exact.iter().map(|id| (id.clone(), 0.0)).collect(),
            WordQuery::default(),
        )
    };
    let hits = heirs(store, text, hits, !exact.is_empty())?;
    let ids: Vec<String> = hits.iter().map(|(id, _)| id.clone()).collect();
    let ranks = store.branch_ranks(&ids)?;
    let mut out: Vec<Candidate> = hits
        .into_iter()
        .map(|(idcc, bm25)| {
            let r = ranks.get(&idcc).cloned().unwrap_or_default();
            let (mut named, mut extra) = (0, usize::MAX);
            for name in &r.names {
                let name_words: Vec<&str> = name
                    .split(' ')
                    .filter(|w| !w.is_empty() && !crate::fold::is_stop_word(w))
                    .collect();
                let found = query
                    .roots
                    .iter()
                    .filter(|alts| {
                        alts.iter()
                            .any(|root| name_words.iter().any(|w| answers(root, w)))
                    })
                    .count();
                let other = name_words
                    .iter()
                    .filter(|w| !query.roots.iter().flatten().any(|root| answers(root, w)))
                    .count();
                if found > named || (found == named && other < extra) {
                    named = found;
                    extra = other;
                }
            }
            Candidate {
                exact: !exact.is_empty(),
                named,
                active: r.active,
                national: r.national,
                establishments: r.establishments,
                extra: if extra == usize::MAX { 0 } else { extra },
                bm25,
                idcc,
            }
        })
        .collect();
    out.sort_by(|a, b| a.key().cmp(&b.key()).then(a.bm25.total_cmp(&b.bm25)));
    Ok(out)
}
