//! The one error type; `main` turns it into a message on stderr and an exit code.

use crate::i18n::Lang;
use crate::message::Message;
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
        message: Message,
        suggestions: Vec<String>,
    },
    /// A name matched several records; `candidates` are listed on stderr.
    Ambiguous {
        message: Message,
        candidates: Vec<String>,
    },
    /// The input is malformed.
    Usage(Message),
    /// The catalogue is unreadable or inconsistent.
    Data(Message),
    Io(std::io::Error),
}

pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    #[must_use]
    pub fn not_found(message: Message) -> Self {
        Error::NotFound {
            message,
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
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Error::NotFound {
                message,
                suggestions,
            } if !suggestions.is_empty() => {
                let text = message.text(lang);
                let list = suggestions.join(", ");
                match lang {
                    Lang::En => format!("{text}; did you mean: {list}?"),
                    Lang::Fr => format!("{text} ; vouliez-vous dire : {list} ?"),
                }
            }
            Error::NotFound { message, .. }
            | Error::Ambiguous { message, .. }
            | Error::Usage(message)
            | Error::Data(message) => message.text(lang),
            Error::Io(e) => e.to_string(),
        }
    }

    /// What the error says, as a message to nest in another one.
    #[must_use]
    pub fn into_message(self) -> Message {
        match self {
            Error::NotFound {
                message,
                suggestions,
            } if suggestions.is_empty() => message,
            Error::NotFound { .. } => Message::External(self.to_string()),
            Error::Ambiguous { message, .. } | Error::Usage(message) | Error::Data(message) => {
                message
            }
            Error::Io(e) => Message::External(e.to_string()),
        }
    }

    /// True for a write to a closed pipe (`opmq list | head -1`): not an error for the user.
    #[must_use]
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, Error::Io(e) if e.kind() == std::io::ErrorKind::BrokenPipe)
    }
}

impl fmt::Display for Error {
    /// The English message.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
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
                Error::Data(Message::Inconsistent {
                    why: why.to_string(),
                })
            }
            e => Error::Data(Message::QueryFailed { why: e.to_string() }),
        }
    }
}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Self {
        if e.is_io() {
            Error::Io(e.into())
        } else {
            Error::Data(Message::Json { why: e.to_string() })
        }
    }
}

impl From<csv::Error> for Error {
    fn from(e: csv::Error) -> Self {
        match e.into_kind() {
            csv::ErrorKind::Io(io) => Error::Io(io),
            other => Error::Data(Message::Csv {
                why: format!("{other:?}"),
            }),
        }
    }
}
