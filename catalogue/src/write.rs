//! Writes a text catalogue into a fresh SQLite database (used by the build script).

use crate::fold::{fold, root, short_key};
use crate::sql;
use crate::text::TextCatalogue;
use rusqlite::{params, Connection};

fn joined(parts: &[&Option<String>]) -> String {
    let words: Vec<&str> = parts.iter().filter_map(|p| p.as_deref()).collect();
    fold(&words.join(" "))
}

/// A record as the JSON text of a `facts` column.
fn json<T: serde::Serialize>(record: &T) -> rusqlite::Result<String> {
    serde_json::to_string(record).map_err(|e| rusqlite::Error::ToSqlConversionFailure(e.into()))
}

/// The roots of the words of folded `text`, each once, space-separated.
fn roots(text: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    for w in text.split(' ').filter(|w| !w.is_empty()) {
        let r = root(w);
        if !out.contains(&r) {
            out.push(r);
        }
    }
    out.join(" ")
}

/// Records a full-text entry and its words and roots as terms for typing errors.
fn index(
    search: &mut rusqlite::Statement,
    term: &mut rusqlite::Statement,
    kind: &str,
    id: &str,
    text: &str,
) -> rusqlite::Result<()> {
    let r = roots(text);
    search.execute(params![kind, id, text, r])?;
    for w in text.split(' ').chain(r.split(' ')) {
        if w.len() > 2 && !w.bytes().all(|b| b.is_ascii_digit()) {
            term.execute([w])?;
        }
    }
    Ok(())
}

