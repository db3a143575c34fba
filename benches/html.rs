//! The web page in Chromium: its size for the whole catalogue and the filter's response per
//! keystroke (median of 20), for docs/PERFORMANCE.md. Needs `chromium` and `chromium-driver`.
//!
//! cargo bench --bench html
//!
//! Each keystroke is timed in the page: from the `input` event (a capture listener on
//! `window`, before the page's own) to the end of the page's handler (`script`), and to the
//! first task after the next frame was drawn (`to next frame`: filtering, style, layout and
//! paint).

#[path = "../tests/browser_support/mod.rs"]
mod browser_support;

use browser_support::{export_page, file_url, Browser};

const TYPED: &str = "metallurgie bureaux ";

const PROBE: &str = "window.__t = []; let t0 = 0, t1 = 0;
window.addEventListener('input', () => { t0 = performance.now(); }, true);
window.addEventListener('input', () => {
  t1 = performance.now();
  requestAnimationFrame(() => setTimeout(() => {
    window.__t.push([t1 - t0, performance.now() - t0]);
  }, 0));
});
return 1;";

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        f64::midpoint(v[n / 2 - 1], v[n / 2])
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let page = export_page(env!("CARGO_BIN_EXE_opmq"), dir.path(), &[]);
    let size = std::fs::metadata(&page).expect("page").len();
    let b = Browser::start(true, 1280, 900).await;
    b.client.goto(&file_url(&page)).await.expect("load");
    b.client.execute(PROBE, vec![]).await.expect("probe");
    let input = b
        .client
        .find(fantoccini::Locator::Id("q"))
        .await
        .expect("input");
    for (i, ch) in TYPED.chars().enumerate() {
        input.send_keys(&ch.to_string()).await.expect("type");
        loop {
            let n = b
                .client
                .execute("return window.__t.length", vec![])
                .await
                .expect("count");
            if n.as_u64().unwrap_or(0) > i as u64 {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(5)).await;
        }
    }
    let times = b
        .client
        .execute("return window.__t", vec![])
        .await
        .expect("times");
    let pairs: Vec<(f64, f64)> = times
        .as_array()
        .expect("array")
        .iter()
        .map(|p| (p[0].as_f64().unwrap_or(0.0), p[1].as_f64().unwrap_or(0.0)))
        .collect();
    let script: Vec<f64> = pairs.iter().map(|p| p.0).collect();
    let frame: Vec<f64> = pairs.iter().map(|p| p.1).collect();
    let max = |v: &[f64]| v.iter().copied().fold(0.0, f64::max);
    let version = std::process::Command::new(browser_support::CHROMIUM)
        .arg("--version")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_default();
    println!("page: {size} bytes ({:.2} MB)", size as f64 / 1e6);
    println!(
        "browser: {version}; {} keystrokes typing {TYPED:?}",
        pairs.len()
    );
    println!(
        "filter script: median {:.1} ms, max {:.1} ms",
        median(script.clone()),
        max(&script)
    );
    println!(
        "keystroke to next frame: median {:.1} ms, max {:.1} ms",
        median(frame.clone()),
        max(&frame)
    );
    b.close().await;
}
