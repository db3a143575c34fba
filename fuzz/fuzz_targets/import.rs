//! Any file given to `opmq import`: rejected with an error or installed, never a panic, and a
//! rejected file never replaces the installed catalogue.
#![no_main]

use libfuzzer_sys::fuzz_target;
use opmq::query::{answer, Request};
use std::sync::OnceLock;

static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let dir = DIR
        .get_or_init(|| {
            let dir = tempfile::tempdir().unwrap();
            std::env::set_var("OPMQ_DATA_DIR", dir.path().join("data"));
            dir
        })
        .path();
    let file = dir.join("input");
    std::fs::write(&file, data).unwrap();
    let dest = dir.join("data").join("catalogue.sqlite");
    let before = std::fs::read(&dest).ok();
    if answer(&Request::Import(file), None).is_err() {
        assert_eq!(std::fs::read(&dest).ok(), before, "a failed import changed the catalogue");
    }
});
