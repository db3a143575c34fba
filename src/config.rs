//! The optional config file (`config.toml` in the platform config directory, or in
//! `OPMQ_CONFIG_DIR`): defaults for format, language, colour and borders. Command-line flags
//! always win over it.

use crate::cli::{ColorChoice, Format, Lang};
use crate::error::{Error, Result};
use crate::message::Message;
use clap::ValueEnum;
use std::path::Path;

/// Defaults read from the config file; `None` where the file says nothing.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Config {
    pub format: Option<Format>,
    pub lang: Option<Lang>,
    pub color: Option<ColorChoice>,
    pub ascii: Option<bool>,
}

/// The file as written: every key optional, nothing else allowed.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    format: Option<String>,
    lang: Option<String>,
    color: Option<String>,
    ascii: Option<bool>,
}

fn choice<T: ValueEnum>(
    path: &Path,
    key: &'static str,
    value: Option<String>,
) -> Result<Option<T>> {
    let Some(value) = value else { return Ok(None) };
    T::from_str(&value, true).map(Some).map_err(|_| {
        let valid: Vec<String> = T::value_variants()
            .iter()
            .filter_map(|v| v.to_possible_value().map(|p| p.get_name().to_owned()))
            .collect();
        Error::Usage(Message::ConfigNotOneOf {
            path: path.display().to_string(),
            key,
            value: value.clone(),
            valid,
        })
    })
}

/// Reads `path`; a missing file is an empty config, a malformed one an error naming it.
pub fn read(path: &Path) -> Result<Config> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
        Err(e) => {
            return Err(Error::Usage(Message::ConfigUnreadable {
                path: path.display().to_string(),
                why: e.to_string(),
            }))
        }
    };
    let raw: Raw = toml::from_str(&text).map_err(|e| {
        let why = e
            .message()
            .lines()
            .next()
            .unwrap_or("invalid TOML")
            .to_owned();
        Error::Usage(Message::ConfigInvalid {
            path: path.display().to_string(),
            why,
        })
    })?;
    let format: Option<Format> = choice(path, "format", raw.format)?;
    if let Some(f @ (Format::Sqlite | Format::Vcard)) = format {
        let name = f.to_possible_value().map(|p| p.get_name().to_owned());
        return Err(Error::Usage(Message::ConfigFormatForOneCommand {
            path: path.display().to_string(),
            format: name.unwrap_or_default(),
        }));
    }
    Ok(Config {
        format,
        lang: choice(path, "lang", raw.lang)?,
        color: choice(path, "color", raw.color)?,
        ascii: raw.ascii,
    })
}

/// The config in force: the file's, or none when there is no config directory.
pub fn load() -> Result<Config> {
    match crate::location::config_file() {
        Some(path) => read(&path),
        None => Ok(Config::default()),
    }
}
