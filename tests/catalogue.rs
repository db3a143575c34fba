//! The bundled SQLite catalogue says exactly what the text in data/ says.

use opmq::model::{Observatory, Opco};
use opmq::store::{BranchFilter, ObservatoryFilter, Store};
use opmq::text;
use std::collections::HashMap;

fn text() -> text::TextCatalogue {
    text::load(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data"))
        .expect("data/ parses")
}

#[test]
fn branches_and_opco_links_agree() {
    let text = text();
    let store = Store::bundled().unwrap();
    let bundled = store
        .branches(&BranchFilter {
            all: true,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(bundled.len(), text.branches.len());
    let links: HashMap<&str, &text::OpcoLinkRow> =
        text.links.iter().map(|l| (l.idcc.as_str(), l)).collect();
    let by_idcc: HashMap<&str, &opmq::model::Branch> =
        bundled.iter().map(|b| (b.idcc.as_str(), b)).collect();
    for row in &text.branches {
        let b = by_idcc[row.idcc.as_str()];
        assert_eq!(b.title, row.title);
        assert_eq!(b.short_title, row.short_title);
        assert_eq!(b.kind, row.kind);
        assert_eq!(b.regime, row.regime);
        assert_eq!(b.scope, row.scope);
        assert_eq!(b.active, row.active == 1);
        assert_eq!(b.successor, row.successor);
        assert_eq!(b.kali_id, row.kali_id);
        assert_eq!(b.code_dares, row.code_dares);
        assert_eq!(
            (&b.date_signature, &b.date_effet, &b.date_fin),
            (&row.date_signature, &row.date_effet, &row.date_fin)
        );
        let keys: Vec<&str> = row.sources.split_whitespace().collect();
        let got: Vec<&str> = b
            .sources
            .iter()
            .map(|s| s.dataset.as_deref().unwrap())
            .collect();
        assert_eq!(got, keys, "{}", row.idcc);
        match (links.get(row.idcc.as_str()), &b.opco) {
            (None, None) => {}
            (Some(l), Some(o)) => {
                assert_eq!(
                    (&o.id, &o.vintage, o.derived),
                    (&l.opco, &l.vintage, l.derived)
                );
                assert_eq!((&o.rule, &o.label), (&l.rule, &l.label));
            }
            (l, o) => panic!("{}: text {l:?} vs bundled {o:?}", row.idcc),
        }
    }
}

#[test]
fn observatories_agree() {
    let text = text();
    let store = Store::bundled().unwrap();
    let bundled: Vec<Observatory> = store.observatories(&ObservatoryFilter::default()).unwrap();
    assert_eq!(bundled.len(), text.observatories.len());
    for (t, b) in text.observatories.iter().zip(&bundled) {
        assert_eq!(b.id, t.id);
        assert_eq!(
            (&b.name, &b.acronym, &b.aliases),
            (&t.name, &t.acronym, &t.aliases)
        );
        assert_eq!(
            (&b.status, &b.level, &b.replaced_by),
            (&t.status, &t.level, &t.replaced_by)
        );
        assert_eq!(
            b.opco.as_ref().map(|o| (&o.id, o.confirmed)),
            t.opco.as_ref().map(|o| (o, t.opco_confirmed))
        );
        assert_eq!(
            (&b.website, &b.email, &b.phone),
            (&t.website, &t.email, &t.phone)
        );
        let a = t.address.clone().unwrap_or_default();
        assert_eq!(
            (&b.address.street, &b.address.postcode, &b.address.city),
            (&a.street, &a.postcode, &a.city)
        );
        let idcc: Vec<&String> = b.branches.iter().map(|x| &x.idcc).collect();
        assert_eq!(idcc, t.idcc.iter().collect::<Vec<_>>(), "{}", t.id);
        assert_eq!(b.branches_rule, t.idcc_rule);
        assert_eq!(
            (&b.branches_text, &b.legal_basis, &b.notes),
            (&t.branches_text, &t.legal_basis, &t.notes)
        );
        assert_eq!(b.sources.len(), t.sources.len());
        for (bs, ts) in b.sources.iter().zip(&t.sources) {
            assert_eq!(bs.dataset, ts.dataset);
            if let Some(url) = &ts.url {
                assert_eq!(&bs.url, url);
            }
            assert_eq!(
                (&bs.supports, &bs.checked, &bs.note),
                (&ts.supports, &ts.checked, &ts.note)
            );
        }
    }
}

#[test]
fn opcos_and_datasets_agree() {
    let text = text();
    let store = Store::bundled().unwrap();
    let bundled: Vec<Opco> = store.opcos(None).unwrap();
    let mut expected = text.opcos.clone();
    expected.sort_by(|a, b| a.id.cmp(&b.id));
    assert_eq!(bundled.len(), expected.len());
    for (b, t) in bundled.iter().zip(&expected) {
        assert_eq!(
            (&b.id, &b.name, &b.full_name, &b.aliases),
            (&t.id, &t.name, &t.full_name, &t.aliases)
        );
        assert_eq!(
            (&b.website, &b.siren, &b.address, &b.phone),
            (&t.website, &t.siren, &t.address, &t.phone)
        );
        let urls: Vec<&String> = b.sources.iter().map(|s| &s.url).collect();
        assert_eq!(urls, t.sources.iter().map(|s| &s.url).collect::<Vec<_>>());
    }
    let datasets = store.datasets().unwrap();
    let mut keys: Vec<&str> = text.datasets.iter().map(|d| d.key.as_str()).collect();
    keys.sort();
    assert_eq!(
        datasets.iter().map(|d| d.key.as_str()).collect::<Vec<_>>(),
        keys
    );
    assert_eq!(store.info().unwrap().data_date, text.data_date());
}
