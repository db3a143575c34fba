//! How complete the catalogue is: the figures `opmq info --coverage` reports.

use crate::model::{Coverage, Export, OpcoCoverage, OPCO_IDS};

fn count<T>(items: &[T], keep: impl Fn(&T) -> bool) -> u64 {
    items.iter().filter(|x| keep(x)).count() as u64
}

/// `n` of `of` in %, one decimal (0 when `of` is 0).
fn pct(n: u64, of: u64) -> f64 {
    if of == 0 {
        return 0.0;
    }
    (n as f64 * 1000.0 / of as f64).round() / 10.0
}

pub fn coverage(cat: &Export) -> Coverage {
    let obs = &cat.observatories;
    let active: Vec<_> = cat.branches.iter().filter(|b| b.active).collect();
    let national: Vec<_> = active
        .iter()
        .filter(|b| b.scope.as_deref() == Some("National"))
        .copied()
        .collect();
    let per_opco = OPCO_IDS
        .iter()
        .map(|id| {
            let of_opco =
                |o: &crate::model::Observatory| o.opco.as_ref().is_some_and(|x| x.id == *id);
            let branches: Vec<_> = active
                .iter()
                .filter(|b| b.opco.as_ref().is_some_and(|x| x.id == *id))
                .collect();
            OpcoCoverage {
                opco: id.to_string(),
                observatories: count(obs, |o| of_opco(o)),
                with_website: count(obs, |o| of_opco(o) && o.facts.website.is_some()),
                active_branches: branches.len() as u64,
                active_branches_with_observatory: count(&branches, |b| !b.observatories.is_empty()),
            }
        })
        .collect();
    let with_agreement = count(obs, |o| !o.facts.agreements.is_empty());
    let reachable = count(obs, |o| o.facts.reachable());
    Coverage {
        observatories: obs.len() as u64,
        with_agreement,
        with_agreement_pct: pct(with_agreement, obs.len() as u64),
        reachable,
        reachable_pct: pct(reachable, obs.len() as u64),
        with_website: count(obs, |o| o.facts.website.is_some()),
        with_email: count(obs, |o| o.facts.email.is_some()),
        with_phone: count(obs, |o| o.facts.phone.is_some()),
        with_address: count(obs, |o| o.facts.address.is_known()),
        with_any_contact: count(obs, |o| {
            o.facts.website.is_some()
                || o.facts.email.is_some()
                || o.facts.phone.is_some()
                || o.facts.address.is_known()
        }),
        active_idcc: active.len() as u64,
        active_idcc_opco_sourced: count(&active, |b| b.opco.as_ref().is_some_and(|o| !o.derived)),
        active_idcc_opco_derived: count(&active, |b| b.opco.as_ref().is_some_and(|o| o.derived)),
        active_idcc_without_opco: count(&active, |b| b.opco.is_none()),
        active_national_idcc: national.len() as u64,
        active_national_idcc_with_observatory: count(&national, |b| !b.observatories.is_empty()),
        active_national_idcc_without_observatory: count(&national, |b| b.observatories.is_empty()),
        per_opco,
    }
}
