//! `draw N --seed S`: N filled facts of `data/observatories/`, drawn without replacement.
//!
//! The generator is SplitMix64 (Steele, Lea, Flood 2014), written here rather than taken from
//! a crate: a draw is written down by its seed in `docs/AUDIT.md`, and must give the same facts
//! for as long as the data is the same, whatever version of a dependency is installed. Eight
//! lines cannot change under us; a crate's generator may between releases.

use opmq_catalogue::text::{ObservatoryRec, TextCatalogue};
use serde_json::Value;

struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (rejection of the biased top of the range).
    fn below(&mut self, n: u64) -> u64 {
        let zone = u64::MAX - u64::MAX % n;
        loop {
            let x = self.next();
            if x < zone {
                return x % n;
            }
        }
    }
}

/// One filled fact: the observatory, the field and its value as text.
pub struct Fact<'a> {
    pub rec: &'a ObservatoryRec,
    pub field: String,
    pub value: String,
}

fn text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().map(text).collect::<Vec<_>>().join(" | "),
        Value::Object(map) => map
            .values()
            .filter(|v| !v.is_null())
            .map(text)
            .collect::<Vec<_>>()
            .join(", "),
        other => other.to_string(),
    }
}

/// Every filled fact, in a fixed order: observatories by id, fields in record order, then the
/// OPCO and the IDCC list (the links kept beside the facts).
pub fn facts(cat: &TextCatalogue) -> Vec<Fact<'_>> {
    let mut out = Vec::new();
    for rec in &cat.observatories {
        let Ok(Value::Object(map)) = serde_json::to_value(&rec.facts) else {
            continue;
        };
        for field in rec.facts.filled_facts() {
            if let Some(v) = map.get(&field) {
                out.push(Fact {
                    rec,
                    value: text(v),
                    field,
                });
            }
        }
        if let Some(opco) = &rec.opco {
            out.push(Fact {
                rec,
                field: "opco".into(),
                value: opco.clone(),
            });
        }
        if !rec.idcc.is_empty() {
            out.push(Fact {
                rec,
                field: "idcc".into(),
                value: rec.idcc.join(" "),
            });
        }
    }
    out
}

/// `n` distinct indices of `0..len` (all of them when `n >= len`), in draw order.
pub fn draw(len: usize, n: usize, seed: u64) -> Vec<usize> {
    let mut rng = SplitMix64(seed);
    let mut pool: Vec<usize> = (0..len).collect();
    let n = n.min(len);
    for i in 0..n {
        let j = i + rng.below((len - i) as u64) as usize;
        pool.swap(i, j);
    }
    pool.truncate(n);
    pool
}

pub fn run(cat: &TextCatalogue, n: usize, seed: u64) {
    let all = facts(cat);
    println!(
        "# draw {n} --seed {seed}: {} filled facts in {} observatories",
        all.len(),
        cat.observatories.len()
    );
    for (k, i) in draw(all.len(), n, seed).into_iter().enumerate() {
        let f = &all[i];
        let o = &f.rec.facts;
        println!();
        println!("{}. {} / {} = {}", k + 1, o.id, f.field, f.value);
        match f.field.as_str() {
            "name" => {
                let kind = o.name_kind.as_deref().unwrap_or("not reviewed");
                println!("   name_kind: {kind}");
            }
            "idcc" => {
                let rule = o.branches_rule.as_deref().unwrap_or("none given");
                println!("   rule: {rule}");
            }
            "opco" if !f.rec.opco_confirmed => {
                println!("   opco_confirmed: false (the branches' OPCO, not a statement about the observatory)");
            }
            _ => {}
        }
        let mut cited = 0;
        for s in o.sources.iter().filter(|s| s.supports.contains(&f.field)) {
            cited += 1;
            let key = s
                .dataset
                .as_deref()
                .map(|d| format!(" [{d}]"))
                .unwrap_or_default();
            println!(
                "   source: {}{key} (supports {})",
                s.url,
                s.supports.join(", ")
            );
            if let Some(note) = &s.note {
                println!("     note: {note}");
            }
        }
        for a in o
            .agreements
            .iter()
            .filter(|a| a.supports.contains(&f.field))
        {
            cited += 1;
            let art = a.article.as_deref().unwrap_or("-");
            println!(
                "   agreement: {} ({}, art. {art}, {}; supports {})",
                a.url,
                a.text_title,
                a.text_date,
                a.supports.join(", ")
            );
            println!("     quote: « {} »", a.quote);
        }
        if cited == 0 {
            println!("   (no source names {}: opmq check should fail)", f.field);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_seed_draws_the_same_distinct_indices() {
        let a = draw(1000, 25, 42);
        assert_eq!(a, draw(1000, 25, 42));
        assert_ne!(a, draw(1000, 25, 43));
        let mut sorted = a.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), 25);
        assert!(a.iter().all(|&i| i < 1000));
        assert_eq!(draw(3, 10, 1).len(), 3);
    }

    #[test]
    fn splitmix64_matches_its_reference_values() {
        // First outputs for seed 1234567 (reference implementation by S. Vigna).
        let mut r = SplitMix64(1_234_567);
        assert_eq!(r.next(), 6_457_827_717_110_365_317);
        assert_eq!(r.next(), 3_203_168_211_198_807_973);
    }
}
