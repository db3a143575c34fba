//! Command-line arguments (clap derive). Nothing here touches the catalogue.

pub use crate::i18n::Lang;
/// `--format`'s values are the output formats themselves.
pub use crate::render::Format;
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "opmq",
    version,
    about = "Offline reference for the French branch observatories (OPMQ): which convention \
             (IDCC), which OPCO, which observatory, and how to reach it.",
    after_help = crate::i18n::AFTER_HELP
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
pub struct Global {
    /// Print JSON (same as --format json); --json FIELD,FIELD keeps only those fields
    #[arg(
        long,
        global = true,
        num_args = 0..=1,
        require_equals = true,
        value_name = "FIELDS"
    )]
    pub json: Option<Option<String>>,
    /// Output format
    #[arg(long, global = true, value_enum)]
    pub format: Option<Format>,
    /// When to colour tables [default: auto]
    #[arg(long, global = true, value_enum)]
    pub color: Option<ColorChoice>,
    /// Language of tables, cards, messages and help [default: from LC_ALL, LC_MESSAGES or LANG]
    #[arg(long, global = true, value_enum)]
    pub lang: Option<Lang>,
    /// ASCII table borders (also when TERM=dumb)
    #[arg(long, global = true)]
    pub ascii: bool,
    /// Read this catalogue file (SQLite, as `opmq export --format sqlite` writes) instead of
    /// the bundled one
    #[arg(long, global = true, env = "OPMQ_CATALOGUE", value_name = "FILE")]
    pub catalogue: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Shell {
    Bash,
    Zsh,
    Fish,
    Powershell,
    Elvish,
}

