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

/// Words that carry no meaning in a question about a convention, anywhere in it.
pub const STOP_WORDS: &[&str] = &[
    "a", "au", "aux", "d", "de", "des", "du", "en", "et", "l", "la", "le", "les", "pour", "sur",
];

/// Words that only say "the convention" when they open a question ("la 66", "convention
/// collective des HCR", "CCN 51", "IDCC n° …"): dropped there.
const OPENING_WORDS: &[&str] = &[
    "ccn",
    "ccnt",
    "cc",
    "convention",
    "conventions",
    "collective",
    "collectives",
    "nationale",
    "national",
    "idcc",
    "n",
    "no",
];

/// True for a word [`STOP_WORDS`] lists.
pub fn is_stop_word(word: &str) -> bool {
    STOP_WORDS.contains(&word)
}

/// The folded words of `text` that carry meaning: opening words ("convention collective",
/// "CCN") and stop words dropped; all of them when nothing else is left.
pub fn content_words(text: &str) -> Vec<String> {
    let all = words(text);
    let start = all
        .iter()
        .position(|w| !is_stop_word(w) && !OPENING_WORDS.contains(&w.as_str()))
        .unwrap_or(all.len());
    let kept: Vec<String> = all[start..]
        .iter()
        .filter(|w| !is_stop_word(w))
        .cloned()
        .collect();
    if kept.is_empty() {
        all
    } else {
        kept
    }
}

/// The short key of a name: its content words ("CCN 66" -> "66", "Convention BAD" ->
/// "bad", "la coiffure" -> "coiffure"). Empty when the name has only stop words.
pub fn short_key(text: &str) -> String {
    let all = words(text);
    let kept = content_words(text);
    if kept == all
        && all
            .iter()
            .all(|w| is_stop_word(w) || OPENING_WORDS.contains(&w.as_str()))
    {
        return String::new();
    }
    kept.join(" ")
}

/// The French Snowball stem of a folded word (`boulangeries` -> `boulanger`).
pub fn stem(word: &str) -> String {
    use std::sync::OnceLock;
    static STEMMER: OnceLock<rust_stemmers::Stemmer> = OnceLock::new();
    let stemmer =
        STEMMER.get_or_init(|| rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::French));
    stemmer.stem(word).into_owned()
}

/// Endings of trade and agent nouns and of their activities, longest first: the stem of
/// `pharmacien` and of `pharmacie` both lose theirs and meet at `pharmac`.
const AGENT_ENDINGS: &[&str] = &[
    "icien", "ariat", "iere", "euse", "iste", "aire", "ien", "ier", "eur", "eux", "ist", "air",
    "iqu", "ic", "ur", "er", "i",
];

/// The root of a folded word: its stem without an agent or activity ending, so a trade and
/// its activity share one (`boulanger`, `boulangerie` -> `boulang`; `coiffeuse`,
/// `coiffure` -> `coiff`; `opticien`, `optique` -> `opt`). Kept at 3 letters or more.
pub fn root(word: &str) -> String {
    let s = stem(word);
    if s.bytes().all(|b| b.is_ascii_digit()) {
        return s;
    }
    for end in AGENT_ENDINGS {
        if let Some(base) = s.strip_suffix(end) {
            if base.len() >= 3 {
                return base.to_owned();
            }
        }
    }
    s
}

/// An IDCC read from user input: the catalogue key, and whether the input said it is an
/// IDCC (`IDCC 16`, `n° 413`, bare digits) rather than naming a convention by a number
/// people use for it (`CCN 66`, `la 51`, `convention 65`), which a usual name may claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdccInput {
    pub code: String,
    pub explicit: bool,
}

/// What an IDCC may be written as, for the one error message that refuses the others.
pub const IDCC_FORMS: &str = "1 to 4 digits, or a 5-digit DSN code starting with 0, optionally after \"IDCC\", \"n°\", \"CCN\" or \"convention collective\" (16, 0016, 02609, \"IDCC : 16\", \"Convention collective n° 2609\", \"2 609\", \"2609,0\")";

/// Words that may come before the number of an IDCC; the first group says it is one.
const IDCC_WORDS: &[&str] = &["idcc", "n", "no", "num", "numero"];
const CONVENTION_WORDS: &[&str] = &[
    "ccn",
    "cc",
    "ccnt",
    "convention",
    "collective",
    "nationale",
    "la",
    "le",
    "de",
    "du",
];

