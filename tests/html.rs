//! `opmq export --format html` without a browser: language, anchors, size, footer, filters,
//! and catalogue text that cannot become markup. tests/browser.rs runs the page itself.

mod common;

use common::{opmq, stdout};

#[test]
fn french_by_default_whatever_the_locale_english_on_request() {
    let fr = stdout(&["export", "--format", "html"]);
    assert!(
        fr.starts_with("<!DOCTYPE html><html lang=\"fr\">"),
        "{}",
        &fr[..80]
    );
    assert!(fr.contains("<title>Observatoires de branche (OPMQ)"));
    let en = stdout(&["export", "--format", "html", "--lang", "en"]);
    assert!(en.contains("<html lang=\"en\">"));
    assert!(en.contains("<title>Branch observatories (OPMQ)"));
}

#[test]
fn whole_catalogue_page_has_every_anchor_fits_and_dates_itself() {
    let page = stdout(&["export", "--format", "html"]);
    assert!(page.len() <= 1_500_000, "{} bytes", page.len());
    let export: serde_json::Value = common::json(&["export", "--json"]);
    for o in export["observatories"].as_array().unwrap() {
        assert!(page.contains(&format!("id=\"obs-{}\"", o["id"].as_str().unwrap())));
    }
    for b in export["branches"].as_array().unwrap() {
        assert!(page.contains(&format!("id=\"idcc-{}\"", b["idcc"].as_str().unwrap())));
    }
    for o in export["opcos"].as_array().unwrap() {
        assert!(page.contains(&format!("id=\"opco-{}\"", o["id"].as_str().unwrap())));
    }
    let date = export["data_date"].as_str().unwrap();
    let footer = &page[page.find("<footer>").expect("footer")..];
    assert!(
        footer.contains(&format!("<strong>{date}</strong>")),
        "data date"
    );
    assert!(footer.contains(concat!("opmq ", env!("CARGO_PKG_VERSION"))));
    // A replaced convention shows its successor chain as links.
    let b1375 = &page[page.find("id=\"idcc-1375\"").unwrap()..];
    let b1375 = &b1375[..b1375.find("</article>").unwrap()];
    assert!(
        b1375.contains("<a href=\"#idcc-3209\">3209</a> → <a href=\"#idcc-3248\">3248</a>"),
        "{b1375}"
    );
    // Nothing to fetch: no external script, style, image or font.
    for needle in [
        "<script src",
        "<link rel=\"stylesheet\"",
        "<img",
        "@import",
        "url(",
    ] {
        assert!(!page.contains(needle), "{needle}");
    }
}

#[test]
fn filters_like_list() {
    let page = stdout(&["export", "--format", "html", "--opco", "atlas"]);
    assert!(page.contains("id=\"obs-opiiec\""));
    assert!(!page.contains("id=\"obs-aide-domicile\""));
}

#[test]
fn html_is_for_export_only() {
    let (code, out, err) = common::failure(&["show", "opiiec", "--format", "html"]);
    assert_eq!((code, out.as_str()), (2, ""));
    assert_eq!(err, "opmq: --format html is only for `opmq export`\n");
}

#[test]
fn planted_markup_in_the_catalogue_stays_text() {
    let dir = tempfile::tempdir().unwrap();
    let mut export: serde_json::Value = common::json(&["export", "--json"]);
    let planted = "</script><script>window.pwned=1</script><b onmouseover=x>";
    let o = export["observatories"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|o| o["id"] == "opiiec")
        .unwrap();
    o["name"] = serde_json::json!(planted);
    o["acronym"] = serde_json::json!("<i>x</i> & co");
    let file = dir.path().join("planted.json");
    std::fs::write(&file, serde_json::to_vec(&export).unwrap()).unwrap();
    let data = dir.path().join("data");
    opmq()
        .env("OPMQ_DATA_DIR", &data)
        .arg("import")
        .arg(&file)
        .assert()
        .success();
    let out = opmq()
        .env("OPMQ_DATA_DIR", &data)
        .args(["export", "--format", "html"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let page = String::from_utf8(out.stdout).unwrap();
    assert!(!page.contains("window.pwned=1</script>"), "raw script");
    assert!(!page.contains("<b onmouseover"));
    assert!(page.contains("&lt;/script&gt;&lt;script&gt;window.pwned=1&lt;/script&gt;"));
    // The search data holds the name folded, and no `<` that could close its script.
    let data_start = page.find("id=\"opmq-data\"").unwrap();
    let data_end = data_start + page[data_start..].find("</script>").unwrap();
    assert!(!page[data_start..data_end].contains('<'));
    assert!(page.contains("(&lt;i&gt;x&lt;/i&gt; &amp; co)"));
}
