//! France compétences' monthly *Table SIRET-OPCO* (SIRO): `|`-separated UTF-8, header
//! `SIRET|IDCC|OPCO_PROPRIETAIRE|OPCO_GESTION`, one establishment a line (3.7 million lines,
//! 109 MB in June 2026). Read as a stream, line by line, each checked: a 14-digit SIRET with a
//! valid Luhn key (La Poste's excepted), an IDCC of at most 4 digits (5 with a leading zero,
//! placeholder codes kept as they are), OPCO labels the catalogue knows.

use crate::fold::fold;
use crate::model::Opco;
use std::collections::HashMap;
use std::io::BufRead;

pub const HEADER: &str = "SIRET|IDCC|OPCO_PROPRIETAIRE|OPCO_GESTION";

/// Where France compétences publishes the file.
pub const PAGE: &str = "https://www.data.gouv.fr/fr/datasets/table-siret-opco/";

/// One establishment of the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Establishment {
    pub siret: u64,
    pub idcc: Option<String>,
    /// OPCO ids (the owner, and the manager overseas).
    pub opco: Option<String>,
    pub gestion: Option<String>,
}

/// La Poste's SIREN: its establishments' SIRET follow another key (digit sum a multiple of 5).
const LA_POSTE: u64 = 356_000_000;

/// True for a 14-digit SIRET whose key checks: Luhn, or La Poste's rule.
#[must_use]
pub fn siret_ok(siret: u64) -> bool {
    let digits = format!("{siret:014}");
    if digits.len() != 14 {
        return false;
    }
    if siret / 100_000 == LA_POSTE {
        let sum: u32 = digits.bytes().map(|b| u32::from(b - b'0')).sum();
        return sum % 5 == 0;
    }
    luhn(&digits)
}

/// True for a 9-digit SIREN whose Luhn key checks.
#[must_use]
pub fn siren_ok(siren: u64) -> bool {
    let digits = format!("{siren:09}");
    digits.len() == 9 && luhn(&digits)
}

fn luhn(digits: &str) -> bool {
    let sum: u32 = digits
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| {
            let d = u32::from(b - b'0');
            if i % 2 == 1 {
                let x = d * 2;
                if x > 9 {
                    x - 9
                } else {
                    x
                }
            } else {
                d
            }
        })
        .sum();
    sum % 10 == 0
}

/// The OPCO ids of the labels SIRO writes (and every other spelling the catalogue knows).
pub struct Labels(HashMap<String, String>);

impl Labels {
    pub fn new(opcos: &[Opco]) -> Labels {
        let mut map = HashMap::new();
        for o in opcos {
            let f = &o.facts;
            for name in [&f.id, &f.name, &f.full_name].into_iter().chain(&f.aliases) {
                map.insert(fold(name), f.id.clone());
            }
        }
        Labels(map)
    }

    fn id(&self, label: &str) -> Option<&String> {
        self.0.get(&fold(label))
    }
}

/// Reads the file as a stream, calling `each` for every establishment; returns the number of
/// data lines. `progress` is told the bytes read so far. An error names the line.
pub fn read(
    input: impl BufRead,
    labels: &Labels,
    mut progress: impl FnMut(u64),
    mut each: impl FnMut(usize, Establishment) -> Result<(), String>,
) -> Result<u64, String> {
    let mut input = input;
    let mut line = String::new();
    let mut bytes: u64 = 0;
    let mut number = 0usize;
    let mut rows = 0u64;
    loop {
        line.clear();
        let n = input.read_line(&mut line).map_err(|e| {
            if e.kind() == std::io::ErrorKind::InvalidData {
                format!("line {}: not UTF-8 text", number + 1)
            } else {
                format!("line {}: {e}", number + 1)
            }
        })?;
        if n == 0 {
            break;
        }
        number += 1;
        bytes += n as u64;
        if number % 65_536 == 0 {
            progress(bytes);
        }
        let text = line.trim_end_matches(['\n', '\r']);
        if number == 1 {
            let header = text.trim_start_matches('\u{feff}');
            if header != HEADER {
                return Err(format!(
                    "line 1: the header is {:?}; a SIRO file starts with {HEADER:?} (`|`-separated)",
                    crate::error::shorten(header)
                ));
            }
            continue;
        }
        if text.is_empty() {
            continue;
        }
        let row = parse(text, labels).map_err(|e| format!("line {number}: {e}"))?;
        each(number, row).map_err(|e| format!("line {number}: {e}"))?;
        rows += 1;
    }
    progress(bytes);
    match (number, rows) {
        (0, _) => Err("the file is empty (no header line)".into()),
        (_, 0) => Err("the file has a header but no establishment".into()),
        _ => Ok(rows),
    }
}

fn parse(text: &str, labels: &Labels) -> Result<Establishment, String> {
    let fields: Vec<&str> = text.split('|').collect();
    let [siret, idcc, owner, manager] = fields.as_slice() else {
        return Err(format!(
            "{} field(s), expected 4 (SIRET|IDCC|OPCO_PROPRIETAIRE|OPCO_GESTION): a cut or \
             malformed line",
            fields.len()
        ));
    };
    let siret_text = siret.trim();
    let number = siret_text
        .parse::<u64>()
        .ok()
        .filter(|_| siret_text.len() == 14 && siret_text.bytes().all(|b| b.is_ascii_digit()))
        .ok_or_else(|| {
            format!(
                "SIRET {:?} is not 14 digits",
                crate::error::shorten(siret_text)
            )
        })?;
    if !siret_ok(number) {
        return Err(format!(
            "SIRET {siret_text} fails its check digit (Luhn key)"
        ));
    }
    let idcc = idcc.trim();
    let idcc = if idcc.is_empty() {
        None
    } else {
        let digits = idcc.bytes().all(|b| b.is_ascii_digit());
        let code = match idcc.len() {
            1..=4 if digits => format!("{idcc:0>4}"),
            5 if digits && idcc.starts_with('0') => idcc[1..].to_owned(),
            5 if digits => idcc.to_owned(),
            _ => {
                return Err(format!(
                    "IDCC {:?} is not a code",
                    crate::error::shorten(idcc)
                ))
            }
        };
        Some(code)
    };
    let opco = |label: &str| -> Result<Option<String>, String> {
        let label = label.trim();
        if label.is_empty() {
            return Ok(None);
        }
        labels
            .id(label)
            .cloned()
            .map(Some)
            .ok_or_else(|| format!("unknown OPCO label {:?}", crate::error::shorten(label)))
    };
    Ok(Establishment {
        siret: number,
        idcc,
        opco: opco(owner)?,
        gestion: opco(manager)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_digits() {
        // 552 100 554 00021 (the example): Luhn on SIRET and SIREN.
        assert!(siret_ok(55_210_055_400_021));
        assert!(!siret_ok(55_210_055_400_022));
        assert!(siren_ok(552_100_554));
        assert!(!siren_ok(552_100_555));
        // La Poste: digit sum a multiple of 5, whatever Luhn says.
        assert!(siret_ok(35_600_000_000_001));
        assert!(!siret_ok(35_600_000_000_014));
        assert!(!siret_ok(123));
    }
}
