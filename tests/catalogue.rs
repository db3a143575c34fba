//! The bundled SQLite catalogue says exactly what the text in data/ says.

use opmq::model::{Observatory, Opco};
use opmq::store::{BranchFilter, ObservatoryFilter, Store};
use opmq_catalogue::text;
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
    let in_force_rows = text.opco_in_force();
    let in_force: HashMap<&str, &text::OpcoInForce> = in_force_rows
        .iter()
        .map(|c| (c.link.idcc.as_str(), c))
        .collect();
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
        // The IDCC → OPCO table row, kept as it is.
        match (links.get(row.idcc.as_str()), &b.opco_table) {
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
        // The OPCO in force, as the text's rule decides it.
        match (in_force.get(row.idcc.as_str()), &b.opco) {
            (None, None) => {}
            (Some(c), Some(o)) => {
                assert_eq!(
                    (&o.id, &o.vintage, o.derived, &o.rule, &o.label),
                    (
                        &c.link.opco,
                        &c.link.vintage,
                        c.link.derived,
                        &c.link.rule,
                        &c.link.label
                    ),
                    "{}",
                    row.idcc
                );
                assert_eq!((o.establishments, o.share), (c.establishments, c.share));
            }
            (c, o) => panic!("{}: text {c:?} vs bundled {o:?}", row.idcc),
        }
        // Every SIRO pair of the IDCC, and their sum.
        let pairs: Vec<(&str, u64)> = text
            .siro
            .iter()
            .filter(|p| p.idcc == row.idcc)
            .map(|p| (p.opco.as_str(), p.establishments))
            .collect();
        let mut shown: Vec<(&str, u64)> = b
            .opco_shares
            .iter()
            .map(|s| (s.id.as_str(), s.establishments))
            .collect();
        let mut expected = pairs.clone();
        expected.sort_unstable();
        shown.sort_unstable();
        assert_eq!(shown, expected, "{}", row.idcc);
        let sum: u64 = pairs.iter().map(|p| p.1).sum();
        assert_eq!(b.establishments, (sum > 0).then_some(sum), "{}", row.idcc);
    }
}

#[test]
fn observatories_agree() {
    let text = text();
    let store = Store::bundled().unwrap();
    let bundled: Vec<Observatory> = store.observatories(&ObservatoryFilter::default()).unwrap();
    assert_eq!(bundled.len(), text.observatories.len());
    for (t, b) in text.observatories.iter().zip(&bundled) {
        // Every fact, agreement and source, field by field (one record type on both sides).
        assert_eq!(b.facts, t.facts, "{}", t.facts.id);
        assert_eq!(
            b.opco.as_ref().map(|o| (&o.id, o.confirmed)),
            t.opco.as_ref().map(|o| (o, t.opco_confirmed))
        );
        let idcc: Vec<&String> = b.branches.iter().map(|x| &x.idcc).collect();
        assert_eq!(idcc, t.idcc.iter().collect::<Vec<_>>(), "{}", t.facts.id);
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
        assert_eq!(&b.facts, t);
    }
    let datasets = store.datasets().unwrap();
    let mut keys: Vec<&str> = text.datasets.iter().map(|d| d.key.as_str()).collect();
    keys.sort_unstable();
    assert_eq!(
        datasets.iter().map(|d| d.key.as_str()).collect::<Vec<_>>(),
        keys
    );
    assert_eq!(store.info().unwrap().data_date, text.data_date());
}
