//! Which catalogue opmq reads: `--catalogue FILE`, else the user copy that `opmq import`
//! installed, else the bundled one. A user copy that cannot be read is reported as a warning
//! and skipped, never fatal.

use crate::error::Result;
use crate::message::Message;
use crate::store::Store;
use std::path::{Path, PathBuf};

/// `var` when set and not empty, else the platform directory `pick` chooses; None when no
/// home is known.
fn dir(var: &str, pick: fn(&directories::ProjectDirs) -> &Path) -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os(var).filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("fr", "opmq", "opmq").map(|p| pick(&p).to_path_buf())
}

/// The directory holding the user catalogue: `OPMQ_DATA_DIR`, else the platform data
/// directory (`~/.local/share/opmq` on Linux).
pub fn data_dir() -> Option<PathBuf> {
    dir("OPMQ_DATA_DIR", directories::ProjectDirs::data_dir)
}

/// The optional config file: in `OPMQ_CONFIG_DIR`, else the platform config directory
/// (`~/.config/opmq` on Linux).
pub fn config_file() -> Option<PathBuf> {
    dir("OPMQ_CONFIG_DIR", directories::ProjectDirs::config_dir).map(|d| d.join("config.toml"))
}

/// Where `opmq import` installs a catalogue.
pub fn user_catalogue() -> Option<PathBuf> {
    data_dir().map(|d| d.join("catalogue.sqlite"))
}

/// Opens the catalogue to read, with a warning when a user copy had to be skipped.
pub fn open(explicit: Option<&Path>) -> Result<(Store, Option<Message>)> {
    if let Some(path) = explicit {
        return Ok((Store::open(path)?, None));
    }
    match user_catalogue().filter(|p| p.exists()) {
        Some(path) => match Store::open(&path) {
            Ok(store) => Ok((store, None)),
            Err(e) => {
                let warning = Message::IgnoredUserCatalogue {
                    why: Box::new(e.into_message()),
                };
                Ok((Store::bundled()?, Some(warning)))
            }
        },
        None => Ok((Store::bundled()?, None)),
    }
}