/// Filters shared by `list`, `contacts` and `export`; combined with AND.
#[derive(Debug, Clone, Default, Args)]
pub struct ObservatoryArgs {
    /// Observatories covering this branch: an IDCC (16, 0016, "IDCC 16") or words of its title
    #[arg(long, short = 'b', value_name = "IDCC|WORDS")]
    pub branch: Option<String>,
    /// Observatories attached to this OPCO (id or any usual spelling: atlas, "OPCO Mobilité")
    #[arg(long, short = 'o', value_name = "OPCO")]
    pub opco: Option<String>,
    /// Observatories whose name, acronym or scope matches these words
    #[arg(long, short = 's', value_name = "WORDS")]
    pub search: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List observatories (all, or filtered)
    List(ObservatoryArgs),
    /// Show one observatory's card: OPCO, contacts, branches covered, sources
    Show {
        /// Id, acronym or name (case and accents ignored; a unique prefix is enough)
        name: String,
    },
    /// How to reach observatories: website, email, phone, address
    Contacts {
        /// One observatory (id, acronym or name); otherwise all, or those the filters keep
        name: Option<String>,
        #[command(flatten)]
        filter: ObservatoryArgs,
    },
    /// List branches (conventions collectives by IDCC); active ones unless --all
    Branches {
        /// Branches attached to this OPCO
        #[arg(long, short = 'o', value_name = "OPCO")]
        opco: Option<String>,
        /// Branches covered by this observatory (id, acronym or name)
        #[arg(long, value_name = "NAME")]
        observatory: Option<String>,
        /// Branches whose title matches these words
        #[arg(long, short = 's', value_name = "WORDS")]
        search: Option<String>,
        /// Include inactive (replaced or expired) conventions
        #[arg(long)]
        all: bool,
        /// Only national conventions that no observatory in the catalogue covers
        #[arg(long)]
        without_observatory: bool,
    },
    /// Show one branch: title, status, successors, OPCO, observatories and their contacts
    Branch {
        /// IDCC (16, 0016, "IDCC 16") or words of the title
        #[arg(allow_hyphen_values = true)]
        idcc: String,
    },
    /// List the 11 OPCO
    Opcos,
    /// Show one OPCO with its branches and observatories
    Opco {
        /// Id or any usual spelling (atlas, "OPCO Mobilité", "opco 2i")
        id: String,
    },
    /// Search observatories, branches and OPCO at once, best matches first
    Search {
        /// Words (case and accents ignored; each word may be a prefix)
        #[arg(required = true, num_args = 1..)]
        words: Vec<String>,
        /// At most this many results
        #[arg(long, default_value_t = 20)]
        limit: u32,
    },
    /// Write the whole catalogue (or the observatories the filters keep) as JSON, NDJSON, CSV
    /// or SQLite
    Export {
        #[command(flatten)]
        filter: ObservatoryArgs,
        /// Which table to write as CSV
        #[arg(long, value_enum, default_value_t = Table::Observatories)]
        table: Table,
        /// Write to this file (atomically) instead of standard output
        #[arg(long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Replace FILE if it exists
        #[arg(long)]
        force: bool,
    },
    /// Catalogue version, data date, counts and sources
    Info {
        /// Report how complete the catalogue is: contacts, OPCO, branches covered, per OPCO
        #[arg(long, conflicts_with = "paths")]
        coverage: bool,
        /// Print where opmq looks for its config file and your catalogue (opens neither)
        #[arg(long)]
        paths: bool,
    },
    /// Install a catalogue (an opmq JSON or SQLite export) as your own copy, after checking it
    /// completely; opmq then reads it instead of the bundled one
    Import {
        /// The file to import
        #[arg(required_unless_present = "reset", value_name = "FILE")]
        file: Option<PathBuf>,
        /// Remove your copy and return to the bundled catalogue
        #[arg(long, conflicts_with = "file")]
        reset: bool,
    },
    /// Update your catalogue from the State's own files (DARES list of conventions, IDCC→OPCO
    /// table, APE→IDCC table); prints what changed
    Refresh {
        #[command(subcommand)]
        what: Refresh,
    },
    /// Branches covering an APE (NAF) code, by share of employees, with OPCO and observatories
    /// (needs `opmq refresh naf FILE.xlsx` first)
    Naf {
        /// The APE code: 6202A, 62.02A or 62.02a
        ape: String,
    },
    /// From a SIRET (or a SIREN: its establishments) to its IDCC, OPCO and observatories
    /// (needs `opmq refresh siro FILE.csv` first)
    Siret {
        /// SIRET (14 digits) or SIREN (9 digits); spaces allowed: "552 100 554 00021"
        #[arg(required_unless_present_any = ["stdin", "from"])]
        ids: Vec<String>,
        /// Read SIRET from standard input, one a line
        #[arg(long, conflicts_with_all = ["ids", "from"])]
        stdin: bool,
        /// Read SIRET from a column of a CSV file (`,` or `;`), named by --column
        #[arg(
            long,
            value_name = "FILE.csv",
            requires = "column",
            conflicts_with = "ids"
        )]
        from: Option<PathBuf>,
        /// The header of the --from column holding the SIRET
        #[arg(long, value_name = "NAME", requires = "from")]
        column: Option<String>,
    },
    /// Validate the catalogue in use (or --catalogue FILE); exits 4 listing every violation
    Check,
    /// Print a shell completion script
    Completions {
        #[arg(value_enum)]
        shell: Shell,
    },
}

