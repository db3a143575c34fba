//! Lowering: the parsed command line, the config file and the environment become one
//! [`Plan`] — a domain request ([`Request`]) and where and how to write its answer
//! ([`Sink`], [`Destination`]). Every rule that ties a format, `--json FIELD,FIELD`,
//! `--output` or the terminal to a command is stated here, once, and checked before the
//! catalogue is opened.

use crate::cli::{self, Cli, ColorChoice, Command, ObservatoryArgs};
use crate::config::Config;
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::message::Message;
use crate::query::{BranchQuery, ObservatoryQuery, Request, Table};
use crate::render::{unsuited, Format, Sink, Style};
use std::io::IsTerminal;
use std::path::PathBuf;

/// What to do.
#[derive(Debug)]
pub enum Plan {
    /// Print a shell's completion script (no catalogue involved).
    Completions(cli::Shell),
    /// Answer a request and write it.
    Answer {
        request: Request,
        sink: Sink,
        destination: Destination,
        /// `--catalogue FILE` (or OPMQ_CATALOGUE).
        catalogue: Option<PathBuf>,
    },
}

/// Where the answer goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Destination {
    Stdout,
    /// `export --output FILE`: written beside FILE and renamed; an existing FILE is kept
    /// unless `force`.
    File {
        path: PathBuf,
        force: bool,
    },
}

/// Lowers `cli` (with the config's defaults) into a plan.
pub fn lower(cli: Cli, config: &Config) -> Result<Plan> {
    let global = cli.global;
    let (request, output) = match request(cli.command) {
        Ok(lowered) => lowered,
        Err(shell) => return Ok(Plan::Completions(shell)),
    };
    let fields = global.json.clone().flatten();
    let format = global
        .format
        .or(global.json.as_ref().map(|_| Format::Json))
        .or(config.format)
        .unwrap_or(Format::Table);
    // The web page is for French readers first: French unless --lang (or the config) says
    // otherwise, whatever the locale of whoever makes it.
    let lang = match format {
        Format::Html => global.lang.or(config.lang).unwrap_or(Lang::Fr),
        _ => crate::i18n::decide(global.lang, config.lang),
    };
    let request = match (format, request) {
        (Format::Sqlite, Request::Export(q, _)) if q.is_filtered() => {
            return Err(Error::Usage(Message::SqliteWholeCatalogue))
        }
        (Format::Sqlite, Request::Export(..)) => Request::SqliteImage,
        (Format::Sqlite, _) => return Err(unsuited(Format::Sqlite)),
        (Format::Html, r @ Request::Export(..)) | (Format::Vcard, r @ Request::Contacts(..)) => r,
        (Format::Html, _) => return Err(unsuited(Format::Html)),
        (Format::Vcard, _) => return Err(unsuited(Format::Vcard)),
        (_, r) => r,
    };
    let fields = match fields {
        Some(_) if !matches!(format, Format::Json | Format::Ndjson) => {
            return Err(unsuited(format))
        }
        Some(list) => Some(crate::fields::parse(&list, request.record_kind())?),
        None => None,
    };
    let destination = match output {
        Some((path, force)) => Destination::File { path, force },
        None => Destination::Stdout,
    };
    let style = match &destination {
        // A file is plain: no colour, no terminal layout.
        Destination::File { .. } => Style {
            color: false,
            tty: false,
            width: None,
            ascii: false,
            lang,
        },
        Destination::Stdout => {
            let color = global.color.or(config.color).and_then(|c| match c {
                ColorChoice::Always => Some(true),
                ColorChoice::Never => Some(false),
                ColorChoice::Auto => None,
            });
            let ascii = global.ascii || config.ascii.unwrap_or(false);
            crate::output::stdout_style(color, ascii, lang)
        }
    };
    let format = match (&destination, format) {
        // A file never gets a human table: the export's own JSON instead.
        (Destination::File { .. }, Format::Table) => Format::Json,
        (Destination::Stdout, Format::Sqlite) if std::io::stdout().is_terminal() => {
            return Err(Error::Usage(Message::SqliteToTerminal))
        }
        (_, f) => f,
    };
    Ok(Plan::Answer {
        request,
        sink: Sink {
            format,
            fields,
            style,
        },
        destination,
        catalogue: global.catalogue,
    })
}

fn observatories(a: ObservatoryArgs) -> ObservatoryQuery {
    ObservatoryQuery {
        branch: a.branch,
        opco: a.opco,
        search: a.search,
    }
}

/// The domain request of a command, and its `--output FILE` (with `--force`); `completions`
/// is no request but its shell.
fn request(
    command: Command,
) -> std::result::Result<(Request, Option<(PathBuf, bool)>), cli::Shell> {
    let request = match command {
        Command::List(a) => Request::Observatories(observatories(a)),
        Command::Show { name } => Request::Observatory(name),
        Command::Contacts { name, filter } => Request::Contacts(name, observatories(filter)),
        Command::Branches {
            opco,
            observatory,
            search,
            all,
            without_observatory,
        } => Request::Branches(BranchQuery {
            opco,
            observatory,
            search,
            all,
            without_observatory,
        }),
        Command::Branch { idcc } => Request::Branch(idcc),
        Command::Opcos => Request::Opcos,
        Command::Opco { id } => Request::Opco(id),
        Command::Search { words, limit } => Request::Search {
            words: words.join(" "),
            limit,
        },
        Command::Export {
            filter,
            table,
            output,
            force,
        } => {
            let table = match table {
                cli::Table::Observatories => Table::Observatories,
                cli::Table::Branches => Table::Branches,
                cli::Table::Opcos => Table::Opcos,
            };
            let request = Request::Export(observatories(filter), table);
            return Ok((request, output.map(|p| (p, force))));
        }
        Command::Info { paths: true, .. } => Request::Paths,
        Command::Info { coverage: true, .. } => Request::Coverage,
        Command::Info { .. } => Request::Info,
        Command::Import {
            file: Some(file),
            reset: false,
        } => Request::Import(file),
        Command::Import { .. } => Request::ResetImport,
        Command::Refresh { what } => Request::Refresh(match what {
            cli::Refresh::Dares { file, edition, url } => {
                crate::refresh::Source::Dares { file, edition, url }
            }
            cli::Refresh::Opco { file, vintage, url } => {
                crate::refresh::Source::Opco { file, vintage, url }
            }
            cli::Refresh::Naf { file, url } => crate::refresh::Source::Naf { file, url },
            cli::Refresh::Siro { file, vintage, url } => {
                crate::refresh::Source::Siro { file, vintage, url }
            }
        }),
        Command::Siret {
            ids,
            stdin,
            from,
            column,
        } => Request::Siret(match (stdin, from, column) {
            (true, _, _) => crate::siret::Input::Stdin,
            (false, Some(file), Some(column)) => crate::siret::Input::Csv { file, column },
            _ => crate::siret::Input::Args(ids),
        }),
        Command::Naf { ape } => Request::Naf(ape),
        Command::Check => Request::Check,
        Command::Completions { shell } => return Err(shell),
    };
    Ok((request, None))
}

/// The language a plan will use, for messages written before a plan exists.
#[must_use]
pub fn language(args: &[std::ffi::OsString], config: Option<&Config>) -> Lang {
    crate::i18n::decide(crate::i18n::from_args(args), config.and_then(|c| c.lang))
}
