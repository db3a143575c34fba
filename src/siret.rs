//! `opmq siret`: from a SIRET (or every establishment of a SIREN) to its IDCC, the branch,
//! its OPCO and its observatories with how to reach them, from the SIRO table `opmq refresh
//! siro` stored. Many at once from standard input or a CSV column.

use crate::error::{shorten, Error, Result};
use crate::message::Message;
use crate::model::{BranchRef, ObservatoryRef, OpcoName, SiretAnswer};
use crate::siro::{siren_ok, siret_ok, Establishment};
use crate::store::{ObservatoryFilter, Store};
use std::collections::HashMap;
use std::io::BufRead;
use std::path::PathBuf;

/// Where the SIRET come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// On the command line.
    Args(Vec<String>),
    /// One a line on standard input.
    Stdin,
    /// A column of a CSV file (`,` or `;`, by its header).
    Csv { file: PathBuf, column: String },
}

/// A SIRET (14 digits) or a SIREN (9 digits), spaces and dots allowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Id {
    Siret(u64),
    Siren(u64),
}

/// Reads one identifier; the error says what is wrong with it.
pub fn parse(input: &str) -> std::result::Result<Id, Message> {
    let digits: String = input
        .chars()
        .filter(|c| !matches!(c, ' ' | '.' | '\u{a0}' | '\u{202f}'))
        .collect();
    let shown = shorten(input.trim());
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Message::NotASiret { input: shown });
    }
    let n: u64 = digits.parse().map_err(|_| Message::SiretTooLong {
        input: shown.clone(),
    })?;
    match digits.len() {
        14 if siret_ok(n) => Ok(Id::Siret(n)),
        14 => Err(Message::SiretCheckDigit { siret: digits }),
        9 if siren_ok(n) => Ok(Id::Siren(n)),
        9 => Err(Message::SirenCheckDigit { siren: digits }),
        l => Err(Message::WrongDigitCount {
            input: shown,
            digits: l,
        }),
    }
}

/// The identifiers the user gave on the command line: one written in groups
/// (`552 100 554 00021` unquoted) counts as one.
fn arguments(args: &[String]) -> Vec<String> {
    let all_digits = args.iter().all(|a| a.bytes().all(|b| b.is_ascii_digit()));
    let joined: String = args.concat();
    if args.len() > 1 && all_digits && matches!(joined.len(), 9 | 14) {
        vec![joined]
    } else {
        args.to_vec()
    }
}

fn lines(input: &Input) -> Result<Vec<String>> {
    match input {
        Input::Args(a) => Ok(arguments(a)),
        Input::Stdin => std::io::stdin()
            .lock()
            .lines()
            .map(|l| l.map_err(Error::from))
            .filter(|l| l.as_ref().map_or(true, |t| !t.trim().is_empty()))
            .collect(),
        Input::Csv { file, column } => {
            let text = std::fs::read(file).map_err(|e| {
                Error::Data(Message::CannotRead {
                    path: file.display().to_string(),
                    why: e.to_string(),
                })
            })?;
            let text = text.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&text);
            let first = text.split(|b| *b == b'\n').next().unwrap_or_default();
            let sep = if first.contains(&b';') { b';' } else { b',' };
            let mut reader = csv::ReaderBuilder::new().delimiter(sep).from_reader(text);
            let headers = reader.headers()?.clone();
            let at = headers
                .iter()
                .position(|h| h.trim() == column)
                .ok_or_else(|| {
                    Error::Usage(Message::NoColumn {
                        file: file.display().to_string(),
                        column: column.clone(),
                        columns: headers.iter().map(str::to_owned).collect(),
                    })
                })?;
            reader
                .records()
                .map(|r| Ok(r?.get(at).unwrap_or("").to_owned()))
                .collect()
        }
    }
}

