//! Drives Debian's Chromium through chromedriver (fantoccini) for the browser tests and the
//! page benchmark: a fresh profile, no network of its own, the flags of the machine notes.

#![allow(dead_code)] // tests and the benchmark use different parts

use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder};
use serde_json::{json, Value};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// Writes the page of the bundled catalogue into `dir` with `opmq export --format html`.
pub fn export_page(opmq: &str, dir: &Path, extra: &[&str]) -> PathBuf {
    let page = dir.join("opmq.html");
    let out = Command::new(opmq)
        .args(["export", "--format", "html", "--force", "--output"])
        .arg(&page)
        .args(extra)
        .output()
        .expect("run opmq");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    page
}

/// `file://` URL of a path.
pub fn file_url(path: &Path) -> String {
    format!("file://{}", path.display())
}

/// A chromedriver process with one Chromium session; both end when it is dropped.
pub struct Browser {
    pub client: Client,
    driver: Child,
    _profile: tempfile::TempDir,
}

impl Browser {
    /// Starts chromedriver and Chromium (JavaScript on or off) at `width`×`height`.
    pub async fn start(javascript: bool, width: u32, height: u32) -> Browser {
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("free port")
            .port();
        let driver = Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver");
        let profile = tempfile::tempdir().expect("profile dir");
        let mut prefs = json!({});
        if !javascript {
            prefs["profile.managed_default_content_settings.javascript"] = json!(2);
        }
        let caps = json!({
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": CHROMIUM,
                "args": [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync",
                    "--hide-scrollbars",
                    format!("--user-data-dir={}", profile.path().display()),
                    format!("--window-size={width},{height}"),
                ],
                "prefs": prefs,
            },
            "goog:loggingPrefs": { "performance": "ALL" },
        });
        let Value::Object(caps) = caps else {
            unreachable!()
        };
        let url = format!("http://127.0.0.1:{port}");
        let deadline = Instant::now() + Duration::from_secs(20);
        let client = loop {
            let connector = hyper_util::client::legacy::connect::HttpConnector::new();
            match ClientBuilder::new(connector)
                .capabilities(caps.clone())
                .connect(&url)
                .await
            {
                Ok(c) => break c,
                Err(e) if Instant::now() > deadline => panic!("no chromedriver session: {e}"),
                Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
            }
        };
        let browser = Browser {
            client,
            driver,
            _profile: profile,
        };
        browser.viewport(width, height).await;
        browser
    }

    /// Sets the page's viewport (CSS pixels) to exactly `width`×`height`.
    pub async fn viewport(&self, width: u32, height: u32) {
        self.cdp(
            "Emulation.setDeviceMetricsOverride",
            json!({"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600}),
        )
        .await;
    }

    /// Runs a Chrome DevTools command through chromedriver.
    pub async fn cdp(&self, cmd: &str, params: Value) -> Value {
        self.client
            .issue_cmd(Raw {
                path: "goog/cdp/execute",
                body: json!({"cmd": cmd, "params": params}),
            })
            .await
            .unwrap_or_else(|e| panic!("{cmd}: {e}"))
    }

    /// The URLs of every request the browser sent since the last call (performance log).
    pub async fn requests(&self) -> Vec<String> {
        let log = self
            .client
            .issue_cmd(Raw {
                path: "se/log",
                body: json!({"type": "performance"}),
            })
            .await
            .expect("performance log");
        log.as_array()
            .into_iter()
            .flatten()
            .filter_map(|entry| entry["message"].as_str())
            .filter_map(|m| serde_json::from_str::<Value>(m).ok())
            .filter(|m| {
                let method = m["message"]["method"].as_str().unwrap_or("");
                method == "Network.requestWillBeSent" || method == "Network.webSocketCreated"
            })
            .filter_map(|m| {
                let p = &m["message"]["params"];
                p["request"]["url"]
                    .as_str()
                    .or(p["url"].as_str())
                    .map(str::to_owned)
            })
            .collect()
    }

    /// Types `text` one key at a time into the element `css`.
    pub async fn type_into(&self, css: &str, text: &str) {
        let input = self
            .client
            .find(fantoccini::Locator::Css(css))
            .await
            .expect("input");
        input.clear().await.expect("clear");
        for ch in text.chars() {
            input.send_keys(&ch.to_string()).await.expect("type");
        }
    }

    /// Whether the element with this id is shown.
    pub async fn shown(&self, id: &str) -> bool {
        self.client
            .find(fantoccini::Locator::Id(id))
            .await
            .unwrap_or_else(|e| panic!("#{id}: {e}"))
            .is_displayed()
            .await
            .expect("displayed")
    }

    pub async fn close(mut self) {
        let _ = self.client.clone().close().await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

/// A chromedriver command of the current session that fantoccini has no method for.
#[derive(Debug)]
struct Raw {
    path: &'static str,
    body: Value,
}

impl WebDriverCompatibleCommand for Raw {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/{}",
            session_id.unwrap_or(""),
            self.path
        ))
    }

    fn method_and_body(&self, _request_url: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(self.body.to_string()))
    }
}
