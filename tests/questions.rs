//! The real questions of `tests/questions.csv` (question, command, expected, kind, source),
//! each asked to the binary and its answer checked against the expected one:
//! an IDCC (`branch` answers it), `not-idcc` (exit 2), `placeholder` (exit 1 with the
//! code's meaning and source), an OPCO id (`opco`), `former-opca:NAME` (the former OPCA
//! named as such, answered by its successor only where the data gives one), an observatory
//! id (`search` ranks it first).

mod common;
use common::opmq;

#[derive(serde::Deserialize)]
struct Row {
    question: String,
    command: String,
    expected: String,
    kind: String,
    source: String,
}

/// Why a row's answer is wrong, or `None` when it is right.
fn wrong(row: &Row) -> Option<String> {
    let q = row.question.as_str();
    let run = |args: &[&str]| opmq().args(args).output().expect("run");
    let json = |out: &std::process::Output| -> serde_json::Value {
        serde_json::from_slice(&out.stdout).unwrap_or_default()
    };
    let err = |out: &std::process::Output| String::from_utf8_lossy(&out.stderr).into_owned();
    match (row.command.as_str(), row.expected.as_str()) {
        ("branch", "not-idcc") => {
            let out = run(&["branch", q]);
            (out.status.code() != Some(2) || !err(&out).contains("is not an IDCC"))
                .then(|| format!("exit {:?}: {}", out.status.code(), err(&out)))
        }
        ("branch", "placeholder") => {
            let out = run(&["branch", q]);
            let e = err(&out);
            (out.status.code() != Some(1)
                || !e.contains("is not a collective agreement")
                || !e.contains("(source: http"))
            .then(|| format!("exit {:?}: {e}", out.status.code()))
        }
        ("branch", idcc) => {
            let out = run(&["branch", q, "--json", "idcc"]);
            let got = json(&out)["idcc"].as_str().map(str::to_owned);
            (got.as_deref() != Some(idcc)).then(|| format!("got {got:?}: {}", err(&out)))
        }
        ("opco", expected) => {
            let out = run(&["opco", q, "--json", "id"]);
            let got = json(&out)["id"].as_str().map(str::to_owned);
            if let Some(name) = expected.strip_prefix("former-opca:") {
                let e = err(&out);
                let said = e.contains(&format!(
                    "{name} is a former OPCA, replaced by the OPCO in 2019"
                ));
                // Answered by one successor (exit 0) or by where to look (exit 1).
                let shape = match out.status.code() {
                    Some(0) => got.is_some() && e.contains("its branches went to"),
                    Some(1) => e.contains("went to several OPCO"),
                    _ => false,
                };
                (!said || !shape).then(|| format!("exit {:?}: {e}", out.status.code()))
            } else {
                (got.as_deref() != Some(expected)).then(|| format!("got {got:?}: {}", err(&out)))
            }
        }
        ("search", id) => {
            let out = run(&["search", q, "--json"]);
            let first = json(&out)[0]["id"].as_str().map(str::to_owned);
            (first.as_deref() != Some(id)).then(|| format!("first hit {first:?}"))
        }
        (command, _) => Some(format!("unknown command {command}")),
    }
}

#[test]
fn real_questions_get_their_expected_answer() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/questions.csv");
    let rows: Vec<Row> = csv::Reader::from_path(path)
        .expect("tests/questions.csv")
        .deserialize()
        .collect::<Result<_, _>>()
        .expect("rows");
    assert!(rows.len() >= 60, "at least 60 questions");
    let mut failures = Vec::new();
    for row in &rows {
        assert!(
            !row.source.is_empty() && !row.kind.is_empty(),
            "{}: no source",
            row.question
        );
        if let Some(why) = wrong(row) {
            failures.push(format!("{} ({}): {why}", row.question, row.kind));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} questions answered wrong:\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n")
    );
}