/// Looks every identifier up. With one SIRET on the command line, a malformed one is a usage
/// error and an unknown one "not found"; in a batch each becomes a row saying so.
pub fn answer(store: &Store, input: &Input) -> Result<Vec<SiretAnswer>> {
    if !store.has_siret()? {
        return Err(Error::not_found(Message::NoSiroTable));
    }
    let ids = lines(input)?;
    let single = matches!(input, Input::Args(_)) && ids.len() == 1;
    let mut branches = Branches::default();
    if ids.len() > 64 {
        store.read_without_map()?;
        branches.preload(store)?;
    }
    let mut out = Vec::with_capacity(ids.len());
    for text in &ids {
        match parse(text) {
            Err(why) if single => return Err(Error::Usage(why)),
            Err(why) => out.push(SiretAnswer {
                siret: text.trim().to_owned(),
                status: format!("invalid: {why}"),
                ..SiretAnswer::default()
            }),
            Ok(Id::Siret(n)) => match store.establishment(n)? {
                Some(e) => out.push(branches.answer(store, &e)?),
                None if single => {
                    return Err(Error::not_found(Message::SiretNotInTable {
                        siret: format!("{n:014}"),
                    }))
                }
                None => out.push(SiretAnswer {
                    siret: format!("{n:014}"),
                    status: "not found".into(),
                    ..SiretAnswer::default()
                }),
            },
            Ok(Id::Siren(n)) => {
                let found = store.establishments(n * 100_000, n * 100_000 + 99_999)?;
                if found.is_empty() {
                    if single {
                        return Err(Error::not_found(Message::SirenNotInTable {
                            siren: format!("{n:09}"),
                        }));
                    }
                    out.push(SiretAnswer {
                        siret: format!("{n:09}"),
                        status: "not found".into(),
                        ..SiretAnswer::default()
                    });
                }
                for e in &found {
                    out.push(branches.answer(store, e)?);
                }
            }
        }
    }
    Ok(out)
}

/// Branches and OPCO names read once per IDCC, however many establishments share them.
#[derive(Default)]
struct Branches {
    seen: HashMap<String, Option<(BranchRef, Vec<ObservatoryRef>)>>,
    opcos: HashMap<String, String>,
}

impl Branches {
    /// Every branch and its observatories at once: for a batch, a few whole reads cost less
    /// than three keyed reads per IDCC met.
    fn preload(&mut self, store: &Store) -> Result<()> {
        let mut covers: HashMap<String, Vec<ObservatoryRef>> = HashMap::new();
        for o in store.observatories(&ObservatoryFilter::default())? {
            let short = ObservatoryRef::from(&o);
            for b in &o.branches {
                covers
                    .entry(b.idcc.clone())
                    .or_default()
                    .push(short.clone());
            }
        }
        for head in store.branch_heads()? {
            let observatories = covers.remove(&head.idcc).unwrap_or_default();
            self.seen
                .insert(head.idcc.clone(), Some((head, observatories)));
        }
        Ok(())
    }

    fn answer(&mut self, store: &Store, e: &Establishment) -> Result<SiretAnswer> {
        if self.opcos.is_empty() {
            self.opcos = store.opco_names()?;
        }
        let opco = |id: &Option<String>| {
            id.as_ref().map(|id| OpcoName {
                id: id.clone(),
                name: self.opcos.get(id).cloned().unwrap_or_else(|| id.clone()),
            })
        };
        let (branch, observatories) = match &e.idcc {
            Some(idcc) => {
                if !self.seen.contains_key(idcc) {
                    // The branch's head and its observatories only: a lookup reads no more.
                    let b = match store.branch_head(idcc)? {
                        Some((head, _)) => {
                            let ids =
                                store.observatories_of_branches(std::slice::from_ref(idcc))?;
                            let observatories = if ids.is_empty() {
                                vec![]
                            } else {
                                let filter = ObservatoryFilter {
                                    opco: None,
                                    ids: Some(ids),
                                };
                                store
                                    .observatories(&filter)?
                                    .iter()
                                    .map(ObservatoryRef::from)
                                    .collect()
                            };
                            Some((head, observatories))
                        }
                        None => None,
                    };
                    self.seen.insert(idcc.clone(), b);
                }
                match self.seen.get(idcc).cloned().flatten() {
                    Some((b, o)) => (Some(b), o),
                    None => (None, vec![]),
                }
            }
            None => (None, vec![]),
        };
        Ok(SiretAnswer {
            siret: format!("{:014}", e.siret),
            status: "found".into(),
            idcc: e.idcc.clone(),
            branch,
            opco: opco(&e.opco),
            opco_gestion: opco(&e.gestion),
            observatories,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifiers_as_people_write_them() {
        assert_eq!(
            parse("552 100 554 00021"),
            Ok(Id::Siret(55_210_055_400_021))
        );
        assert_eq!(parse("552100554"), Ok(Id::Siren(552_100_554)));
        assert_eq!(
            parse("55210055400022"),
            Err(Message::SiretCheckDigit {
                siret: "55210055400022".into()
            })
        );
        assert_eq!(
            parse("5521005540002"),
            Err(Message::WrongDigitCount {
                input: "5521005540002".into(),
                digits: 13
            })
        );
        assert_eq!(
            parse("abc"),
            Err(Message::NotASiret {
                input: "abc".into()
            })
        );
        let split: Vec<String> = ["552", "100", "554", "00021"].map(String::from).to_vec();
        assert_eq!(arguments(&split), ["55210055400021"]);
        let two: Vec<String> = ["55210055400021", "552100554"].map(String::from).to_vec();
        assert_eq!(arguments(&two), two);
    }
}
