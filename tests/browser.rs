//! The web page (`opmq export --format html`) in a real browser: Debian's Chromium driven
//! through chromedriver. Ignored by a plain `cargo test` (they need both installed);
//! `.ci/run` installs them and runs `cargo test --test browser -- --ignored`.
//! The 1280 px and 390 px screenshots land in docs/.

mod browser_support;

use browser_support::{export_page, file_url, Browser};
use fantoccini::Locator;
use serde_json::json;
use std::path::Path;

const OPMQ: &str = env!("CARGO_BIN_EXE_opmq");

/// One browser at a time: the machine has two cores.
static ONE: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

fn page(dir: &Path) -> String {
    file_url(&export_page(OPMQ, dir, &[]))
}

/// Observatory ids of the bundled catalogue, from its JSON export.
fn observatory_ids() -> Vec<String> {
    let out = std::process::Command::new(OPMQ)
        .args(["export", "--json"])
        .output()
        .expect("export");
    let export: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    export["observatories"]
        .as_array()
        .expect("observatories")
        .iter()
        .map(|o| o["id"].as_str().expect("id").to_owned())
        .collect()
}

#[tokio::test]
#[ignore = "needs chromium and chromedriver (apt-get install chromium chromium-driver); run: cargo test --test browser -- --ignored"]
async fn typing_an_idcc_shows_its_observatory_and_hides_the_rest() {
    let _one = ONE.lock().await;
    let dir = tempfile::tempdir().unwrap();
    let b = Browser::start(true, 1280, 900).await;
    b.client.goto(&page(dir.path())).await.unwrap();
    assert!(
        b.shown("obs-aide-domicile").await,
        "everything listed before typing"
    );
    for typed in ["1486", "IDCC 1486", "01486"] {
        b.type_into("#q", typed).await;
        assert!(b.shown("obs-opiiec").await, "{typed}: OPIIEC shown");
        assert!(b.shown("idcc-1486").await, "{typed}: the branch shown");
        assert!(b.shown("opco-atlas").await, "{typed}: its OPCO shown");
        assert!(
            !b.shown("obs-aide-domicile").await,
            "{typed}: unrelated observatory hidden"
        );
        assert!(
            !b.shown("idcc-0016").await,
            "{typed}: unrelated branch hidden"
        );
        assert!(
            !b.shown("opco-akto").await,
            "{typed}: unrelated OPCO hidden"
        );
    }
    let url = b.client.current_url().await.unwrap();
    assert_eq!(
        url.fragment(),
        Some("q=01486"),
        "the filter is kept in the URL"
    );
    let count = b
        .client
        .find(Locator::Id("count"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(count, "Affichés : observatoires 1 · OPCO 1 · branches 1");
    b.close().await;
}

#[tokio::test]
#[ignore = "needs chromium and chromedriver (apt-get install chromium chromium-driver); run: cargo test --test browser -- --ignored"]
async fn a_word_without_accents_finds_the_accented_branch() {
    let _one = ONE.lock().await;
    let dir = tempfile::tempdir().unwrap();
    let b = Browser::start(true, 1280, 900).await;
    b.client.goto(&page(dir.path())).await.unwrap();
    b.type_into("#q", "METALLURGIE").await;
    let heading = b
        .client
        .find(Locator::Css("#idcc-3248 h4"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(heading.contains("Métallurgie"), "{heading}");
    assert!(b.shown("idcc-3248").await);
    assert!(!b.shown("idcc-1486").await);
    assert!(!b.shown("obs-opiiec").await);
    // Words of several fields, in any case and order.
    b.type_into("#q", "etudes BUREAUX").await;
    assert!(b.shown("idcc-1486").await);
    assert!(!b.shown("idcc-3248").await);
    b.close().await;
}

#[tokio::test]
#[ignore = "needs chromium and chromedriver (apt-get install chromium chromium-driver); run: cargo test --test browser -- --ignored"]
async fn the_address_restores_a_filter() {
    let _one = ONE.lock().await;
    let dir = tempfile::tempdir().unwrap();
    let b = Browser::start(true, 1280, 900).await;
    b.client
        .goto(&format!("{}#q=1486", page(dir.path())))
        .await
        .unwrap();
    let q = b.client.find(Locator::Id("q")).await.unwrap();
    assert_eq!(q.prop("value").await.unwrap().as_deref(), Some("1486"));
    assert!(b.shown("obs-opiiec").await);
    assert!(!b.shown("obs-aide-domicile").await);
    // An encoded word filter too.
    b.client
        .goto(&format!("{}#q=m%C3%A9tallurgie", page(dir.path())))
        .await
        .unwrap();
    assert!(b.shown("idcc-3248").await);
    assert!(!b.shown("idcc-1486").await);
    b.close().await;
}

#[tokio::test]
#[ignore = "needs chromium and chromedriver (apt-get install chromium chromium-driver); run: cargo test --test browser -- --ignored"]
async fn without_javascript_every_observatory_is_listed() {
    let _one = ONE.lock().await;
    let dir = tempfile::tempdir().unwrap();
    let b = Browser::start(false, 1280, 900).await;
    b.client
        .goto(&format!("{}#q=1486", page(dir.path())))
        .await
        .unwrap();
    let ids = observatory_ids();
    assert!(ids.len() > 90, "{}", ids.len());
    for id in &ids {
        assert!(b.shown(&format!("obs-{id}")).await, "{id} listed");
    }
    assert!(b.shown("idcc-0016").await, "branches listed");
    // The script did not run: the filter form stays hidden, the notice shows.
    assert!(!b.shown("filter").await, "filter box needs JavaScript");
    b.close().await;
}

#[tokio::test]
#[ignore = "needs chromium and chromedriver (apt-get install chromium chromium-driver); run: cargo test --test browser -- --ignored"]
async fn no_request_leaves_the_file() {
    let _one = ONE.lock().await;
    let dir = tempfile::tempdir().unwrap();
    let b = Browser::start(true, 1280, 900).await;
    let url = page(dir.path());
    // What the browser's own start page loaded is not the page's.
    b.client.goto("about:blank").await.unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    let _ = b.requests().await;
    b.client.goto(&url).await.unwrap();
    b.type_into("#q", "atlas").await;
    b.client
        .find(Locator::Css("a[href='#opco-atlas']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    b.client.goto(&format!("{url}#q=1486")).await.unwrap();
    let requests = b.requests().await;
    assert!(
        requests.iter().any(|r| r.starts_with(&url)),
        "the log saw the page: {requests:?}"
    );
    let outside: Vec<&String> = requests
        .iter()
        .filter(|r| !r.starts_with("file://") && !r.starts_with("data:"))
        .collect();
    assert!(outside.is_empty(), "requests leaving the file: {outside:?}");
    // Control: the log does see a page that fetches something (a closed loopback port).
    let control = dir.path().join("control.html");
    std::fs::write(
        &control,
        "<!doctype html><img src='http://127.0.0.1:9/x.png' alt=''>",
    )
    .unwrap();
    b.client.goto(&file_url(&control)).await.unwrap();
    let seen = b.requests().await;
    assert!(
        seen.iter().any(|r| r.starts_with("http://127.0.0.1:9/")),
        "{seen:?}"
    );
    b.close().await;
}

#[tokio::test]
#[ignore = "needs chromium and chromedriver (apt-get install chromium chromium-driver); run: cargo test --test browser -- --ignored"]
async fn axe_finds_no_serious_accessibility_violation() {
    let _one = ONE.lock().await;
    let dir = tempfile::tempdir().unwrap();
    let b = Browser::start(true, 1280, 900).await;
    let axe = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/axe.min.js"
    ))
    .unwrap();
    b.client
        .update_timeouts(fantoccini::wd::TimeoutConfiguration::new(
            Some(std::time::Duration::from_secs(300)),
            None,
            None,
        ))
        .await
        .unwrap();
    for url in [page(dir.path()), format!("{}#q=1486", page(dir.path()))] {
        b.client.goto(&url).await.unwrap();
        b.client
            .execute(&format!("{axe}\nreturn 1;"), vec![])
            .await
            .unwrap();
        let result = b
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 axe.run(document, {resultTypes: ['violations']})
                   .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact,
                      help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))))
                   .catch(e => done({error: String(e)}));",
                vec![],
            )
            .await
            .unwrap();
        assert!(result.is_array(), "axe did not run: {result}");
        let serious: Vec<&serde_json::Value> = result
            .as_array()
            .unwrap()
            .iter()
            .filter(|v| v["impact"] == json!("serious") || v["impact"] == json!("critical"))
            .collect();
        assert!(serious.is_empty(), "{url}: {serious:#?}");
    }
    b.close().await;
}

#[tokio::test]
#[ignore = "needs chromium and chromedriver (apt-get install chromium chromium-driver); run: cargo test --test browser -- --ignored"]
async fn screenshots_at_1280_and_390_pixels() {
    let _one = ONE.lock().await;
    let dir = tempfile::tempdir().unwrap();
    let url = page(dir.path());
    for (width, height) in [(1280, 900), (390, 844)] {
        let b = Browser::start(true, width, height).await;
        b.client.goto(&url).await.unwrap();
        b.type_into("#q", "1486").await;
        b.client
            .execute("window.scrollTo(0, 0)", vec![])
            .await
            .unwrap();
        let png = b.client.screenshot().await.unwrap();
        assert!(png.starts_with(b"\x89PNG"));
        let path = format!("{}/docs/screenshot-{width}.png", env!("CARGO_MANIFEST_DIR"));
        std::fs::write(&path, png).unwrap();
        b.close().await;
    }
}
