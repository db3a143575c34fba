//! The committed completion scripts under completions/ match what the CLI generates.

use clap::CommandFactory;
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
