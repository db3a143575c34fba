//! French and English. The language is decided once (`--lang`, else the config file, else
//! LC_ALL / LC_MESSAGES / LANG). Words, labels and help: English is the source text and
//! French is looked up from it (`fr.rs`), so an untranslated string shows in English rather
//! than not at all. Messages (errors, warnings, summaries) are typed and written in either
//! language from their parts: `crate::message`. JSON keys, field values and exit codes never
//! change with the language.

mod fr;

use std::ffi::OsString;

/// The languages of tables, cards, messages and help.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Lang {
    #[default]
    En,
    Fr,
}

/// The close of `opmq --help` (examples and exit codes), in English; `fr.rs` has it in French.
pub const AFTER_HELP: &str = "\
Examples:
  opmq branch 1486                  IDCC 1486: its OPCO, its observatory and how to reach it
  opmq branch 1375                  a replaced convention: the chain to 3248 (métallurgie)
  opmq list --branch \"bureaux d'etudes\"   observatories of branches matching words
  opmq list --opco atlas --json     ATLAS observatories, as JSON
  opmq show opiiec                  the observatory card
  opmq contacts --opco akto         how to reach AKTO's observatories
  opmq search metallurgie           observatories, branches and OPCO matching words
  opmq export --format csv --output obs.csv
  opmq contacts --opco atlas --format vcard > atlas.vcf   address-book cards
  opmq list --json id,website       only some JSON fields
  opmq check --catalogue my.sqlite  validate a catalogue file
  opmq import newer.json            install a newer catalogue (opmq import --reset undoes it)
  opmq refresh dares Dares_Suivi_Historique_convention_collective_Juin2026.xlsx
                                    update titles, status and successors from the DARES file
  opmq naf 62.02A                   branches of an APE code (after `opmq refresh naf FILE.xlsx`)

Exit codes:
  0  success
  1  nothing found (valid query, no match; suggestions on stderr)
  2  usage error (malformed argument or IDCC)
  3  ambiguous name (candidates on stderr)
  4  data or I/O error (unreadable catalogue, failed write)
  A closed output pipe (opmq list | head -1) exits 0.";

/// True when `en` has a French translation.
#[cfg(test)]
pub(crate) fn has_french(en: &str) -> bool {
    fr::word(en).is_some()
}

/// `--lang`, else the config file's `lang`, else the locale: French when the first set of
/// LC_ALL, LC_MESSAGES, LANG starts with "fr".
pub fn decide(explicit: Option<Lang>, config: Option<Lang>) -> Lang {
    let lang = explicit.or(config).unwrap_or_else(from_locale);
    let _ = CURRENT.set(lang);
    lang
}

static CURRENT: std::sync::OnceLock<Lang> = std::sync::OnceLock::new();

/// The language decided for this run (English before it is): for the catalogue's own
/// two-language texts (the meaning of a placeholder code) placed in messages.
pub fn current() -> Lang {
    CURRENT.get().copied().unwrap_or_default()
}

fn from_locale() -> Lang {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|x| !x.is_empty()))
        .map_or(Lang::En, |v| {
            if v.starts_with("fr") {
                Lang::Fr
            } else {
                Lang::En
            }
        })
}

/// `--lang X` or `--lang=X` among raw arguments: help is printed while parsing, before the
/// parsed value exists. An unknown value is left for clap to refuse.
#[must_use]
pub fn from_args(args: &[OsString]) -> Option<Lang> {
    let mut found = None;
    let mut iter = args.iter().map(|a| a.to_str().unwrap_or(""));
    while let Some(arg) = iter.next() {
        let value = match arg.strip_prefix("--lang") {
            Some("") => iter.next(),
            Some(rest) => rest.strip_prefix('='),
            None if arg == "--" => break,
            None => None,
        };
        match value {
            Some("fr") => found = Some(Lang::Fr),
            Some("en") => found = Some(Lang::En),
            _ => {}
        }
    }
    found
}

/// A word, label or help text in `lang`.
#[must_use]
pub fn t(lang: Lang, en: &str) -> &str {
    match lang {
        Lang::En => en,
        Lang::Fr => fr::word(en).unwrap_or(en),
    }
}

/// The command-line help in `lang`: every about and argument help replaced by its French.
#[must_use]
pub fn localise(cmd: clap::Command, lang: Lang) -> clap::Command {
    if lang == Lang::En {
        return cmd;
    }
    let tr = |s: Option<&clap::builder::StyledStr>| s.map(|x| t(lang, &x.to_string()).to_owned());
    let mut cmd = cmd;
    if let Some(about) = tr(cmd.get_about()) {
        cmd = cmd.about(about);
    }
    if let Some(after) = tr(cmd.get_after_help()) {
        cmd = cmd.after_help(after);
    }
    if cmd.has_subcommands() {
        cmd = cmd.subcommand_help_heading("Commandes");
    }
    let ids: Vec<(clap::Id, Option<String>)> = cmd
        .get_arguments()
        .map(|a| (a.get_id().clone(), tr(a.get_help())))
        .collect();
    for (id, help) in ids {
        if let Some(help) = help {
            cmd = cmd.mut_arg(id, |a| a.help(help));
        }
    }
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for name in subs {
        cmd = cmd.mut_subcommand(name, |s| localise(s, lang));
    }
    cmd
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lang_flag_is_found_before_parsing() {
        let args = |v: &[&str]| v.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(
            from_args(&args(&["opmq", "--lang", "fr", "list"])),
            Some(Lang::Fr)
        );
        assert_eq!(
            from_args(&args(&["opmq", "list", "--lang=en"])),
            Some(Lang::En)
        );
        assert_eq!(from_args(&args(&["opmq", "--", "--lang=fr"])), None);
        assert_eq!(from_args(&args(&["opmq", "--lang", "de"])), None);
    }
}
