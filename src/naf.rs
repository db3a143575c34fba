//! `opmq naf <APE>`: the branches covering an APE (NAF) code, by share of its employees,
//! each with its OPCO and observatories, from the DARES table `opmq refresh naf` imported.

use crate::error::{Error, Result};
use crate::message::Message;
use crate::model::{NafAnswer, NafBranch};
use crate::store::{BranchFilter, Store};
use std::collections::HashMap;

/// Parses an APE code written `6202A`, `62.02A`, `62.02a` or `62 02 A` into `6202A`.
pub fn parse_ape(input: &str) -> Option<String> {
    let code: String = input
        .chars()
        .filter(|c| !matches!(c, '.' | ' '))
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let b = code.as_bytes();
    (b.len() == 5 && b[..4].iter().all(u8::is_ascii_digit) && b[4].is_ascii_uppercase())
        .then_some(code)
}

pub fn answer(store: &Store, input: &str) -> Result<NafAnswer> {
    let ape = parse_ape(input).ok_or_else(|| {
        Error::Usage(Message::NotAnApe {
            input: crate::error::shorten(input),
        })
    })?;
    if store.naf_count()? == 0 {
        return Err(Error::not_found(Message::NoNafTable));
    }
    let rows = store.naf_rows(Some(&ape))?;
    let Some(first) = rows.first() else {
        return Err(Error::not_found(Message::ApeNotInTable { ape }));
    };
    let idcc: Vec<String> = rows.iter().filter_map(|r| r.idcc.clone()).collect();
    let branches: HashMap<String, crate::model::Branch> = store
        .branches(&BranchFilter {
            idcc: Some(idcc),
            all: true,
            ..Default::default()
        })?
        .into_iter()
        .map(|b| (b.idcc.clone(), b))
        .collect();
    let mut list: Vec<NafBranch> = rows
        .iter()
        .map(|r| NafBranch {
            idcc: r.idcc.clone(),
            label: r.idcc_label.clone(),
            share: r.share,
            branch: r.idcc.as_ref().and_then(|i| branches.get(i).cloned()),
        })
        .collect();
    list.sort_by(|a, b| b.share.total_cmp(&a.share).then(a.idcc.cmp(&b.idcc)));
    Ok(NafAnswer {
        ape_label: first.ape_label.clone(),
        employees: first.employees,
        source: store.dataset_url(&first.dataset)?,
        ape,
        branches: list,
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn ape_codes_in_their_usual_forms() {
        assert_eq!(super::parse_ape("62.02a").as_deref(), Some("6202A"));
        assert_eq!(super::parse_ape("62 02 A").as_deref(), Some("6202A"));
        assert_eq!(super::parse_ape("6202"), None);
    }
}
