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
    let set = |path: &str, value: &str| {
        format!(
            "UPDATE observatory SET facts = json_set(facts, '{path}', {value}) WHERE id = 'opiiec'"
        )
    };
    let agreement = |path: &str, value: &str| {
        format!(
            "UPDATE observatory SET facts = json_set(facts, '$.agreements', json_array(json_set(json('{{\"idcc\":\"1486\",\"kali_article\":\"KALIARTI000041549525\",\"url\":\"https://www.legifrance.gouv.fr/conv_coll/id/KALIARTI000041549525\",\"text_title\":\"Accord\",\"text_date\":\"2019-10-31\",\"article\":null,\"role\":\"creates\",\"quote\":\"observatoire\",\"supports\":[],\"checked\":\"2026-12-02\"}}'), '{path}', {value}))) WHERE id = 'opiiec'"
        )
    };
    let cases = [
        ("UPDATE observatory_branch SET idcc = '123' WHERE observatory_id = 'opiiec'".to_owned(), "observatory opiiec", "123"),
        ("UPDATE observatory_branch SET idcc = '9876' WHERE observatory_id = 'opiiec'".to_owned(), "observatory opiiec", "9876"),
        ("UPDATE observatory SET opco_id = 'atlass' WHERE id = 'opiiec'".to_owned(), "observatory opiiec", "atlass"),
        ("UPDATE opco SET id = 'opco-x', facts = json_set(facts, '$.id', 'opco-x') WHERE id = 'afdas'".to_owned(), "OPCO opco-x", "canonical"),
        ("UPDATE opco SET id = 'opco-x' WHERE id = 'afdas'".to_owned(), "OPCO opco-x", "no record"),
        ("UPDATE observatory SET facts = '{' WHERE id = 'opiiec'".to_owned(), "observatory opiiec", "is not valid"),
        (set("$.sources", "json('[]')"), "observatory opiiec", "no source"),
        (set("$.name", "(SELECT json_extract(facts, '$.name') FROM observatory WHERE id = 'oema')"), "observatory", "same name"),
        (set("$.website", "'opiiec.fr'"), "observatory opiiec", "http"),
        (set("$.email", "'contact@opiiec'"), "observatory opiiec", "email"),
        (set("$.phone", "'01 23 45 67 89'"), "observatory opiiec", "+33"),
        ("UPDATE branch SET successor = '1375' WHERE idcc = '3248'".to_owned(), "IDCC 3248", "loops"),
        (set("$.sources[0].url", "'file:///work/notes.csv'"), "observatory opiiec", "local file path"),
        (set("$.acronym", "''"), "observatory opiiec", "empty string"),
        ("UPDATE branch SET idcc = '12345' WHERE idcc = '0016'".to_owned(), "IDCC 12345", "4 digits"),
        (set("$.website", "'https://opiiec.fr'"), "observatory opiiec", "website is given but no source supports it"),
        (set("$.email", "'contact@opiiec.fr'"), "observatory opiiec", "email is given but no source supports it"),
        (set("$.name_kind", "'official'"), "observatory opiiec", "name_kind \"official\""),
        (set("$.sources", "json(replace(json_extract(facts, '$.sources'), '\"name\"', '\"notes\"'))"), "observatory opiiec", "name_kind is proper but no source supports the name"),
        (agreement("$.quote", "''"), "observatory opiiec", "no quote"),
        (agreement("$.quote", "printf('%.700c', 'x')"), "observatory opiiec", "longer than 600"),
        (agreement("$.role", "'blesses'"), "observatory opiiec", "role \"blesses\""),
        (agreement("$.kali_article", "'KALICONT000005635624'"), "observatory opiiec", "KALIARTI + 12 digits"),
        (agreement("$.text_date", "'31/10/2019'"), "observatory opiiec", "YYYY-MM-DD"),
        (agreement("$.url", "'https://example.org/x'"), "observatory opiiec", "Légifrance page"),
        (set("$.sources", "json(replace(json_extract(facts, '$.sources'), '\"notes\"', '\"legal_basis\"'))"), "observatory opiiec", "notes are given but no source"),
        ("UPDATE joint_commission SET facts = json_set(facts, '$.email', 'cppni@') WHERE idcc = '0016'".to_owned(), "joint commission of IDCC 0016", "email"),
        ("UPDATE joint_commission SET facts = json_set(facts, '$.url', 'https://example.org') WHERE idcc = '0016'".to_owned(), "joint commission of IDCC 0016", "Légifrance page"),
        ("UPDATE joint_commission SET idcc = '9876' WHERE idcc = '0016'".to_owned(), "joint commission of IDCC 9876", "unknown IDCC"),
        ("INSERT INTO observatory_branch VALUES ('ghost', '1486', 0)".to_owned(), "observatory ghost", "not an observatory"),
    ];
    for (sql, record, problem) in &cases {
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
