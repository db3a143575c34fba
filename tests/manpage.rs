//! The committed man page (man/opmq.1) matches the CLI definitions.
//! Regenerate with `OPMQ_BLESS=1 cargo test --test manpage`.

use clap::CommandFactory;
use opmq::cli::Cli;

#[test]
fn committed_man_page_matches_the_cli() {
    let mut page = Vec::new();
    clap_mangen::Man::new(Cli::command())
        .render(&mut page)
        .unwrap();
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("man/opmq.1");
    if std::env::var_os("OPMQ_BLESS").is_some() {
        std::fs::write(&path, &page).unwrap();
    }
    let committed = std::fs::read(&path).unwrap_or_default();
    assert!(
        committed == page,
        "man/opmq.1 is stale: regenerate with OPMQ_BLESS=1 cargo test --test manpage"
    );
    let text = String::from_utf8(page).unwrap();
    for needle in ["opmq", "branch", "Exit codes", "\\-\\-catalogue"] {
        assert!(text.contains(needle), "man page lacks {needle:?}");
    }
}
