use clap::{CommandFactory, FromArgMatches};
use opmq::cli::{self, Cli, Lang};
use opmq::error::{Error, Result};
use opmq::message::{ArgumentError, Message};
use opmq::plan::{self, Destination, Plan};
use std::ffi::OsString;
use std::io::Write;

/// Longer arguments are refused before any work (no name, IDCC or path needs more).
const MAX_ARG: usize = 4096;

/// parse → plan → run → report.
fn main() {
    let args: Vec<OsString> = std::env::args_os().collect();
    // The config is read first: it may choose the language of the help.
    let config = opmq::config::load();
    let lang = plan::language(&args, config.as_ref().ok());
    let outcome = parse(args, lang)
        .and_then(|cli| plan::lower(cli, &config?))
        .and_then(run);
    let code = match outcome {
        Ok(()) => 0,
        Err(e) if e.is_broken_pipe() => 0,
        Err(e) => {
            report(&e, lang);
            e.exit_code()
        }
    };
    std::process::exit(code);
}

/// Answers the plan and writes the answer where it goes.
fn run(plan: Plan) -> Result<()> {
    let (request, sink, destination, catalogue) = match plan {
        Plan::Completions(shell) => {
            let mut out = std::io::stdout().lock();
            cli::completions(shell, &mut Cli::command(), &mut out)?;
            return Ok(out.flush()?);
        }
        Plan::Answer {
            request,
            sink,
            destination,
            catalogue,
        } => (request, sink, destination, catalogue),
    };
    let answer = opmq::query::answer(&request, catalogue.as_deref())?;
    for notice in &answer.notices {
        say(&notice.text(sink.style.lang));
    }
    // About to exit: freeing the answer would only cost time.
    let output = std::mem::ManuallyDrop::new(answer.output);
    match destination {
        Destination::File { path, force } => {
            opmq::output::write_atomic(&path, force, |w| opmq::render::write(w, &output, &sink))?;
        }
        Destination::Stdout => {
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            opmq::render::write(&mut out, &output, &sink)?;
            out.flush()?;
        }
    }
    answer.failure.map_or(Ok(()), Err)
}

/// Parses the command line; help and version are printed here (in `lang`) and exit 0.
fn parse(args: Vec<OsString>, lang: Lang) -> Result<Cli> {
    if let Some(arg) = args.iter().find(|a| a.len() > MAX_ARG) {
        return Err(Error::Usage(Message::ArgumentTooLong {
            len: arg.len(),
            max: MAX_ARG,
        }));
    }
    let has_json = args.iter().any(|a| a == "--json");
    let mut command = opmq::i18n::localise(Cli::command(), lang);
    let args = cli::normalise(args, &command);
    let parsed = command
        .try_get_matches_from_mut(args)
        .and_then(|m| Cli::from_arg_matches(&m));
    // The process ends soon after: freeing the command tree would only cost time.
    std::mem::forget(command);
    parsed.map_err(|e| {
        use clap::error::ErrorKind::{
            DisplayHelp, DisplayHelpOnMissingArgumentOrSubcommand, DisplayVersion, UnknownArgument,
        };
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
        // The message and what it lists (missing arguments), up to the usage block.
        let lines: Vec<&str> = text
            .lines()
            .take_while(|l| !l.trim().is_empty())
            .map(str::trim)
            .collect();
        let first = if lines.is_empty() {
            "invalid arguments".to_owned()
        } else {
            lines.join(" ")
        };
        Error::Usage(Message::Arguments {
            clap: first.trim_start_matches("error: ").to_owned(),
            kind: Box::new(argument_error(&e)),
            json_hint: e.kind() == UnknownArgument && has_json,
        })
    })
}

/// What clap refused, from the parts its error carries (for a French message).
fn argument_error(e: &clap::Error) -> ArgumentError {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let one = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::StyledStr(s)) => Some(s.to_string()),
        _ => None,
    };
    let found = match e.kind() {
        ErrorKind::UnknownArgument => {
            one(ContextKind::InvalidArg).map(|arg| ArgumentError::UnknownArgument { arg })
        }
        ErrorKind::InvalidValue => {
            match (one(ContextKind::InvalidValue), one(ContextKind::InvalidArg)) {
                (Some(value), Some(arg)) => Some(ArgumentError::InvalidValue {
                    value,
                    arg,
                    valid: match e.get(ContextKind::ValidValue) {
                        Some(ContextValue::Strings(v)) => v.clone(),
                        _ => vec![],
                    },
                }),
                _ => None,
            }
        }
        ErrorKind::InvalidSubcommand => one(ContextKind::InvalidSubcommand)
            .map(|name| ArgumentError::UnknownSubcommand { name }),
        _ => None,
    };
    found.unwrap_or(ArgumentError::Other)
}

/// The one place errors reach the user: one line, then candidates when ambiguous.
fn report(e: &Error, lang: Lang) {
    say(&e.message(lang));
    if let Error::Ambiguous { candidates, .. } = e {
        let mut err = std::io::stderr().lock();
        for c in candidates {
            let _ = writeln!(err, "  {}", opmq::render::clean(c));
        }
    }
}

/// One line on stderr.
fn say(text: &str) {
    let _ = writeln!(
        std::io::stderr().lock(),
        "opmq: {}",
        opmq::render::clean(text)
    );
}
