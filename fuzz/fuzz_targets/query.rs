//! Any text typed as a name, an IDCC or search words: parsed and run against the bundled
//! catalogue without a panic; every failure is one of opmq's errors.
#![no_main]

use libfuzzer_sys::fuzz_target;
use opmq::cli::{Command, ObservatoryArgs};
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
    let filter = ObservatoryArgs { branch: Some(t.clone()), opco: None, search: Some(t.clone()) };
    for command in [
        Command::Show { name: t.clone() },
        Command::Branch { idcc: t.clone() },
        Command::Opco { id: t.clone() },
        Command::Search { words: vec![t.clone()], limit: 5 },
        Command::List(filter),
    ] {
        let _ = opmq::query::run(&store, &command);
    }
});
