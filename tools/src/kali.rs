//! `kali PACKAGE`: the catalogue's Légifrance citations against a `@socialgouv/kali-data`
//! package, so that a new package version is a review, not a new research pass.
//!
//! The package holds one `data/KALICONT….json` per convention: a tree of sections and
//! articles (`type`, `data.id`, `data.cid`, `data.num`, `data.etat`, `data.content` in HTML);
//! about fifty conventions carry their articles' text. Reported:
//! 1. every article id the catalogue cites (agreements, joint commissions, `KALIARTI` in a
//!    source URL) that the package does not hold;
//! 2. every quote (an agreement's or a joint commission's, and the « … » passages of a
//!    Légifrance source's note) no longer found in its article's text;
//! 3. the in-force articles of conventions the catalogue knows (its IDCC) that mention
//!    « observatoire » where the catalogue cites no article of that IDCC.

use flate2::read::GzDecoder;
use opmq_catalogue::text::TextCatalogue;
use serde_json::Value;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::Read;
use std::path::Path;

/// An article of the package.
struct Article {
    idcc: String,
    /// The text it belongs to (nearest `KALITEXT` section title).
    text: String,
    num: Option<String>,
    etat: String,
    /// Its text without markup, as read.
    plain: String,
}

/// The package's articles by id (and by `cid` for those whose id differs), and the IDCC of
/// every convention it indexes.
struct Package {
    articles: HashMap<String, Article>,
    by_cid: HashMap<String, String>,
    conventions: usize,
}

fn str_of<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v.get("data")?.get(key)?.as_str()
}

impl Package {
    fn read(path: &Path) -> Result<Package, String> {
        let mut pkg = Package {
            articles: HashMap::new(),
            by_cid: HashMap::new(),
            conventions: 0,
        };
        if path.is_dir() {
            let data = [
                path.join("data"),
                path.join("package/data"),
                path.to_owned(),
            ]
            .into_iter()
            .find(|d| d.join("index.json").is_file() || has_conventions(d))
            .ok_or_else(|| format!("{}: no kali-data `data/` folder", path.display()))?;
            let mut files: Vec<_> = std::fs::read_dir(&data)
                .map_err(|e| format!("{}: {e}", data.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| is_convention(p))
                .collect();
            files.sort();
            for f in files {
                let bytes = std::fs::read(&f).map_err(|e| format!("{}: {e}", f.display()))?;
                pkg.add(&f.display().to_string(), &bytes)?;
            }
        } else {
            let file = std::fs::File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
            let mut archive = tar::Archive::new(GzDecoder::new(file));
            let entries = archive
                .entries()
                .map_err(|e| format!("{}: {e}", path.display()))?;
            for entry in entries {
                let mut entry = entry.map_err(|e| format!("{}: {e}", path.display()))?;
                let name = entry
                    .path()
                    .map_err(|e| format!("{}: {e}", path.display()))?
                    .into_owned();
                let in_data = name.parent().is_some_and(|p| p.ends_with("data"));
                if !in_data || !is_convention(&name) {
                    continue;
                }
                let mut bytes = Vec::new();
                entry
                    .read_to_end(&mut bytes)
                    .map_err(|e| format!("{}: {e}", name.display()))?;
                pkg.add(&name.display().to_string(), &bytes)?;
            }
        }
        if pkg.conventions == 0 {
            return Err(format!("{}: no convention file found", path.display()));
        }
        Ok(pkg)
    }

    fn add(&mut self, name: &str, bytes: &[u8]) -> Result<(), String> {
        let root: Value = serde_json::from_slice(bytes).map_err(|e| format!("{name}: {e}"))?;
        // `num` is a number in most files, a string in some: the IDCC, on 4 digits.
        let idcc = match root.get("data").and_then(|d| d.get("num")) {
            Some(Value::Number(n)) => format!("{:0>4}", n.to_string()),
            Some(Value::String(s)) => format!("{s:0>4}"),
            _ => String::new(),
        };
        self.conventions += 1;
        self.walk(&root, &idcc, "");
        Ok(())
    }

    fn walk(&mut self, node: &Value, idcc: &str, text: &str) {
        let id = str_of(node, "id").unwrap_or_default();
        let text = if id.starts_with("KALITEXT") {
            str_of(node, "title").unwrap_or(text)
        } else {
            text
        };
        if node.get("type").and_then(Value::as_str) == Some("article") {
            let cid = str_of(node, "cid").unwrap_or_default();
            if !cid.is_empty() && cid != id {
                self.by_cid.insert(cid.to_owned(), id.to_owned());
            }
            self.articles.insert(
                id.to_owned(),
                Article {
                    idcc: idcc.to_owned(),
                    text: text.to_owned(),
                    num: str_of(node, "num").map(str::to_owned),
                    etat: str_of(node, "etat").unwrap_or_default().to_owned(),
                    // The heading Légifrance shows above the article (`surtitre`), then its body.
                    plain: format!(
                        "{} {}",
                        str_of(node, "surtitre").unwrap_or_default(),
                        plain(str_of(node, "content").unwrap_or_default())
                    ),
                },
            );
        }
        for child in node
            .get("children")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            self.walk(child, idcc, text);
        }
    }
}

