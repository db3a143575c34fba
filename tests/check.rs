//! `opmq check` passes on the bundled catalogue and names the record of each planted error.

mod common;
use common::{altered_catalogue, failure, stdout};

#[test]
fn bundled_catalogue_passes() {
    assert!(stdout(&["check"]).contains("OK"));
}

/// Exports the bundled catalogue, breaks it with `sql`, and returns check's exit code and output.
fn planted(sql: &str) -> (i32, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = altered_catalogue(dir.path(), "c.sqlite", |c| c.execute_batch(sql).unwrap());
    let p = path.to_str().unwrap();
    let (code, out, err) = failure(&["check", "--catalogue", p]);
    (code, out + &err)
}

#[test]
fn each_planted_error_is_named() {
    let cases = [
        ("UPDATE observatory_branch SET idcc = '123' WHERE observatory_id = 'opiiec'", "observatory opiiec", "123"),
        ("UPDATE observatory_branch SET idcc = '9876' WHERE observatory_id = 'opiiec'", "observatory opiiec", "9876"),
        ("UPDATE observatory SET opco_id = 'atlass' WHERE id = 'opiiec'", "observatory opiiec", "atlass"),
        ("UPDATE opco SET id = 'opco-x' WHERE id = 'afdas'", "OPCO opco-x", "canonical"),
        ("DELETE FROM observatory_source WHERE observatory_id = 'opiiec'", "observatory opiiec", "no source"),
        ("UPDATE observatory SET name = (SELECT name FROM observatory WHERE id = 'oema') WHERE id = 'opiiec'", "observatory", "same name"),
        ("UPDATE observatory SET website = 'opiiec.fr' WHERE id = 'opiiec'", "observatory opiiec", "http"),
        ("UPDATE observatory SET email = 'contact@opiiec' WHERE id = 'opiiec'", "observatory opiiec", "email"),
        ("UPDATE observatory SET phone = '01 23 45 67 89' WHERE id = 'opiiec'", "observatory opiiec", "+33"),
        ("UPDATE branch SET successor = '1375' WHERE idcc = '3248'", "IDCC 3248", "loops"),
        ("UPDATE observatory_source SET url = 'file:///work/notes.csv' WHERE observatory_id = 'opiiec' AND pos = 0", "observatory opiiec", "local file path"),
        ("UPDATE observatory SET acronym = '' WHERE id = 'opiiec'", "observatory opiiec", "empty string"),
        ("UPDATE branch SET idcc = '12345' WHERE idcc = '0016'", "IDCC 12345", "4 digits"),
        ("UPDATE observatory_source SET supports = replace(supports, 'website', 'notes') WHERE observatory_id = 'opiiec'", "observatory opiiec", "website is given but no source supports it"),
        ("UPDATE observatory SET email = 'contact@opiiec.fr' WHERE id = 'opiiec'", "observatory opiiec", "email is given but no source supports it"),
    ];
    for (sql, record, problem) in cases {
        let (code, report) = planted(sql);
        assert_eq!(code, 4, "{sql}: {report}");
        let line = report
            .lines()
            .find(|l| l.contains(record) && l.contains(problem));
        assert!(
            line.is_some(),
            "{sql}: expected {record:?} / {problem:?} in\n{report}"
        );
    }
}

#[test]
fn a_file_that_is_not_a_catalogue_is_a_data_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("junk.sqlite");
    std::fs::write(&path, b"not sqlite at all").unwrap();
    let (code, _, err) = failure(&["check", "--catalogue", path.to_str().unwrap()]);
    assert_eq!(code, 4);
    assert_eq!(err.lines().count(), 1, "{err}");
}