/// Creates the schema in `conn` (an empty database) and fills it from `cat`.
pub fn write(conn: &mut Connection, cat: &TextCatalogue) -> rusqlite::Result<()> {
    let tx = conn.transaction()?;
    tx.execute_batch(sql::SCHEMA)?;
    tx.execute_batch(sql::NAMES_SCHEMA)?;
    {
        let mut meta = tx.prepare(sql::INSERT_META)?;
        meta.execute(params!["schema_version", sql::SCHEMA_VERSION.to_string()])?;
        meta.execute(params!["data_date", cat.data_date()])?;
        let mut ds = tx.prepare(sql::INSERT_DATASET)?;
        for d in &cat.datasets {
            ds.execute(params![
                d.key,
                d.title,
                d.url,
                d.page,
                d.published,
                d.checked,
                d.note
            ])?;
        }
        let mut name_key = tx.prepare(sql::INSERT_NAME_KEY)?;
        let mut search = tx.prepare(sql::INSERT_SEARCH)?;
        let mut term = tx.prepare(sql::INSERT_TERM)?;

        let mut opco = tx.prepare(sql::INSERT_OPCO)?;
        for o in &cat.opcos {
            opco.execute(params![o.id, o.name, json(o)?])?;
            name_key.execute(params!["opco", fold(&o.id), o.id, 0])?;
            name_key.execute(params!["opco", fold(&o.name), o.id, 1])?;
            name_key.execute(params!["opco", fold(&o.full_name), o.id, 3])?;
            for a in &o.aliases {
                name_key.execute(params!["opco", fold(a), o.id, 2])?;
            }
            let text = [
                o.id.clone(),
                o.name.clone(),
                o.full_name.clone(),
                o.aliases.join(" "),
            ];
            index(
                &mut search,
                &mut term,
                "opco",
                &o.id,
                &fold(&text.join(" ")),
            )?;
        }

        let mut branch = tx.prepare(sql::INSERT_BRANCH)?;
        let mut rank = tx.prepare(sql::INSERT_BRANCH_RANK)?;
        let mut size: std::collections::HashMap<&str, u64> = std::collections::HashMap::new();
        for r in &cat.siro {
            *size.entry(r.idcc.as_str()).or_default() += r.establishments;
        }
        let mut usual_name = tx.prepare(sql::INSERT_USUAL_NAME)?;
        for b in &cat.branches {
            branch.execute(params![
                b.idcc,
                b.short_title,
                b.title,
                b.kind,
                b.regime,
                b.scope,
                b.active,
                b.successor,
                b.kali_id,
                b.date_signature,
                b.date_effet,
                b.date_fin,
                b.code_dares,
                b.sources
            ])?;
            let usual: Vec<&crate::text::UsualName> = cat
                .names
                .usual
                .iter()
                .filter(|u| u.idcc == b.idcc)
                .collect();
            let mut text = format!(
                "{} {}",
                b.idcc,
                joined(&[&b.short_title, &Some(b.title.clone())])
            );
            let mut names = Vec::new();
            if let Some(short) = &b.short_title {
                names.push(fold(short));
                name_key.execute(params!["branch", fold(short), b.idcc, 1])?;
                let k = short_key(short);
                if !k.is_empty() {
                    name_key.execute(params!["branch", k, b.idcc, 1])?;
                }
            }
            for u in &usual {
                text.push(' ');
                text.push_str(&fold(&u.name));
                names.push(fold(&u.name));
                name_key.execute(params!["branch", fold(&u.name), b.idcc, 2])?;
                let k = short_key(&u.name);
                if !k.is_empty() {
                    name_key.execute(params!["branch", k, b.idcc, 2])?;
                }
            }
            name_key.execute(params!["branch", fold(&b.title), b.idcc, 3])?;
            index(&mut search, &mut term, "branch", &b.idcc, &text)?;
            rank.execute(params![
                b.idcc,
                b.active,
                b.scope.as_deref() == Some("National"),
                names.join("\n"),
                size.get(b.idcc.as_str()).copied().unwrap_or(0)
            ])?;
        }
        for u in &cat.names.usual {
            usual_name.execute(params![u.idcc, u.name, u.kind, u.source, u.note])?;
        }
        let mut former = tx.prepare(sql::INSERT_FORMER_OPCA)?;
        let mut opca_key = tx.prepare(sql::INSERT_FORMER_OPCA_KEY)?;
        for f in &cat.names.former_opca {
            former.execute(params![f.name, json(f)?])?;
            for n in std::iter::once(&f.name).chain(&f.aliases) {
                opca_key.execute(params![fold(n), f.name])?;
            }
        }
        let mut placeholder = tx.prepare(sql::INSERT_PLACEHOLDER)?;
        for p in &cat.names.placeholders {
            placeholder.execute(params![
                p.code,
                p.meaning_fr,
                p.meaning_en,
                p.source,
                p.note
            ])?;
        }
        let mut table = tx.prepare(sql::INSERT_BRANCH_OPCO_TABLE)?;
        for l in &cat.links {
            table.execute(params![
                l.idcc, l.opco, l.vintage, l.derived, l.rule, l.label, l.source
            ])?;
        }
        if let Some(dataset) = &cat.siro_dataset {
            let mut siro = tx.prepare(sql::INSERT_BRANCH_SIRO)?;
            for r in &cat.siro {
                siro.execute(params![r.idcc, r.opco, r.establishments, r.label, dataset])?;
            }
        }
        let mut in_force = tx.prepare(sql::INSERT_BRANCH_OPCO)?;
        for c in cat.opco_in_force() {
            let l = &c.link;
            in_force.execute(params![
                l.idcc,
                l.opco,
                l.vintage,
                l.derived,
                l.rule,
                l.label,
                l.source,
                c.establishments,
                c.share
            ])?;
        }

        let mut obs = tx.prepare(sql::INSERT_OBSERVATORY)?;
        let mut covers = tx.prepare(sql::INSERT_OBSERVATORY_BRANCH)?;
        let mut cites = tx.prepare(sql::INSERT_OBSERVATORY_DATASET)?;
        for rec in &cat.observatories {
            let o = &rec.facts;
            obs.execute(params![
                o.id,
                o.name,
                o.acronym,
                o.replaced_by,
                rec.opco,
                rec.opco_confirmed,
                json(o)?
            ])?;
            name_key.execute(params!["observatory", fold(&o.id), o.id, 0])?;
            if let Some(acr) = &o.acronym {
                name_key.execute(params!["observatory", fold(acr), o.id, 1])?;
            }
            name_key.execute(params!["observatory", fold(&o.name), o.id, 3])?;
            for a in &o.aliases {
                name_key.execute(params!["observatory", fold(a), o.id, 2])?;
            }
            for (i, idcc) in rec.idcc.iter().enumerate() {
                covers.execute(params![o.id, idcc, i])?;
            }
            for d in o.sources.iter().filter_map(|s| s.dataset.as_deref()) {
                cites.execute(params![o.id, d])?;
            }
            let text = format!(
                "{} {} {} {}",
                fold(&o.id),
                joined(&[&o.acronym, &Some(o.name.clone()), &o.branches_text]),
                fold(&o.aliases.join(" ")),
                rec.idcc.join(" ")
            );
            index(&mut search, &mut term, "observatory", &o.id, &text)?;
        }
        let mut joint = tx.prepare(sql::INSERT_JOINT_COMMISSION)?;
        for (i, j) in cat.joint_commissions.iter().enumerate() {
            joint.execute(params![j.idcc, i, json(j)?])?;
        }
        let mut naf = tx.prepare(sql::INSERT_NAF)?;
        for (i, n) in cat.naf.iter().enumerate() {
            naf.execute(params![
                n.ape,
                i,
                n.ape_label,
                n.employees,
                n.idcc,
                n.idcc_label,
                n.share,
                n.dataset
            ])?;
        }
    }
    tx.execute_batch(sql::OPTIMIZE)?;
    tx.commit()
}
