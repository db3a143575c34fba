//! Text keys shared by the build script and the library: accent/case folding and IDCC parsing.

/// Folds text for matching: transliterated to ASCII, lower-cased, every run of
/// non-alphanumeric characters collapsed to one space ("Métallurgie" -> "metallurgie",
/// "bureaux d'études" -> "bureaux d etudes").
///
/// ```
/// assert_eq!(opmq_catalogue::fold::fold("Métallurgie"), "metallurgie");
/// ```
pub fn fold(text: &str) -> String {
    let ascii = deunicode::deunicode(text);
    let mut out = String::with_capacity(ascii.len());
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// The folded words of `text`, for full-text queries.
pub fn words(text: &str) -> Vec<String> {
    fold(text)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Parses user input naming an IDCC: `16`, `0016`, `IDCC 16`, `idcc-0016`, or a DARES
/// 5-digit code (`01486`). Returns the catalogue key: 4 digits, or the DARES escape codes
/// `99998`/`99999` as the State lists them. `None` when the text is not an IDCC.
///
/// ```
/// use opmq_catalogue::fold::parse_idcc;
/// assert_eq!(parse_idcc("IDCC 16").as_deref(), Some("0016"));
/// assert_eq!(parse_idcc("1486").as_deref(), Some("1486"));
/// assert_eq!(parse_idcc("12345678"), None);
/// ```
pub fn parse_idcc(input: &str) -> Option<String> {
    let t = input.trim();
    let digits = match t.get(..4) {
        Some(p) if p.eq_ignore_ascii_case("idcc") => {
            t[4..].trim_start_matches([' ', '-', ':', '\u{a0}'])
        }
        _ => t,
    };
    if digits.is_empty() || digits.len() > 5 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    match digits.len() {
        5 if digits.starts_with('0') => Some(digits[1..].to_owned()),
        5 if digits == "99998" || digits == "99999" => Some(digits.to_owned()),
        5 => None,
        _ => Some(format!("{digits:0>4}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_accents_case_and_punctuation() {
        assert_eq!(fold("Métallurgie"), "metallurgie");
        assert_eq!(fold("  Bureaux d'ÉTUDES  "), "bureaux d etudes");
        assert_eq!(fold("œuvre"), "oeuvre");
        assert_eq!(fold("%_'\""), "");
    }

    #[test]
    fn idcc_forms() {
        assert_eq!(parse_idcc("16").as_deref(), Some("0016"));
        assert_eq!(parse_idcc("0016").as_deref(), Some("0016"));
        assert_eq!(parse_idcc("IDCC 16").as_deref(), Some("0016"));
        assert_eq!(parse_idcc("idcc-1486").as_deref(), Some("1486"));
        assert_eq!(parse_idcc("01486").as_deref(), Some("1486"));
        assert_eq!(parse_idcc("99999").as_deref(), Some("99999"));
        for bad in ["", "IDCC", "abc", "-1", "12345678", "12345", "16a", "1 6"] {
            assert_eq!(parse_idcc(bad), None, "{bad:?}");
        }
    }
}
