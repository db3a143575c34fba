//! The shape docs/ARCHITECTURE.md describes, checked on the source: no import cycle among the
//! modules of `src/`, the domain (`query`) never sees the command line (`cli`), and `main`'s
//! `run` stays short.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Top-level module of every file under src/ → the top-level modules it names as `crate::x`.
fn module_uses() -> BTreeMap<String, BTreeSet<String>> {
    fn walk(dir: &Path, files: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("src/") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                walk(&path, files);
            } else if path.extension().is_some_and(|x| x == "rs") {
                files.push(path);
            }
        }
    }
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    walk(&src, &mut files);
    let mut uses: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in files {
        let rel = file.strip_prefix(&src).expect("under src/");
        let first = rel.components().next().expect("a file");
        let module = first
            .as_os_str()
            .to_string_lossy()
            .trim_end_matches(".rs")
            .to_owned();
        if module == "lib" || module == "main" {
            continue;
        }
        let text = std::fs::read_to_string(&file).expect("readable");
        let code: String = text
            .lines()
            .map(|l| l.split("//").next().unwrap_or(""))
            .collect::<Vec<_>>()
            .join("\n");
        let named = uses.entry(module.clone()).or_default();
        for (i, _) in code.match_indices("crate::") {
            let rest = &code[i + "crate::".len()..];
            if let Some(group) = rest.strip_prefix('{') {
                let inner = group.split('}').next().unwrap_or("");
                for part in inner.split(',') {
                    let name = part.trim().split("::").next().unwrap_or("").trim();
                    if !name.is_empty() {
                        named.insert(name.to_owned());
                    }
                }
            } else {
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                named.insert(name);
            }
        }
        named.remove(&module);
    }
    uses
}

/// Depth-first search for a path from a module back to `target`.
fn reaches(
    uses: &BTreeMap<String, BTreeSet<String>>,
    from: &str,
    target: &str,
    seen: &mut BTreeSet<String>,
    path: &mut Vec<String>,
) -> bool {
    for next in uses.get(from).into_iter().flatten() {
        if next == target {
            path.push(next.clone());
            return true;
        }
        if seen.insert(next.clone()) {
            path.push(next.clone());
            if reaches(uses, next, target, seen, path) {
                return true;
            }
            path.pop();
        }
    }
    false
}

#[test]
fn no_import_cycle_among_modules() {
    let uses = module_uses();
    for module in uses.keys() {
        let mut path = vec![module.clone()];
        let found = reaches(&uses, module, module, &mut BTreeSet::new(), &mut path);
        assert!(!found, "import cycle: {}", path.join(" -> "));
    }
    assert!(uses.len() > 10, "modules found: {uses:?}");
}

#[test]
fn the_domain_never_sees_the_command_line() {
    let uses = module_uses();
    for domain in [
        "query", "store", "model", "names", "render", "import", "refresh",
    ] {
        let names = &uses[domain];
        assert!(!names.contains("cli"), "{domain} uses cli: {names:?}");
        assert!(!names.contains("plan"), "{domain} uses plan: {names:?}");
    }
}

#[test]
fn main_reads_parse_plan_run_report() {
    let main = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/main.rs"))
        .expect("src/main.rs");
    let start = main.find("fn run(").expect("fn run");
    let body = &main[start..];
    let end = body.find("\n}\n").expect("end of run");
    let lines = body[..end].lines().count();
    assert!(lines < 40, "main.rs run is {lines} lines");
}
