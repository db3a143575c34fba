//! The README's recipes run as written: every command line of its "Recipes" block, in
//! order, in an empty directory, with this build's opmq first on PATH.

mod common;

fn recipes() -> Vec<String> {
    let readme = include_str!("../README.md");
    let section = readme
        .split("## Recipes")
        .nth(1)
        .expect("README has a Recipes section");
    let block = section
        .split("```sh\n")
        .nth(1)
        .and_then(|b| b.split("```").next())
        .expect("a sh block");
    block
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .collect()
}

#[test]
fn readme_recipes_run_as_written() {
    let lines = recipes();
    assert!(lines.len() >= 6, "{lines:?}");
    let bin = assert_cmd::cargo::cargo_bin("opmq");
    let path = format!(
        "{}:{}",
        bin.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let dir = tempfile::tempdir().unwrap();
    for line in &lines {
        let out = std::process::Command::new("bash")
            .args(["-o", "pipefail", "-c", line])
            .current_dir(dir.path())
            .env("PATH", &path)
            .env("LANG", "C")
            .env("OPMQ_CONFIG_DIR", dir.path().join("no-config"))
            .env("OPMQ_DATA_DIR", dir.path().join("data"))
            .env_remove("LC_ALL")
            .env_remove("OPMQ_CATALOGUE")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{line}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let written = line.contains("--output") || line.contains('>');
        assert!(written || !out.stdout.is_empty(), "{line}: no output");
    }
    // What the recipes wrote is what they promise.
    let csv = std::fs::read(dir.path().join("atlas-observatoires.csv")).unwrap();
    assert!(csv.starts_with("\u{feff}id;".as_bytes()));
    let vcf = std::fs::read_to_string(dir.path().join("akto.vcf")).unwrap();
    assert!(!vcard4::parse(&vcf).unwrap().is_empty());
    assert!(dir.path().join("opmq.sqlite").exists());
}
