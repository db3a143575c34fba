use clap::{CommandFactory, FromArgMatches};
use opmq::cli::{Cli, ColorChoice, Command, Format, Lang};
use opmq::config::Config;
use opmq::error::{Error, Result};
use opmq::store::Store;
use opmq::{i18n, output, query, render};
use std::ffi::OsString;
use std::io::Write;

/// Longer arguments are refused before any work (no name, IDCC or path needs more).
const MAX_ARG: usize = 4096;

fn main() {
    let args: Vec<OsString> = std::env::args_os().collect();
    // The config is read first: it may choose the language of the help.
    let config = opmq::config::load();
    let config_lang = config.as_ref().ok().and_then(|c| c.lang);
    let lang = i18n::decide(i18n::from_args(&args), config_lang);
    let outcome = parse(args, lang).and_then(|cli| {
        let config = config?;
        let lang = i18n::decide(cli.global.lang, config.lang);
        Ok((cli, config, lang))
    });
    let code = match outcome {
        Err(e) => {
            report(&e, lang);
            e.exit_code()
        }
        Ok((cli, config, lang)) => match run(&cli, &config, lang) {
            Ok(()) => 0,
            Err(e) if e.is_broken_pipe() => 0,
            Err(e) => {
                report(&e, lang);
                e.exit_code()
            }
        },
    };
    std::process::exit(code);
}

/// Parses the command line; help and version are printed here (in `lang`) and exit 0.
fn parse(args: Vec<OsString>, lang: Lang) -> Result<Cli> {
    if let Some(arg) = args.iter().find(|a| a.len() > MAX_ARG) {
        return Err(Error::Usage(format!(
            "an argument is {} bytes long; at most {MAX_ARG} are accepted",
            arg.len()
        )));
    }
    let has_json = args.iter().any(|a| a == "--json");
    let mut command = i18n::localise(Cli::command(), lang);
    let args = opmq::cli::normalise(args, &command);
    let parsed = command
        .try_get_matches_from_mut(args)
        .and_then(|m| Cli::from_arg_matches(&m));
    // The process ends soon after: freeing the command tree would only cost time.
    std::mem::forget(command);
    parsed.map_err(|e| {
        use clap::error::ErrorKind::*;
        if matches!(
            e.kind(),
            DisplayHelp | DisplayVersion | DisplayHelpOnMissingArgumentOrSubcommand
        ) {
            let _ = e.print();
            std::process::exit(if e.kind() == DisplayHelpOnMissingArgumentOrSubcommand {
                2
            } else {
                0
            });
        }
        let text = e.to_string();
        let first = text.lines().next().unwrap_or("invalid arguments");
        let hint = if e.kind() == UnknownArgument && has_json {
            "; to keep some JSON fields write --json=FIELD,FIELD"
        } else {
            ""
        };
        Error::Usage(format!(
            "{}{hint} (see opmq --help)",
            first.trim_start_matches("error: ")
        ))
    })
}

/// The one place errors reach the user: one line, then candidates when ambiguous.
fn report(e: &Error, lang: Lang) {
    let mut err = std::io::stderr().lock();
    let text = i18n::message(lang, &e.to_string());
    let _ = writeln!(err, "opmq: {}", render::clean(&text));
    if let Error::Ambiguous { candidates, .. } = e {
        for c in candidates {
            let _ = writeln!(err, "  {}", render::clean(c));
        }
    }
}

fn run(cli: &Cli, config: &Config, lang: Lang) -> Result<()> {
    let format = |default: Format| cli.format(config.format.unwrap_or(default));
    let style = || {
        let color = cli
            .global
            .color
            .or(config.color)
            .unwrap_or(ColorChoice::Auto);
        let ascii = cli.global.ascii || config.ascii.unwrap_or(false);
        output::stdout_style(color, ascii, lang)
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if let Command::Completions { shell } = &cli.command {
        opmq::cli::completions(*shell, &mut Cli::command(), &mut out)?;
        return Ok(out.flush()?);
    }
    let emit = |out: &mut dyn Write, result: &query::Output| {
        render::render(out, result, format(Format::Table), &style(), cli.fields())
    };
    // Commands that do not read a catalogue, or write the user's own.
    let early = match &cli.command {
        Command::Import { file, reset } => {
            let dest = opmq::import::destination()?;
            let store = match file {
                Some(file) if !reset => opmq::import::import(file, &dest)?,
                _ => {
                    opmq::import::reset(&dest)?;
                    Store::bundled()?
                }
            };
            Some(query::Output::Info(Box::new(store.info()?)))
        }
        Command::Info { paths: true, .. } => Some(query::Output::Paths(Box::new(query::paths()))),
        Command::Refresh { what } => {
            if format(Format::Table) == Format::Sqlite {
                return Err(Error::Usage(
                    "--format sqlite is only for `opmq export`".into(),
                ));
            }
            let report = opmq::refresh::run(what, cli.global.catalogue.is_some())?;
            let done = format!(
                "{} updated from {}: {} rows read, {} change(s)",
                report.catalogue,
                report.file,
                report.rows,
                report.changes.len()
            );
            eprintln!("opmq: {}", render::clean(&i18n::message(lang, &done)));
            Some(query::Output::Refresh(Box::new(report)))
        }
        _ => None,
    };
    if let Some(result) = early {
        emit(&mut out, &result)?;
        return Ok(out.flush()?);
    }
    let (store, warning) = opmq::location::open(cli.global.catalogue.as_deref())?;
    // Read-only and about to exit: closing SQLite and freeing the answer would only cost
    // time (5 % of `show`, 4 % of `list --json`).
    let store = std::mem::ManuallyDrop::new(store);
    if let Some(w) = warning {
        eprintln!("opmq: {}", render::clean(&i18n::message(lang, &w)));
    }
    if format(Format::Table) == Format::Sqlite {
        return sqlite_export(cli, &store);
    }
    let result = std::mem::ManuallyDrop::new(query::run(&store, &cli.command)?);
    if let Command::Export {
        output: Some(path),
        force,
        ..
    } = &cli.command
    {
        // A file never gets a human table: the export's own JSON instead.
        let format = match format(Format::Json) {
            Format::Table => Format::Json,
            f => f,
        };
        return output::write_atomic(path, *force, |w| {
            render::render(w, &result, format, &output::file_style(lang), cli.fields())
        });
    }
    emit(&mut out, &result)?;
    out.flush()?;
    match &*result {
        query::Output::Check(v) if !v.is_empty() => Err(Error::Data(format!(
            "{} rule(s) broken in catalogue {}",
            v.len(),
            store.origin()
        ))),
        _ => Ok(()),
    }
}

/// `export --format sqlite`: the catalogue in use as one SQLite file, as `--catalogue` reads it.
fn sqlite_export(cli: &Cli, store: &Store) -> Result<()> {
    let Command::Export {
        filter,
        output,
        force,
        ..
    } = &cli.command
    else {
        return Err(Error::Usage(
            "--format sqlite is only for `opmq export`".into(),
        ));
    };
    if filter.branch.is_some() || filter.opco.is_some() || filter.search.is_some() {
        return Err(Error::Usage(
            "a SQLite export is always the whole catalogue: drop the filters".into(),
        ));
    }
    let bytes = store.serialize()?;
    match output {
        Some(path) => output::write_atomic(path, *force, |w| Ok(w.write_all(&bytes)?)),
        None if std::io::IsTerminal::is_terminal(&std::io::stdout()) => Err(Error::Usage(
            "refusing to write a SQLite file to the terminal: add --output FILE".into(),
        )),
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(&bytes)?;
            Ok(out.flush()?)
        }
    }
}
