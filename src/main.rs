use clap::{CommandFactory, Parser};
use opmq::cli::{Cli, Command, Format};
use opmq::error::{Error, Result};
use opmq::store::Store;
use opmq::{output, query, render};
use std::io::Write;

/// Longer arguments are refused before any work (no name, IDCC or path needs more).
const MAX_ARG: usize = 4096;

fn main() {
    let cli = match parse() {
        Ok(cli) => cli,
        Err(e) => {
            report(&e);
            std::process::exit(e.exit_code());
        }
    };
    let code = match run(&cli) {
        Ok(()) => 0,
        Err(e) if e.is_broken_pipe() => 0,
        Err(e) => {
            report(&e);
            e.exit_code()
        }
    };
    std::process::exit(code);
}

/// Parses the command line; help and version are printed here and exit 0.
fn parse() -> Result<Cli> {
    if let Some(arg) = std::env::args_os().find(|a| a.len() > MAX_ARG) {
        return Err(Error::Usage(format!(
            "an argument is {} bytes long; at most {MAX_ARG} are accepted",
            arg.len()
        )));
    }
    Cli::try_parse().map_err(|e| {
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
        Error::Usage(format!(
            "{} (see opmq --help)",
            first.trim_start_matches("error: ")
        ))
    })
}

/// The one place errors reach the user: one line, then candidates when ambiguous.
fn report(e: &Error) {
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "opmq: {}", render::clean(&e.to_string()));
    if let Error::Ambiguous { candidates, .. } = e {
        for c in candidates {
            let _ = writeln!(err, "  {}", render::clean(c));
        }
    }
}

fn run(cli: &Cli) -> Result<()> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if let Command::Completions { shell } = &cli.command {
        opmq::cli::completions(*shell, &mut Cli::command(), &mut out)?;
        return Ok(out.flush()?);
    }
    if let Command::Import { file, reset } = &cli.command {
        let dest = opmq::import::destination()?;
        let store = match file {
            Some(file) if !reset => opmq::import::import(file, &dest)?,
            _ => {
                opmq::import::reset(&dest)?;
                Store::bundled()?
            }
        };
        let info = query::Output::Info(Box::new(store.info()?));
        let style = output::stdout_style(cli.global.color);
        render::render(&mut out, &info, cli.format(Format::Table), &style)?;
        return Ok(out.flush()?);
    }
    if let Command::Refresh { what } = &cli.command {
        if cli.format(Format::Table) == Format::Sqlite {
            return Err(Error::Usage(
                "--format sqlite is only for `opmq export`".into(),
            ));
        }
        let report = opmq::refresh::run(what, cli.global.catalogue.is_some())?;
        eprintln!(
            "opmq: {} updated from {}: {} rows read, {} change(s)",
            render::clean(&report.catalogue),
            render::clean(&report.file),
            report.rows,
            report.changes.len()
        );
        let style = output::stdout_style(cli.global.color);
        let result = query::Output::Refresh(Box::new(report));
        render::render(&mut out, &result, cli.format(Format::Table), &style)?;
        return Ok(out.flush()?);
    }
    let (store, warning) = opmq::location::open(cli.global.catalogue.as_deref())?;
    if let Some(w) = warning {
        eprintln!("opmq: {}", render::clean(&w));
    }
    if cli.format(Format::Table) == Format::Sqlite {
        return sqlite_export(cli, &store);
    }
    let result = query::run(&store, &cli.command)?;
    if let Command::Export {
        output: Some(path),
        force,
        ..
    } = &cli.command
    {
        // A file never gets a human table: the export's own JSON instead.
        let format = match cli.format(Format::Json) {
            Format::Table => Format::Json,
            f => f,
        };
        return output::write_atomic(path, *force, |w| {
            render::render(w, &result, format, &output::file_style())
        });
    }
    let style = output::stdout_style(cli.global.color);
    render::render(&mut out, &result, cli.format(Format::Table), &style)?;
    out.flush()?;
    match &result {
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