/// The tokens of an IDCC-like input: lower-case ASCII runs of letters or of digits
/// (`idcc1979` -> `idcc`, `1979`); `°` and `º` separate; a trailing `,0` or `.0` (a number
/// a spreadsheet wrote) is dropped.
fn idcc_tokens(input: &str) -> Vec<String> {
    let mut t = input.trim().replace(['°', 'º', '\u{a0}', '\u{202f}'], " ");
    if let Some(at) = t.rfind([',', '.']) {
        let decimals = &t[at + 1..];
        if !decimals.is_empty()
            && decimals.bytes().all(|b| b == b'0')
            && t[..at].ends_with(|c: char| c.is_ascii_digit())
        {
            t.truncate(at);
        }
    }
    let ascii = deunicode::deunicode(&t).to_ascii_lowercase();
    let mut out: Vec<String> = Vec::new();
    let mut cur = String::new();
    for c in ascii.chars() {
        let same = cur
            .chars()
            .next_back()
            .is_some_and(|p| p.is_ascii_digit() == c.is_ascii_digit());
        if c.is_ascii_alphanumeric() && (cur.is_empty() || same) {
            cur.push(c);
        } else {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            if c.is_ascii_alphanumeric() {
                cur.push(c);
            }
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Reads an IDCC as payslips, DSN files and spreadsheets write it: `16`, `0016`, `IDCC 16`,
/// `IDCC : 0016`, `idcc1979`, `n°413`, `CCN 3248`, `Convention collective n° 2609`, `2 609`,
/// `2609,0`, a DSN 5-digit code (`02609`), or the DARES codes `99998`/`99999`. `None` when
/// the input is not written as an IDCC.
///
/// ```
/// use opmq_catalogue::fold::read_idcc;
/// assert_eq!(read_idcc("IDCC : 0016").map(|i| i.code).as_deref(), Some("0016"));
/// assert_eq!(read_idcc("CCN 66").map(|i| i.explicit), Some(false));
/// ```
pub fn read_idcc(input: &str) -> Option<IdccInput> {
    if input.trim_start().starts_with(['-', '+']) {
        return None;
    }
    let tokens = idcc_tokens(input);
    let first_digit = tokens
        .iter()
        .position(|t| t.bytes().all(|b| b.is_ascii_digit()))?;
    let (words, digits) = tokens.split_at(first_digit);
    if !digits.iter().all(|t| t.bytes().all(|b| b.is_ascii_digit())) {
        return None;
    }
    // "2 609": thousands written apart; any other split is not one number.
    if digits.len() > 1 && (digits[0].len() > 2 || digits[1..].iter().any(|d| d.len() != 3)) {
        return None;
    }
    let number: String = digits.concat();
    let explicit_word = words.iter().any(|w| IDCC_WORDS.contains(&w.as_str()));
    if !words
        .iter()
        .all(|w| IDCC_WORDS.contains(&w.as_str()) || CONVENTION_WORDS.contains(&w.as_str()))
    {
        return None;
    }
    let code = match number.len() {
        1..=4 => format!("{number:0>4}"),
        5 if number.starts_with('0') => number[1..].to_owned(),
        5 if number == "99998" || number == "99999" => number,
        _ => return None,
    };
    Some(IdccInput {
        code,
        explicit: words.is_empty() || explicit_word,
    })
}

/// The catalogue key of an IDCC written in any form [`read_idcc`] reads.
///
/// ```
/// use opmq_catalogue::fold::parse_idcc;
/// assert_eq!(parse_idcc("IDCC 16").as_deref(), Some("0016"));
/// assert_eq!(parse_idcc("1486").as_deref(), Some("1486"));
/// assert_eq!(parse_idcc("12345678"), None);
/// ```
pub fn parse_idcc(input: &str) -> Option<String> {
    read_idcc(input).map(|i| i.code)
}

/// True when the input is meant as an IDCC but is not a valid one (`123456`, `IDCC 12a`,
/// `IDCC`): only digits, signs and IDCC words, or starting with "IDCC".
pub fn looks_like_idcc(input: &str) -> bool {
    let tokens = idcc_tokens(input);
    let t = input.trim();
    t.is_empty()
        || tokens.first().is_some_and(|w| w == "idcc")
        || (t.bytes().any(|b| b.is_ascii_digit())
            && tokens.iter().all(|w| {
                w.bytes().all(|b| b.is_ascii_digit())
                    || IDCC_WORDS.contains(&w.as_str())
                    || CONVENTION_WORDS.contains(&w.as_str())
            }))
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
        assert_eq!(parse_idcc("IDCC : 0016").as_deref(), Some("0016"));
        assert_eq!(
            parse_idcc("Convention collective n° 2609").as_deref(),
            Some("2609")
        );
        assert_eq!(parse_idcc("CCN 3248").as_deref(), Some("3248"));
        assert_eq!(parse_idcc("2 609").as_deref(), Some("2609"));
        assert_eq!(parse_idcc("2609,0").as_deref(), Some("2609"));
        assert_eq!(parse_idcc("2609.00").as_deref(), Some("2609"));
        assert_eq!(parse_idcc("02609").as_deref(), Some("2609"));
        assert_eq!(parse_idcc("idcc1979").as_deref(), Some("1979"));
        assert_eq!(parse_idcc("n°413").as_deref(), Some("0413"));
        assert_eq!(parse_idcc("100").as_deref(), Some("0100"));
        assert_eq!(read_idcc("CCN 66").map(|i| i.explicit), Some(false));
        assert_eq!(read_idcc("IDCC 66").map(|i| i.explicit), Some(true));
        for bad in [
            "", "IDCC", "abc", "-1", "12345678", "12345", "16a", "1 6", "123456",
        ] {
            assert_eq!(parse_idcc(bad), None, "{bad:?}");
        }
        for meant in ["123456", "IDCC", "IDCC 12345678", "-1", "n° 123456"] {
            assert!(looks_like_idcc(meant), "{meant:?}");
        }
        for words in ["boulangerie", "la 66 rue", "HCR"] {
            assert!(!looks_like_idcc(words), "{words:?}");
        }
    }
}