fn is_convention(p: &Path) -> bool {
    let json = p
        .extension()
        .is_some_and(|x| x.eq_ignore_ascii_case("json"));
    json && p
        .file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with("KALICONT"))
}

fn has_conventions(dir: &Path) -> bool {
    std::fs::read_dir(dir).is_ok_and(|mut r| r.any(|e| e.is_ok_and(|e| is_convention(&e.path()))))
}

/// HTML to text: tags dropped (a break or paragraph becomes a space), common entities
/// decoded.
fn plain(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    [
        ("&nbsp;", " "),
        ("&#160;", " "),
        ("&amp;", "&"),
        ("&quot;", "\""),
        ("&#39;", "'"),
        ("&apos;", "'"),
        ("&lt;", "<"),
        ("&gt;", ">"),
        ("&laquo;", "«"),
        ("&raquo;", "»"),
    ]
    .iter()
    .fold(out, |s, (from, to)| s.replace(from, to))
}

/// The form quotes are compared in: lower case, one kind of apostrophe and of quotation
/// mark, no whitespace at all (the texts' spacing around « » and line breaks varies).
fn key(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            '\u{2019}' | '\u{2018}' | '`' | '\u{b4}' => '\'',
            '«' | '»' | '\u{201c}' | '\u{201d}' | '\u{201e}' => '"',
            '\u{2013}' | '\u{2014}' => '-',
            other => other,
        })
        .filter(|c| !c.is_whitespace())
        .collect()
}

/// True when every part of `quote` (parts cut at an ellipsis `…`, `[…]` or `(...)`) is in
/// `text`, in order.
fn quoted(text: &str, quote: &str) -> bool {
    let text = key(text);
    let quote = key(quote)
        .replace("[...]", "…")
        .replace("[…]", "…")
        .replace("(...)", "…")
        .replace("(…)", "…")
        .replace("...", "…");
    let mut from = 0;
    for part in quote.split('…').filter(|p| !p.is_empty()) {
        match text[from..].find(part) {
            Some(at) => from += at + part.len(),
            None => return false,
        }
    }
    true
}

/// One citation of an article in `data/`.
struct Cited {
    /// Where: `observatories/opiiec.toml agreement`, `joint_commissions.toml 1486`…
    at: String,
    idcc: Option<String>,
    article: String,
    /// Verbatim passages to find in the article.
    quotes: Vec<String>,
    /// An agreement or a joint commission (the package must hold it), or a source URL (the
    /// package holds the text of about fifty conventions only: one it lacks is listed apart).
    primary: bool,
    /// Other articles the note names (`KALIARTI…`): a passage may quote them instead.
    also: Vec<String>,
}

