//! Writes a synthetic SIRO file (France compétences' *Table SIRET-OPCO*) in the official
//! layout for the refresh benchmark: `cargo bench --bench siro -- OUT.csv [ROWS]` (default
//! 3,700,000 rows, the size of the June 2026 file). SIRET are valid (Luhn key), in increasing
//! order, one to four establishments a company; IDCC and OPCO labels follow the real pairs'
//! proportions roughly (data/siro_2026_06.csv), with empty IDCC and overseas managers as the
//! real file has them. Deterministic: the same rows every time.

use std::io::Write;

fn luhn_digit(prefix: u64) -> u64 {
    (0..10)
        .find(|d| {
            let digits = format!("{:014}", prefix * 10 + d);
            let sum: u32 = digits
                .bytes()
                .rev()
                .enumerate()
                .map(|(i, b)| {
                    let x = u32::from(b - b'0') * if i % 2 == 1 { 2 } else { 1 };
                    x / 10 + x % 10
                })
                .sum();
            sum % 10 == 0
        })
        .unwrap_or(0)
}

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    let out = args
        .first()
        .cloned()
        .unwrap_or_else(|| "target/bench/siro-202606.csv".into());
    let rows: u64 = args
        .get(1)
        .and_then(|r| r.parse().ok())
        .unwrap_or(3_700_000);
    // The real pairs, weighted by their establishments.
    let pairs: Vec<(String, String, u64)> = std::fs::read_to_string("data/siro_2026_06.csv")
        .expect("data/siro_2026_06.csv")
        .lines()
        .skip(1)
        .filter_map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            Some((f[0].to_owned(), f.get(3)?.to_string(), f[2].parse().ok()?))
        })
        .collect();
    let total: u64 = pairs.iter().map(|p| p.2).sum();
    let mut file = std::io::BufWriter::new(std::fs::File::create(&out).expect("create output"));
    writeln!(file, "SIRET|IDCC|OPCO_PROPRIETAIRE|OPCO_GESTION").unwrap();
    // xorshift64*: a fixed sequence, no dependency.
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        state.wrapping_mul(0x2545_F491_4F6C_DD1D)
    };
    let mut siren: u64 = 100_000_000;
    let mut written = 0;
    while written < rows {
        siren += 1 + next() % 150;
        let establishments = 1 + next() % 4;
        for nic in 1..=establishments {
            if written == rows {
                break;
            }
            let prefix = siren * 10_000 + nic;
            let number = prefix * 10 + luhn_digit(prefix);
            let pick = next() % total;
            let mut acc = 0;
            let (idcc, label) = pairs
                .iter()
                .find(|p| {
                    acc += p.2;
                    acc > pick
                })
                .map_or(("9999", "OPCO EP"), |p| (p.0.as_str(), p.1.as_str()));
            let r = next() % 1000;
            let (idcc, label) = if r < 34 { ("", "") } else { (idcc, label) };
            let gestion = if r > 996 { "AKTO" } else { "" };
            writeln!(file, "{number:014}|{idcc}|{label}|{gestion}").unwrap();
            written += 1;
        }
    }
    file.flush().unwrap();
    eprintln!("{out}: {written} establishments");
}
