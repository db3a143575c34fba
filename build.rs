//! Builds the SQLite catalogue from the text in `data/` into OUT_DIR; the library bundles it.

use opmq_catalogue::{text, write};
use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-changed=data");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR")).join("catalogue.sqlite");
    let catalogue = text::load(std::path::Path::new("data")).unwrap_or_else(|e| {
        panic!("data/ is not a valid catalogue: {e}");
    });
    let dangling = catalogue.dangling();
    assert!(
        dangling.is_empty(),
        "data/ has dangling references:\n{}",
        dangling.join("\n")
    );
    let gaps = catalogue.provenance_gaps();
    assert!(
        gaps.is_empty(),
        "data/ has facts whose sources cannot be found again:\n{}",
        gaps.join("\n")
    );
    names(&catalogue, &out.with_file_name("names.rs"));
    let _ = std::fs::remove_file(&out);
    let mut conn = rusqlite::Connection::open(&out).expect("create catalogue");
    conn.execute_batch("PRAGMA page_size = 4096; PRAGMA journal_mode = OFF;")
        .expect("pragmas");
    write::write(&mut conn, &catalogue).expect("write catalogue");
    conn.execute_batch("VACUUM").expect("vacuum");
}

/// The ids and acronyms shell completions offer, as Rust constants: completion scripts get
/// them without opening the catalogue.
fn names(catalogue: &text::TextCatalogue, path: &std::path::Path) {
    let mut observatories: Vec<String> = catalogue
        .observatories
        .iter()
        .flat_map(|o| std::iter::once(o.facts.id.clone()).chain(o.facts.acronym.clone()))
        .collect();
    observatories.sort();
    observatories.dedup();
    let opcos: Vec<String> = catalogue.opcos.iter().map(|o| o.id.clone()).collect();
    let code = format!(
        "/// Observatory ids and acronyms.\npub const OBSERVATORY_NAMES: &[&str] = &{observatories:?};\n\
         /// OPCO ids.\npub const OPCO_IDS: &[&str] = &{opcos:?};\n"
    );
    std::fs::write(path, code).expect("write names.rs");
}