/// The « … » passages of a note that are long enough to be quotes rather than names.
fn note_quotes(note: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = note;
    while let Some(open) = rest.find('«') {
        let after = &rest[open + '«'.len_utf8()..];
        let Some(close) = after.find('»') else { break };
        let q = after[..close].trim();
        if q.chars().count() >= 40 {
            out.push(q.to_owned());
        }
        rest = &after[close + '»'.len_utf8()..];
    }
    out
}

fn kaliarti(url: &str) -> Option<String> {
    let at = url.find("KALIARTI")?;
    let id: String = url[at..]
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect();
    (id.len() == 20).then_some(id)
}

fn citations(cat: &TextCatalogue) -> Vec<Cited> {
    let mut out = Vec::new();
    for rec in &cat.observatories {
        let o = &rec.facts;
        for a in &o.agreements {
            out.push(Cited {
                at: format!("observatories/{}.toml agreement", o.id),
                idcc: Some(a.idcc.clone()),
                article: a.kali_article.clone(),
                quotes: vec![a.quote.clone()],
                primary: true,
                also: vec![],
            });
        }
        for s in &o.sources {
            if let Some(article) = kaliarti(&s.url) {
                out.push(Cited {
                    at: format!("observatories/{}.toml source", o.id),
                    idcc: None,
                    article,
                    quotes: s.note.as_deref().map(note_quotes).unwrap_or_default(),
                    primary: false,
                    also: s.note.as_deref().map(ids_in).unwrap_or_default(),
                });
            }
        }
    }
    for j in &cat.joint_commissions {
        out.push(Cited {
            at: format!("joint_commissions.toml {}", j.idcc),
            idcc: Some(j.idcc.clone()),
            article: j.kali_article.clone(),
            quotes: vec![j.quote.clone()],
            primary: true,
            also: vec![],
        });
    }
    out
}

/// Every `KALIARTI…` id a text names.
fn ids_in(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(id) = kaliarti(rest) {
        let at = rest.find(&id).map_or(rest.len(), |i| i + id.len());
        out.push(id);
        rest = &rest[at..];
    }
    out
}

/// Mentions an observatory other than the "observatoire de la négociation collective" (a
/// CPPNI mission, not an OPMQ).
fn about_an_observatory(text: &str) -> bool {
    let lower = text.to_lowercase();
    [
        "observatoire paritaire de la négociation",
        "observatoire de la négociation",
    ]
    .iter()
    .fold(lower, |t, phrase| t.replace(phrase, ""))
    .contains("observatoire")
}

