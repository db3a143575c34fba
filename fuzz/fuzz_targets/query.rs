//! Any text typed as a name, an IDCC or search words: lowered into domain requests and
//! answered against the bundled catalogue without a panic; every failure is one of opmq's
//! errors.
#![no_main]

use libfuzzer_sys::fuzz_target;
use opmq::query::{BranchQuery, ObservatoryQuery, Request};
use opmq::store::Store;
use std::sync::OnceLock;

static STORE: OnceLock<std::sync::Mutex<Store>> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let _ = opmq::fold::parse_idcc(text);
    let _ = opmq::fold::words(text);
    let store = STORE.get_or_init(|| std::sync::Mutex::new(Store::bundled().unwrap()));
    let store = store.lock().unwrap();
    let t = text.to_owned();
    let filter = ObservatoryQuery { branch: Some(t.clone()), opco: None, search: Some(t.clone()) };
    let branches = BranchQuery { search: Some(t.clone()), opco: Some(t.clone()), ..Default::default() };
    for request in [
        Request::Observatory(t.clone()),
        Request::Branch(t.clone()),
        Request::Opco(t.clone()),
        Request::Search { words: t.clone(), limit: 5 },
        Request::Observatories(filter),
        Request::Branches(branches),
        Request::Naf(t.clone()),
    ] {
        let _ = opmq::query::run(&store, &request);
    }
});
