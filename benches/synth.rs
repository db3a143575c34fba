//! Writes a synthetic catalogue N times the real one (default 100×) for the scale benchmark:
//! `cargo bench --bench synth -- OUT.sqlite [FACTOR]`. Copy 0 is the real catalogue; copy k
//! repeats every IDCC as `<idcc>-<k>` and every observatory as `<id>-<k>`, with the name of a
//! French département appended, so queries on real codes and names still resolve.

use opmq_catalogue::{text, write};

const PLACES: &[&str] = &[
    "Ain",
    "Aisne",
    "Allier",
    "Ardèche",
    "Ardennes",
    "Ariège",
    "Aube",
    "Aude",
    "Aveyron",
    "Bouches-du-Rhône",
    "Calvados",
    "Cantal",
    "Charente",
    "Charente-Maritime",
    "Cher",
    "Corrèze",
    "Côte-d'Or",
    "Côtes-d'Armor",
    "Creuse",
    "Dordogne",
    "Doubs",
    "Drôme",
    "Eure",
    "Eure-et-Loir",
    "Finistère",
    "Gard",
    "Haute-Garonne",
    "Gers",
    "Gironde",
    "Hérault",
    "Ille-et-Vilaine",
    "Indre",
    "Indre-et-Loire",
    "Isère",
    "Jura",
    "Landes",
    "Loir-et-Cher",
    "Loire",
    "Haute-Loire",
    "Loire-Atlantique",
    "Loiret",
    "Lot",
    "Lot-et-Garonne",
    "Lozère",
    "Maine-et-Loire",
    "Manche",
    "Marne",
    "Haute-Marne",
    "Mayenne",
    "Meurthe-et-Moselle",
    "Meuse",
    "Morbihan",
    "Moselle",
    "Nièvre",
    "Nord",
    "Oise",
    "Orne",
    "Pas-de-Calais",
    "Puy-de-Dôme",
    "Pyrénées-Atlantiques",
    "Hautes-Pyrénées",
    "Pyrénées-Orientales",
    "Bas-Rhin",
    "Haut-Rhin",
    "Rhône",
    "Haute-Saône",
    "Saône-et-Loire",
    "Sarthe",
    "Savoie",
    "Haute-Savoie",
    "Paris",
    "Seine-Maritime",
    "Seine-et-Marne",
    "Yvelines",
    "Deux-Sèvres",
    "Somme",
    "Tarn",
    "Tarn-et-Garonne",
    "Var",
    "Vaucluse",
    "Vendée",
    "Vienne",
    "Haute-Vienne",
    "Vosges",
    "Yonne",
    "Territoire de Belfort",
    "Essonne",
    "Hauts-de-Seine",
    "Seine-Saint-Denis",
    "Val-de-Marne",
    "Val-d'Oise",
    "Guadeloupe",
    "Martinique",
    "Guyane",
    "La Réunion",
    "Mayotte",
    "Corse-du-Sud",
    "Haute-Corse",
    "Alpes-de-Haute-Provence",
    "Hautes-Alpes",
];

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    let out = args
        .first()
        .cloned()
        .unwrap_or_else(|| "target/synthetic.sqlite".into());
    let factor: usize = args.get(1).and_then(|f| f.parse().ok()).unwrap_or(100);
    let base = text::load(std::path::Path::new("data")).expect("data/ parses");
    let mut cat = base.clone();
    for k in 1..factor {
        let place = PLACES[k % PLACES.len()];
        let code = |idcc: &str| format!("{idcc}-{k}");
        for b in &base.branches {
            let mut b = b.clone();
            b.idcc = code(&b.idcc);
            b.successor = b.successor.as_deref().map(code);
            b.title = format!("{} ({place})", b.title);
            b.short_title = b.short_title.map(|t| format!("{t} {place}"));
            cat.branches.push(b);
        }
        for l in &base.links {
            let mut l = l.clone();
            l.idcc = code(&l.idcc);
            cat.links.push(l);
        }
        for o in &base.observatories {
            let mut rec = o.clone();
            rec.idcc = rec.idcc.iter().map(|i| code(i)).collect();
            let o = &mut rec.facts;
            o.id = code(&o.id);
            o.name = format!("{} — {place} ({k})", o.name);
            o.acronym = o.acronym.take().map(|a| format!("{a}-{k}"));
            o.aliases = o
                .aliases
                .iter()
                .map(|a| format!("{a} {place} {k}"))
                .collect();
            o.replaced_by = o.replaced_by.as_deref().map(code);
            cat.observatories.push(rec);
        }
    }
    let _ = std::fs::remove_file(&out);
    let mut conn = rusqlite::Connection::open(&out).expect("create output");
    conn.execute_batch("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;")
        .unwrap();
    write::write(&mut conn, &cat).expect("write");
    conn.execute_batch("VACUUM").unwrap();
    eprintln!(
        "{out}: {} IDCC, {} observatories ({factor}× the real catalogue)",
        cat.branches.len(),
        cat.observatories.len()
    );
}
