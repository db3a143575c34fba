//! Where output goes and how it should look: the one TTY and colour decision, and atomic
//! file writes for exports.

use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::message::Message;
use crate::render::Style;
use std::io::{IsTerminal, Write};
use std::path::Path;

/// Decides colour, borders, width and language for standard output, once. `color` is
/// `--color always` (true), `never` (false) or `auto` (None).
#[must_use]
pub fn stdout_style(color: Option<bool>, ascii: bool, lang: Lang) -> Style {
    let tty = std::io::stdout().is_terminal();
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let dumb = std::env::var("TERM").is_ok_and(|t| t == "dumb");
    let color = color.unwrap_or(tty && !no_color && !dumb);
    let columns = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<u16>().ok());
    let width = columns.filter(|w| *w >= 20).or_else(|| {
        if tty {
            comfy_table::Table::new().width()
        } else {
            None
        }
    });
    Style {
        color,
        tty,
        width,
        ascii: ascii || dumb,
        lang,
    }
}

/// The style for a file: plain, no colour, English.
#[must_use]
pub fn file_style(lang: Lang) -> Style {
    Style {
        color: false,
        tty: false,
        width: None,
        ascii: false,
        lang,
    }
}

/// Writes `fill`'s output to `path` through a temporary file in the same directory, renamed
/// into place only when complete: a failed or interrupted write leaves any previous file as
/// it was. Refuses to replace an existing file unless `force`.
pub fn write_atomic(
    path: &Path,
    force: bool,
    fill: impl FnOnce(&mut dyn Write) -> Result<()>,
) -> Result<()> {
    if !force && path.exists() {
        return Err(Error::Usage(Message::FileExists {
            path: path.display().to_string(),
        }));
    }
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let io = |e: std::io::Error| {
        Error::Data(Message::CannotWrite {
            path: path.display().to_string(),
            why: e.to_string(),
        })
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".opmq-export-")
        .tempfile_in(dir)
        .map_err(io)?;
    {
        let mut buf = std::io::BufWriter::new(tmp.as_file_mut());
        fill(&mut buf).map_err(|e| match e {
            Error::Io(e) => io(e),
            other => other,
        })?;
        buf.flush().map_err(io)?;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::Permissions::from_mode(0o644);
        tmp.as_file().set_permissions(mode).map_err(io)?;
    }
    tmp.as_file().sync_all().map_err(io)?;
    let persisted = if force {
        tmp.persist(path)
    } else {
        tmp.persist_noclobber(path)
    };
    persisted.map_err(|e| io(e.error))?;
    Ok(())
}
