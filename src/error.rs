//! The one error type; `main` turns it into a message on stderr and an exit code.

use std::fmt;

/// At most 60 characters of user input, for messages.
#[must_use]
pub fn shorten(input: &str) -> String {
    let mut s: String = input.chars().take(60).collect();
    if input.chars().count() > 60 {
        s.push('…');
    }
    s
}

/// Exit codes (documented in `--help` and the README).
pub mod exit {
    pub const NOT_FOUND: i32 = 1;
    pub const USAGE: i32 = 2;
    pub const AMBIGUOUS: i32 = 3;
    pub const DATA: i32 = 4;
}

#[derive(Debug)]
pub enum Error {
    /// A valid query matched nothing; `suggestions` are close names.
    NotFound {
        message: String,
        suggestions: Vec<String>,
    },
    /// A name matched several records; `candidates` are listed on stderr.
    Ambiguous {
        message: String,
        candidates: Vec<String>,
    },
    /// The input is malformed.
    Usage(String),
    /// The catalogue is unreadable or inconsistent.
    Data(String),
    Io(std::io::Error),
}

pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    pub fn not_found(message: impl Into<String>) -> Self {
        Error::NotFound {
            message: message.into(),
            suggestions: vec![],
        }
    }

    #[must_use]
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::NotFound { .. } => exit::NOT_FOUND,
            Error::Ambiguous { .. } => exit::AMBIGUOUS,
            Error::Usage(_) => exit::USAGE,
            Error::Data(_) | Error::Io(_) => exit::DATA,
        }
    }

    /// The one-line message in `lang`.
    #[must_use]
    pub fn message(&self, lang: crate::i18n::Lang) -> String {
        crate::i18n::message(lang, &self.to_string())
    }

    /// True for a write to a closed pipe (`opmq list | head -1`): not an error for the user.
    #[must_use]
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, Error::Io(e) if e.kind() == std::io::ErrorKind::BrokenPipe)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::NotFound {
                message,
                suggestions,
            } if !suggestions.is_empty() => {
                write!(f, "{message}; did you mean: {}?", suggestions.join(", "))
            }
            Error::NotFound { message, .. } | Error::Ambiguous { message, .. } => {
                write!(f, "{message}")
            }
            Error::Usage(m) | Error::Data(m) => write!(f, "{m}"),
            Error::Io(e) => write!(f, "{e}"),
        }
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::Io(e)
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        match e {
            rusqlite::Error::FromSqlConversionFailure(_, _, why) => {
                Error::Data(format!("the catalogue is inconsistent: {why}"))
            }
            e => Error::Data(format!("catalogue query failed: {e}")),
        }
    }
}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Self {
        if e.is_io() {
            Error::Io(e.into())
        } else {
            Error::Data(format!("JSON: {e}"))
        }
    }
}

impl From<csv::Error> for Error {
    fn from(e: csv::Error) -> Self {
        match e.into_kind() {
            csv::ErrorKind::Io(io) => Error::Io(io),
            other => Error::Data(format!("CSV: {other:?}")),
        }
    }
}