fn short(text: &str, around: &str, width: usize) -> String {
    let lower = text.to_lowercase();
    let at = lower.find(around).unwrap_or(0);
    let start = text[..at.min(text.len())]
        .char_indices()
        .rev()
        .nth(width / 2)
        .map_or(0, |(i, _)| i);
    let snippet: String = text[start..].chars().take(width).collect();
    snippet.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub fn run(cat: &TextCatalogue, package: &Path) -> Result<bool, String> {
    let pkg = Package::read(package)?;
    let cited = citations(cat);
    let mut clean = true;
    let (mut quotes, mut quotes_found, mut ids_found) = (0, 0, 0);
    let mut ids: Vec<&str> = cited.iter().map(|c| c.article.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    println!(
        "# kali-data package {}: {} conventions, {} articles",
        package.display(),
        pkg.conventions,
        pkg.articles.len()
    );
    println!(
        "# data/: {} citations of {} distinct articles",
        cited.len(),
        ids.len()
    );
    println!();
    println!("## Cited articles missing or changed");
    let mut outside = Vec::new();
    for c in &cited {
        let Some(a) = pkg.articles.get(&c.article) else {
            if !c.primary {
                outside.push(c);
                continue;
            }
            clean = false;
            let hint = pkg
                .by_cid
                .get(&c.article)
                .map(|id| format!(" (it is the cid of {id})"))
                .unwrap_or_default();
            println!("MISSING {} in {}{hint}", c.article, c.at);
            continue;
        };
        ids_found += 1;
        if let Some(idcc) = c.idcc.as_deref().filter(|i| *i != a.idcc) {
            println!(
                "NOTE {} in {}: cited for IDCC {idcc}, filed under IDCC {} in the package",
                c.article, c.at, a.idcc
            );
        }
        if !a.etat.starts_with("VIGUEUR") {
            println!(
                "NOTE {} in {}: état {} in the package",
                c.article, c.at, a.etat
            );
        }
        for q in &c.quotes {
            quotes += 1;
            let elsewhere = c
                .also
                .iter()
                .filter_map(|id| pkg.articles.get(id))
                .any(|other| quoted(&other.plain, q));
            if quoted(&a.plain, q) || elsewhere {
                quotes_found += 1;
            } else {
                clean = false;
                println!(
                    "CHANGED {} in {}: quote not found: « {q} »",
                    c.article, c.at
                );
            }
        }
    }
    let primary = cited.iter().filter(|c| c.primary).count();
    println!(
        "{ids_found} of {} citations found ({primary} agreements and joint commissions); \
         {quotes_found} of {quotes} quotes found",
        cited.len()
    );
    if !outside.is_empty() {
        println!();
        println!(
            "## Source URLs citing an article of a text the package does not hold (not checked)"
        );
        for c in outside {
            println!("{} in {}", c.article, c.at);
        }
    }

    println!();
    println!("## In-force articles mentioning « observatoire » in conventions no citation covers");
    let known: HashSet<&str> = cat.branches.iter().map(|b| b.idcc.as_str()).collect();
    let mut cited_idcc: HashSet<String> = cited.iter().filter_map(|c| c.idcc.clone()).collect();
    cited_idcc.extend(
        cited
            .iter()
            .filter_map(|c| pkg.articles.get(&c.article).map(|a| a.idcc.clone())),
    );
    let covered: HashSet<&str> = cat
        .observatories
        .iter()
        .flat_map(|o| o.idcc.iter().map(String::as_str))
        .collect();
    let mut uncited: BTreeMap<&str, Vec<(&str, &Article)>> = BTreeMap::new();
    for (id, a) in &pkg.articles {
        let in_force = a.etat == "VIGUEUR" || a.etat.starts_with("VIGUEUR_");
        if in_force
            && known.contains(a.idcc.as_str())
            && !cited_idcc.contains(&a.idcc)
            && about_an_observatory(&a.plain)
        {
            uncited.entry(&a.idcc).or_default().push((id, a));
        }
    }
    for (idcc, mut list) in uncited {
        list.sort_by_key(|(id, _)| *id);
        let why = if covered.contains(idcc) {
            "observatory known, no article cited"
        } else {
            "no observatory in the catalogue"
        };
        println!("IDCC {idcc} ({why}): {} article(s)", list.len());
        for (id, a) in list {
            let num = a.num.as_deref().unwrap_or("-");
            println!("  {id} art. {num} — {}", a.text);
            println!("    « …{}… »", short(&a.plain, "observatoire", 160));
        }
    }
    Ok(clean)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_match_across_spacing_and_typography() {
        let text =
            plain("<p>un observatoire intitulé «&nbsp;OPIIEC&nbsp;», qui constitue l’outil</p>");
        assert!(quoted(&text, "intitulé « OPIIEC », qui constitue l'outil"));
        assert!(quoted(&text, "un observatoire […] qui constitue"));
        assert!(!quoted(&text, "qui constitue […] un observatoire"));
        assert!(!quoted(&text, "intitulé « OPMQ »"));
    }

    #[test]
    fn ids_and_note_quotes_are_read() {
        assert_eq!(
            kaliarti("https://www.legifrance.gouv.fr/conv_coll/id/KALIARTI000041549525").as_deref(),
            Some("KALIARTI000041549525")
        );
        assert_eq!(
            kaliarti("https://www.legifrance.gouv.fr/conv_coll/id/KALITEXT000042949839"),
            None
        );
        let q = note_quotes("art. 8.7 « Observatoire » : « les travaux de l'observatoire sont examinés prioritairement »");
        assert_eq!(
            q,
            ["les travaux de l'observatoire sont examinés prioritairement"]
        );
    }
}
