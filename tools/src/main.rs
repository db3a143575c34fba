//! Maintainer tools for `data/` (README, "Development"); not run by CI.
//!
//! - `kali PACKAGE`: compares the catalogue's citations of Légifrance articles with a
//!   `@socialgouv/kali-data` package (its `.tgz`, or the unpacked folder).
//! - `draw N --seed S`: draws N filled facts at random, reproducibly, with the sources that
//!   back each, for a person to check.

mod draw;
mod kali;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "opmq-tools", about = "Maintainer tools for opmq's data/")]
struct Cli {
    /// The text catalogue to read.
    #[arg(long, global = true, default_value = concat!(env!("CARGO_MANIFEST_DIR"), "/../data"))]
    data: PathBuf,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Report cited articles missing from a kali-data package or whose quote it no longer
    /// holds, and in-force articles about an observatory the catalogue does not cite.
    Kali {
        /// The package: `socialgouv-kali-data-X.Y.Z.tgz`, or the folder it unpacks to.
        package: PathBuf,
    },
    /// Draw N filled facts (observatory, field, value) with their sources.
    Draw {
        n: usize,
        /// The same seed draws the same facts from the same data.
        #[arg(long)]
        seed: u64,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let cat = match opmq_catalogue::text::load(&cli.data) {
        Ok(cat) => cat,
        Err(e) => {
            eprintln!("opmq-tools: {e}");
            return ExitCode::from(4);
        }
    };
    let result = match cli.command {
        Command::Kali { package } => kali::run(&cat, &package),
        Command::Draw { n, seed } => {
            draw::run(&cat, n, seed);
            Ok(true)
        }
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            eprintln!("opmq-tools: {e}");
            ExitCode::from(4)
        }
    }
}
