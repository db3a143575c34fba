//! The committed completion scripts under completions/ match what the CLI generates.

use clap::CommandFactory;
use clap::Parser;
use opmq::cli::{completions, Cli, Shell};

#[test]
fn committed_completions_match_the_cli() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    for (shell, file) in [
        (Shell::Bash, "opmq.bash"),
        (Shell::Zsh, "_opmq"),
        (Shell::Fish, "opmq.fish"),
        (Shell::Powershell, "_opmq.ps1"),
        (Shell::Elvish, "opmq.elv"),
    ] {
        let mut generated = Vec::new();
        completions(shell, &mut Cli::command(), &mut generated).unwrap();
        let committed = std::fs::read(dir.join(file)).unwrap_or_default();
        assert!(
            committed == generated,
            "completions/{file} is stale: regenerate with `cargo run -- completions {shell:?}` \
             (lower-case) > completions/{file}"
        );
    }
}

/// Completions offer the catalogue's observatory ids and acronyms and the OPCO ids as values,
/// and the real parser still takes any spelling.
#[test]
fn completions_offer_observatory_and_opco_ids() {
    let list: Vec<opmq::model::Observatory> = {
        let out = assert_cmd::Command::cargo_bin("opmq")
            .unwrap()
            .env("OPMQ_CONFIG_DIR", "/nonexistent")
            .env_remove("OPMQ_CATALOGUE")
            .args(["list", "--json"])
            .output()
            .unwrap();
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let mut zsh = Vec::new();
    completions(Shell::Zsh, &mut Cli::command(), &mut zsh).unwrap();
    let zsh = String::from_utf8(zsh).unwrap();
    let values = |starts: &str| -> Vec<String> {
        let line = zsh
            .lines()
            .map(str::trim)
            .find(|l| l.starts_with(starts))
            .unwrap_or_else(|| panic!("no {starts}"));
        let inner = line.rsplit_once(":(").expect("value list").1;
        inner
            .trim_end_matches(['\'', ')', ' ', '\\'])
            .split(' ')
            .map(str::to_owned)
            .collect()
    };
    let show = values("':name -- Id, acronym or name");
    for o in &list {
        assert!(show.contains(&o.facts.id), "{} not offered", o.facts.id);
        if let Some(a) = &o.facts.acronym {
            assert!(show.contains(a), "{a} not offered");
        }
    }
    let opco = values("'-o+[Observatories attached to this OPCO");
    assert_eq!(opco.len(), 11, "{opco:?}");
    assert!(opco.contains(&"opco2i".to_owned()));
    let parsed = Cli::try_parse_from(["opmq", "list", "--opco", "OPCO Mobilité"]);
    assert!(parsed.is_ok(), "values offered, not enforced");
}
