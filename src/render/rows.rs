//! Records as rows: shared by tables, CSV and Markdown. CSV headers are the English column
//! names in every language (scripts read them); tables and Markdown are translated.

use super::Rows;
use crate::model::{
    Branch, BranchOpco, BranchRef, Contact, Coverage, Info, NafAnswer, Observatory,
    ObservatoryOpco, Opco, Paths, RefreshReport, SearchHit, SiretAnswer, Violation,
};

// ---- rows shared by tables and CSV ------------------------------------------------------

/// The OPCO id; with "?" when it is only the branch's 2019 OPCO (the observatory's own
/// attachment unconfirmed).
pub(super) fn opco_of(o: Option<&ObservatoryOpco>) -> Option<String> {
    o.as_ref().map(|o| {
        if o.confirmed {
            o.id.clone()
        } else {
            format!("{}?", o.id)
        }
    })
}

pub(super) fn idcc_list(branches: &[BranchRef]) -> String {
    branches
        .iter()
        .map(|b| b.idcc.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

pub(super) fn branch_opco(o: Option<&BranchOpco>) -> Option<String> {
    o.as_ref().map(|o| {
        if o.derived {
            format!("{} (derived)", o.id)
        } else {
            o.id.clone()
        }
    })
}

pub(super) fn observatory_rows(list: &[Observatory]) -> Rows {
    let rows = list
        .iter()
        .map(|o| {
            let confirmed = o
                .opco
                .as_ref()
                .map(|x| if x.confirmed { "yes" } else { "no" }.to_owned());
            vec![
                Some(o.facts.id.clone()),
                o.facts.acronym.clone(),
                Some(o.facts.name.clone()),
                o.opco.as_ref().map(|x| x.id.clone()),
                confirmed,
                Some(idcc_list(&o.branches)),
                o.facts.website.clone(),
                o.facts.email.clone(),
                o.facts.phone.clone(),
                o.facts.status.clone(),
            ]
        })
        .collect();
    let headers = vec![
        "id",
        "acronym",
        "name",
        "opco",
        "opco_confirmed",
        "idcc",
        "website",
        "email",
        "phone",
        "status",
    ];
    (headers, rows)
}

pub(super) fn contact_rows(list: &[Contact]) -> Rows {
    let rows = list
        .iter()
        .map(|c| {
            vec![
                Some(c.id.clone()),
                Some(c.acronym.clone().unwrap_or_else(|| c.name.clone())),
                c.website.clone(),
                c.email.clone(),
                c.phone.clone(),
                c.address.line(),
            ]
        })
        .collect();
    (
        vec!["id", "observatory", "website", "email", "phone", "address"],
        rows,
    )
}

pub(super) fn branch_rows(list: &[Branch]) -> Rows {
    let rows = list
        .iter()
        .map(|b| {
            let obs: Vec<String> = b
                .observatories
                .iter()
                .map(|o| o.acronym.clone().unwrap_or_else(|| o.id.clone()))
                .collect();
            vec![
                Some(b.idcc.clone()),
                b.short_title.clone().or_else(|| Some(b.title.clone())),
                Some(if b.active { "yes" } else { "no" }.into()),
                b.successor.clone(),
                branch_opco(b.opco.as_ref()),
                b.establishments.map(|n| n.to_string()),
                (!obs.is_empty()).then(|| obs.join(" ")),
            ]
        })
        .collect();
    (
        vec![
            "idcc",
            "short_title",
            "active",
            "successor",
            "opco",
            "establishments",
            "observatories",
        ],
        rows,
    )
}

pub(super) fn opco_rows(list: &[Opco]) -> Rows {
    let rows = list
        .iter()
        .map(|o| {
            vec![
                Some(o.facts.id.clone()),
                Some(o.facts.name.clone()),
                Some(o.active_branches.to_string()),
                Some(o.observatories_count.to_string()),
                o.facts.website.clone(),
            ]
        })
        .collect();
    (
        vec!["id", "name", "active_branches", "observatories", "website"],
        rows,
    )
}

pub(super) fn search_rows(list: &[SearchHit]) -> Rows {
    let rows = list
        .iter()
        .map(|h| {
            vec![
                Some(h.kind.clone()),
                Some(h.id.clone()),
                Some(h.name.clone()),
                Some(if h.active { "yes" } else { "no" }.into()),
            ]
        })
        .collect();
    (vec!["kind", "id", "name", "active"], rows)
}

pub(super) fn coverage_rows(c: &Coverage) -> Rows {
    let rows = c
        .per_opco
        .iter()
        .map(|o| {
            vec![
                Some(o.opco.clone()),
                Some(o.observatories.to_string()),
                Some(o.with_website.to_string()),
                Some(o.active_branches.to_string()),
                Some(o.active_branches_with_observatory.to_string()),
            ]
        })
        .collect();
    let headers = vec![
        "opco",
        "observatories",
        "with_website",
        "active_idcc",
        "idcc_with_obs",
    ];
    (headers, rows)
}

pub(super) fn naf_rows(a: &NafAnswer) -> Rows {
    let rows = a
        .branches
        .iter()
        .map(|n| {
            let b = n.branch.as_ref();
            let obs: Vec<String> = b
                .map(|b| {
                    b.observatories
                        .iter()
                        .map(|o| o.acronym.clone().unwrap_or_else(|| o.id.clone()))
                        .collect()
                })
                .unwrap_or_default();
            let title = b.and_then(|b| b.short_title.clone().or_else(|| Some(b.title.clone())));
            vec![
                n.idcc.clone(),
                Some(format!("{:.1} %", n.share)),
                title.or_else(|| n.label.clone()),
                b.and_then(|b| branch_opco(b.opco.as_ref())),
                (!obs.is_empty()).then(|| obs.join(" ")),
            ]
        })
        .collect();
    (
        vec!["idcc", "share", "branch", "opco", "observatories"],
        rows,
    )
}

pub(super) fn change_rows(r: &RefreshReport) -> Rows {
    let rows = r
        .changes
        .iter()
        .map(|c| {
            vec![
                Some(c.idcc.clone()),
                Some(c.change.clone()),
                c.field.clone(),
                c.before.clone(),
                c.after.clone(),
            ]
        })
        .collect();
    (vec!["idcc", "change", "field", "before", "after"], rows)
}

pub(super) fn violation_rows(v: &[Violation]) -> Rows {
    let rows = v
        .iter()
        .map(|x| vec![Some(x.record.clone()), Some(x.problem.clone())]);
    (vec!["record", "problem"], rows.collect())
}

pub(super) fn info_rows(i: &Info) -> Rows {
    key_values(vec![
        ("version", i.version.clone()),
        ("schema_version", i.schema_version.to_string()),
        ("data_date", i.data_date.clone()),
        ("catalogue", i.catalogue.clone()),
    ])
}

pub(super) fn paths_rows(p: &Paths) -> Rows {
    key_values(vec![
        ("config_file", p.config_file.clone().unwrap_or_default()),
        (
            "user_catalogue",
            p.user_catalogue.clone().unwrap_or_default(),
        ),
        (
            "catalogue_override",
            p.catalogue_override.clone().unwrap_or_default(),
        ),
    ])
}

fn key_values(pairs: Vec<(&'static str, String)>) -> Rows {
    let rows = pairs
        .into_iter()
        .map(|(k, v)| vec![Some(k.to_owned()), (!v.is_empty()).then_some(v)])
        .collect();
    (vec!["key", "value"], rows)
}

pub(super) fn siret_rows(list: &[SiretAnswer]) -> Rows {
    let rows = list
        .iter()
        .map(|a| {
            let first = a.observatories.first();
            vec![
                Some(a.siret.clone()),
                Some(a.status.clone()),
                a.idcc.clone(),
                a.branch.as_ref().and_then(|b| b.short_title.clone()),
                a.branch
                    .as_ref()
                    .map(|b| if b.active { "yes" } else { "no" }.to_owned()),
                a.opco.as_ref().map(|o| o.id.clone()),
                (!a.observatories.is_empty()).then(|| {
                    let ids: Vec<&str> = a.observatories.iter().map(|o| o.id.as_str()).collect();
                    ids.join(" ")
                }),
                first.and_then(|o| o.website.clone()),
                first.and_then(|o| o.email.clone()),
                first.and_then(|o| o.phone.clone()),
            ]
        })
        .collect();
    (
        vec![
            "siret",
            "status",
            "idcc",
            "branch",
            "active",
            "opco",
            "observatories",
            "website",
            "email",
            "phone",
        ],
        rows,
    )
}