/// The files `opmq refresh` reads. Each is checked completely before your catalogue is
/// replaced in one rename; a file of the wrong shape changes nothing (exit 4).
#[derive(Debug, Subcommand)]
pub enum Refresh {
    /// The DARES "Fichier de suivi historique des conventions collectives" (xlsx): titles,
    /// status, successors, dates of every IDCC; observatories and OPCO links are kept
    Dares {
        /// The xlsx file, as downloaded from travail-emploi.gouv.fr
        #[arg(value_name = "FILE.xlsx")]
        file: PathBuf,
        /// The month of the edition; default: read from the file name (…_Juin2026.xlsx)
        #[arg(long, value_name = "YYYY-MM")]
        edition: Option<String>,
        /// Where you downloaded the file, recorded as the source (default: the DARES page)
        #[arg(long, value_name = "URL")]
        url: Option<String>,
    },
    /// An IDCC→OPCO table in the ministry layout (IDCC;Opérateur de compétences;Libellé;obs,
    /// UTF-8); its rows supersede older and derived attachments
    Opco {
        /// The CSV file (`;`-separated, with or without a BOM)
        file: PathBuf,
        /// The date the table is valid from (required: the file does not say)
        #[arg(long, value_name = "YYYY-MM-DD")]
        vintage: String,
        /// Where you downloaded the file, recorded as the source (default: the ministry site)
        #[arg(long, value_name = "URL")]
        url: Option<String>,
    },
    /// France compétences' SIRET→OPCO table (SIRO, siro-AAAAMM.csv, `|`-separated), for
    /// `opmq siret`; recomputes every IDCC's OPCO from it
    Siro {
        /// The CSV file, as downloaded from data.gouv.fr
        #[arg(value_name = "FILE.csv")]
        file: PathBuf,
        /// The month of the edition; default: read from the file name (siro-202606.csv)
        #[arg(long, value_name = "YYYY-MM")]
        vintage: Option<String>,
        /// Where you downloaded the file, recorded as the source (default: the dataset page)
        #[arg(long, value_name = "URL")]
        url: Option<String>,
    },
    /// The DARES APE→IDCC passage table (xlsx, sheet IDCC<year>_passageAPEIDCC_diff), for
    /// `opmq naf`; replaces any earlier table
    Naf {
        /// The xlsx file, as downloaded from dares.travail-emploi.gouv.fr
        #[arg(value_name = "FILE.xlsx")]
        file: PathBuf,
        /// Where you downloaded the file, recorded as the source (default: the DARES page)
        #[arg(long, value_name = "URL")]
        url: Option<String>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Table {
    Observatories,
    Branches,
    Opcos,
}

impl Cli {
    /// The format asked for: --format wins, then --json, else `default`.
    #[must_use]
    pub fn format(&self, default: Format) -> Format {
        self.global.format.unwrap_or(if self.global.json.is_some() {
            Format::Json
        } else {
            default
        })
    }

    /// The fields of `--json FIELD,FIELD`, when given.
    #[must_use]
    pub fn fields(&self) -> Option<&str> {
        self.global.json.as_ref().and_then(|f| f.as_deref())
    }
}

/// Lets `--json id,name` be written without `=`: the word after `--json` is its value when it
/// is a comma-separated list of field names some command has (so `--json opiiec` stays a
/// name, and `opmq --json list` a command).
#[must_use]
pub fn normalise(
    args: Vec<std::ffi::OsString>,
    command: &clap::Command,
) -> Vec<std::ffi::OsString> {
    let Some(at) = args.iter().position(|a| a == "--json") else {
        return args; // the common case: nothing to look up
    };
    if args.get(at + 1).is_none() {
        return args;
    }
    let known = crate::fields::all_fields();
    let commands: Vec<&str> = command
        .get_subcommands()
        .map(clap::Command::get_name)
        .collect();
    // Known names, or a comma list that can only be fields (then checked and refused
    // with the valid ones listed).
    let is_fields = |a: &std::ffi::OsString| {
        a.to_str().is_some_and(|t| {
            let listy = t.contains(',')
                && t.chars()
                    .all(|c| c.is_ascii_lowercase() || c == '_' || c == ',');
            !commands.contains(&t) && (listy || t.split(',').all(|f| known.contains(f.trim())))
        })
    };
    let mut out = Vec::with_capacity(args.len());
    let mut iter = args.into_iter().peekable();
    while let Some(arg) = iter.next() {
        if arg == "--" {
            out.push(arg);
            out.extend(iter);
            break;
        }
        if arg == "--json" && iter.peek().is_some_and(is_fields) {
            let mut joined = std::ffi::OsString::from("--json=");
            joined.push(iter.next().unwrap_or_default());
            out.push(joined);
        } else {
            out.push(arg);
        }
    }
    out
}

/// Names from the bundled catalogue, built in by build.rs (no catalogue is opened).
mod names {
    include!(concat!(env!("OUT_DIR"), "/names.rs"));
}

/// The command line as completion scripts see it: observatory ids and acronyms, and OPCO ids,
/// offered as values (parsing itself never restricts them).
fn offer_names(cmd: clap::Command) -> clap::Command {
    use clap::builder::PossibleValuesParser;
    let observatory = || PossibleValuesParser::new(names::OBSERVATORY_NAMES);
    let opco = || PossibleValuesParser::new(names::OPCO_IDS);
    let sub = |cmd: clap::Command, name: &str, arg: &str, values: PossibleValuesParser| {
        cmd.mut_subcommand(name, |s| s.mut_arg(arg, |a| a.value_parser(values)))
    };
    let mut cmd = cmd;
    cmd = sub(cmd, "show", "name", observatory());
    cmd = sub(cmd, "contacts", "name", observatory());
    cmd = sub(cmd, "branches", "observatory", observatory());
    cmd = sub(cmd, "opco", "id", opco());
    for name in ["list", "contacts", "export", "branches"] {
        cmd = sub(cmd, name, "opco", opco());
    }
    cmd
}

/// Writes the completion script for `shell`.
pub fn completions(
    shell: Shell,
    cmd: &mut clap::Command,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    use clap_complete::{generate, shells};
    let name = cmd.get_name().to_owned();
    let cmd = &mut offer_names(cmd.clone());
    // Generated into memory first: clap_complete panics on a failed write (closed pipe).
    let mut script = Vec::new();
    match shell {
        Shell::Bash => generate(shells::Bash, cmd, name, &mut script),
        Shell::Zsh => generate(shells::Zsh, cmd, name, &mut script),
        Shell::Fish => generate(shells::Fish, cmd, name, &mut script),
        Shell::Powershell => generate(shells::PowerShell, cmd, name, &mut script),
        Shell::Elvish => generate(shells::Elvish, cmd, name, &mut script),
    }
    out.write_all(&script)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every help text of the command line has a French version.
    #[test]
    fn all_help_is_translated() {
        use clap::CommandFactory;
        fn walk(cmd: &clap::Command, missing: &mut Vec<String>) {
            let mut texts: Vec<String> = cmd
                .get_about()
                .iter()
                .map(std::string::ToString::to_string)
                .collect();
            texts.extend(
                cmd.get_arguments()
                    .filter_map(|a| a.get_help())
                    .map(std::string::ToString::to_string),
            );
            for text in texts {
                if !crate::i18n::has_french(&text) {
                    missing.push(text);
                }
            }
            for sub in cmd.get_subcommands() {
                walk(sub, missing);
            }
        }
        let mut missing = Vec::new();
        walk(&Cli::command(), &mut missing);
        missing.dedup();
        assert!(
            missing.is_empty(),
            "untranslated help:\n{}",
            missing.join("\n")
        );
    }

    /// The French examples and exit codes list the same commands as the English ones.
    #[test]
    fn french_after_help_follows_the_english() {
        let en = crate::i18n::AFTER_HELP;
        let fr = crate::i18n::t(Lang::Fr, en);
        assert_ne!(en, fr, "French after-help");
        let commands = |text: &str| -> Vec<String> {
            text.lines()
                .filter_map(|l| l.trim().strip_prefix("opmq "))
                .map(|c| c.split("  ").next().unwrap_or("").to_owned())
                .collect()
        };
        assert_eq!(
            commands(en),
            commands(fr)
                .into_iter()
                .map(|c| c.replace("FICHIER", "FILE"))
                .collect::<Vec<_>>()
        );
        assert_eq!(en.lines().count(), fr.lines().count());
    }
}
