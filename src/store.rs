//! Reads the SQLite catalogue (bundled, or a file given by the user) into the model.
//! All statements come from `sql`; nothing here formats output.

use crate::error::{Error, Result};
use crate::model::*;
use crate::sql;
use rusqlite::{params, Connection, OpenFlags, OptionalExtension, Row};
use std::collections::HashMap;
use std::path::Path;

static BUNDLED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/catalogue.sqlite"));

/// The bundled catalogue as a SQLite file image.
pub fn bundled_bytes() -> &'static [u8] {
    BUNDLED
}

pub struct Store {
    conn: Connection,
    origin: String,
    datasets: std::cell::OnceCell<HashMap<String, Dataset>>,
}

/// What `list`, `contacts` and `export` keep: an OPCO and/or an explicit set of ids.
#[derive(Debug, Default, Clone)]
pub struct ObservatoryFilter {
    pub opco: Option<String>,
    pub ids: Option<Vec<String>>,
}

#[derive(Debug, Default, Clone)]
pub struct BranchFilter {
    pub opco: Option<String>,
    pub observatory: Option<String>,
    pub idcc: Option<Vec<String>>,
    pub all: bool,
    pub without_observatory: bool,
}

/// An FTS5 query requiring every word, each as a prefix.
fn fts_query(words: &[String]) -> String {
    let query: Vec<String> = words.iter().map(|w| format!("\"{w}\"*")).collect();
    query.join(" ")
}

fn json_list(ids: &[String]) -> String {
    serde_json::to_string(ids).unwrap_or_else(|_| "[]".into())
}

fn dataset_source(datasets: &HashMap<String, Dataset>, key: &str, supports: &[&str]) -> Source {
    let d = datasets.get(key);
    Source {
        url: d.map(|d| d.url.clone()).unwrap_or_default(),
        dataset: Some(key.to_owned()),
        supports: supports.iter().map(|s| s.to_string()).collect(),
        checked: d.map(|d| d.checked.clone()).unwrap_or_default(),
        note: None,
    }
}

impl Store {
    /// Opens the catalogue compiled into the binary: read-only, in memory, no file touched.
    pub fn bundled() -> Result<Store> {
        let mut conn = Connection::open_in_memory()?;
        conn.deserialize_bytes(rusqlite::MAIN_DB, BUNDLED)?;
        Ok(Store {
            conn,
            origin: "bundled".into(),
            datasets: Default::default(),
        })
    }

    /// Opens a catalogue file read-only and checks it is one opmq can read.
    pub fn open(path: &Path) -> Result<Store> {
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let bad = |e: rusqlite::Error| {
            Error::Data(format!("{} is not an opmq catalogue: {e}", path.display()))
        };
        if !path.is_file() {
            return Err(Error::Data(format!(
                "catalogue {} does not exist",
                path.display()
            )));
        }
        let conn = Connection::open_with_flags(path, flags).map_err(bad)?;
        let origin = path.display().to_string();
        let store = Store {
            conn,
            origin,
            datasets: Default::default(),
        };
        let version: Option<String> = store
            .conn
            .query_row(sql::SCHEMA_VERSION_OF, [], |r| r.get(0))
            .optional()
            .map_err(bad)?;
        let (pages, page_size): (u64, u64) = store
            .conn
            .query_row(sql::FILE_SIZE, [], |r| Ok((r.get(0)?, r.get(1)?)))
            .map_err(bad)?;
        let len = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
        if len < pages * page_size {
            return Err(Error::Data(format!(
                "{} is truncated ({len} of {} bytes)",
                path.display(),
                pages * page_size
            )));
        }
        match version.as_deref().and_then(|v| v.parse::<i64>().ok()) {
            Some(v) if (sql::OLDEST_READABLE..=sql::SCHEMA_VERSION).contains(&v) => Ok(store),
            Some(v) => Err(Error::Data(format!(
                "{} has schema version {v}; this opmq reads version {}",
                path.display(),
                sql::SCHEMA_VERSION
            ))),
            None => Err(Error::Data(format!(
                "{} has no schema version",
                path.display()
            ))),
        }
    }

    pub fn origin(&self) -> &str {
        &self.origin
    }

    fn meta(&self) -> Result<HashMap<String, String>> {
        let mut stmt = self.conn.prepare_cached(sql::META)?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn datasets(&self) -> Result<Vec<Dataset>> {
        let mut stmt = self.conn.prepare_cached(sql::DATASETS)?;
        let rows = stmt.query_map([], |r| {
            Ok(Dataset {
                key: r.get(0)?,
                title: r.get(1)?,
                url: r.get(2)?,
                page: r.get(3)?,
                published: r.get(4)?,
                checked: r.get(5)?,
                note: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Datasets by key, read once per run.
    fn dataset_map(&self) -> Result<&HashMap<String, Dataset>> {
        if let Some(map) = self.datasets.get() {
            return Ok(map);
        }
        let map = self
            .datasets()?
            .into_iter()
            .map(|d| (d.key.clone(), d))
            .collect();
        Ok(self.datasets.get_or_init(|| map))
    }

    pub fn info(&self) -> Result<Info> {
        let meta = self.meta()?;
        let naf_rows = self.naf_count()?;
        let counts = self.conn.query_row(sql::COUNT, [], |r| {
            Ok(Counts {
                observatories: r.get(0)?,
                branches: r.get(1)?,
                active_branches: r.get(2)?,
                opcos: r.get(3)?,
                branch_opco_links: r.get(4)?,
                naf_rows,
            })
        })?;
        Ok(Info {
            version: env!("CARGO_PKG_VERSION").into(),
            schema_version: meta
                .get("schema_version")
                .and_then(|v| v.parse().ok())
                .unwrap_or(0),
            data_date: meta.get("data_date").cloned().unwrap_or_default(),
            catalogue: self.origin.clone(),
            counts,
            datasets: self.datasets()?,
        })
    }

    // ---- observatories ---------------------------------------------------------------

    pub fn observatories(&self, filter: &ObservatoryFilter) -> Result<Vec<Observatory>> {
        let mut list: Vec<Observatory> = match &filter.ids {
            Some(ids) => self
                .conn
                .prepare_cached(&sql::observatories_by_id())?
                .query_map(params![filter.opco, json_list(ids)], observatory_row)?
                .collect::<rusqlite::Result<_>>()?,
            None => self
                .conn
                .prepare_cached(&sql::observatories())?
                .query_map(params![filter.opco], observatory_row)?
                .collect::<rusqlite::Result<_>>()?,
        };
        if list.is_empty() {
            return Ok(list);
        }
        // Every observatory listed: their rows are read whole, without an id list.
        let every = filter.ids.is_none() && filter.opco.is_none();
        let ids = json_list(&list.iter().map(|o| o.id.clone()).collect::<Vec<_>>());
        let pos: HashMap<String, usize> = list
            .iter()
            .enumerate()
            .map(|(i, o)| (o.id.clone(), i))
            .collect();
        let mut stmt = self.conn.prepare_cached(&sql::observatory_aliases(every))?;
        let mut rows = if every {
            stmt.query([])?
        } else {
            stmt.query([&ids])?
        };
        while let Some(r) = rows.next()? {
            list[pos[&r.get::<_, String>(0)?]].aliases.push(r.get(1)?);
        }
        let mut stmt = self
            .conn
            .prepare_cached(&sql::observatory_branches(every))?;
        let mut rows = if every {
            stmt.query([])?
        } else {
            stmt.query([&ids])?
        };
        while let Some(r) = rows.next()? {
            let branch = BranchRef {
                idcc: r.get(1)?,
                short_title: r.get(2)?,
                active: r.get(3)?,
            };
            list[pos[&r.get::<_, String>(0)?]].branches.push(branch);
        }
        let mut stmt = self.conn.prepare_cached(&sql::observatory_sources(every))?;
        let mut rows = if every {
            stmt.query([])?
        } else {
            stmt.query([&ids])?
        };
        while let Some(r) = rows.next()? {
            let supports: String = r.get(3)?;
            let source = Source {
                url: r.get::<_, Option<String>>(1)?.unwrap_or_default(),
                dataset: r.get(2)?,
                supports: supports
                    .split(',')
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned)
                    .collect(),
                checked: r.get(4)?,
                note: r.get(5)?,
            };
            list[pos[&r.get::<_, String>(0)?]].sources.push(source);
        }
        Ok(list)
    }

    pub fn observatory(&self, id: &str) -> Result<Observatory> {
        let filter = ObservatoryFilter {
            opco: None,
            ids: Some(vec![id.to_owned()]),
        };
        self.observatories(&filter)?
            .pop()
            .ok_or_else(|| Error::not_found(format!("no observatory with id {id:?}")))
    }

    /// Ids of the observatories covering any of these IDCC.
    pub fn observatories_of_branches(&self, idcc: &[String]) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare_cached(sql::OBSERVATORIES_OF_BRANCHES)?;
        let rows = stmt.query_map([json_list(idcc)], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    // ---- names and full text ---------------------------------------------------------

    /// Ids whose folded id/acronym/alias/name equals `key`, best rank first, with the rank.
    pub fn names_equal(&self, entity: &str, key: &str) -> Result<Vec<(String, i64)>> {
        let mut stmt = self.conn.prepare_cached(sql::NAME_EXACT)?;
        let rows = stmt.query_map(params![entity, key], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Ids with a folded name starting with `key` (at most 50).
    pub fn names_prefixed(&self, entity: &str, key: &str) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare_cached(sql::NAME_PREFIX)?;
        let upper = format!("{key}\u{10FFFF}");
        let rows = stmt.query_map(params![entity, key, upper], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every (id, folded name) of an entity, for suggestions.
    pub fn name_keys(&self, entity: &str) -> Result<Vec<(String, String)>> {
        let mut stmt = self.conn.prepare_cached(sql::NAME_KEYS)?;
        let rows = stmt.query_map([entity], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Full-text search over folded words (every word a prefix, all required), best first:
    /// (kind, id, bm25 score, lower is better).
    pub fn full_text(
        &self,
        kind: Option<&str>,
        words: &[String],
        limit: i64,
    ) -> Result<Vec<(String, String, f64)>> {
        if words.is_empty() {
            return Ok(vec![]);
        }
        self.hits(sql::SEARCH, params![kind, fts_query(words), limit])
    }

    /// `full_text` over every kind, ranking only the first `ranked` matches in catalogue order
    /// (all of them when there are fewer).
    pub fn full_text_bounded(
        &self,
        words: &[String],
        ranked: i64,
        limit: i64,
    ) -> Result<Vec<(String, String, f64)>> {
        if words.is_empty() {
            return Ok(vec![]);
        }
        self.hits(
            sql::SEARCH_BOUNDED,
            params![fts_query(words), ranked, limit],
        )
    }

    /// The (kind, id, bm25 score) rows of a full-text statement.
    fn hits(&self, sql: &str, params: impl rusqlite::Params) -> Result<Vec<(String, String, f64)>> {
        let mut stmt = self.conn.prepare_cached(sql)?;
        let rows = stmt.query_map(params, |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// A display name for a search hit or a candidate, and whether it is active (branches).
    pub fn display_name(&self, kind: &str, id: &str) -> Result<(String, bool)> {
        let row = match kind {
            "observatory" => self
                .conn
                .prepare_cached(sql::OBSERVATORY_NAME)?
                .query_row([id], |r| Ok((r.get(0)?, true)))
                .optional()?,
            "branch" => self
                .conn
                .prepare_cached(sql::BRANCH_NAME)?
                .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?,
            _ => self
                .conn
                .prepare_cached(sql::OPCO_NAME)?
                .query_row([id], |r| Ok((r.get(0)?, true)))
                .optional()?,
        };
        Ok(row.unwrap_or_else(|| (id.to_owned(), false)))
    }

    // ---- branches --------------------------------------------------------------------

    pub fn branches(&self, filter: &BranchFilter) -> Result<Vec<Branch>> {
        let datasets = self.dataset_map()?;
        let idcc = filter.idcc.as_deref().map(json_list);
        let mut stmt = self.conn.prepare_cached(&sql::branches())?;
        let p = params![
            filter.opco,
            filter.observatory,
            idcc,
            filter.all as i64,
            filter.without_observatory as i64
        ];
        let mut list: Vec<Branch> = stmt
            .query_map(p, |r| branch_row(r, datasets))?
            .collect::<rusqlite::Result<_>>()?;
        self.attach_observatories(&mut list)?;
        Ok(list)
    }

    pub fn branch(&self, idcc: &str) -> Result<Option<Branch>> {
        let datasets = self.dataset_map()?;
        let mut stmt = self.conn.prepare_cached(&sql::branch_by_idcc())?;
        let branch = stmt
            .query_row([idcc], |r| branch_row(r, datasets))
            .optional()?;
        let Some(branch) = branch else {
            return Ok(None);
        };
        let mut list = vec![branch];
        self.attach_observatories(&mut list)?;
        Ok(list.pop())
    }

    fn attach_observatories(&self, list: &mut [Branch]) -> Result<()> {
        let pos: HashMap<String, usize> = list
            .iter()
            .enumerate()
            .map(|(i, b)| (b.idcc.clone(), i))
            .collect();
        let idcc = json_list(&list.iter().map(|b| b.idcc.clone()).collect::<Vec<_>>());
        let mut stmt = self.conn.prepare_cached(sql::BRANCH_OBSERVATORY_IDS)?;
        let mut wanted: HashMap<String, Vec<usize>> = HashMap::new();
        let mut rows = stmt.query([idcc])?;
        while let Some(r) = rows.next()? {
            wanted
                .entry(r.get(1)?)
                .or_default()
                .push(pos[&r.get::<_, String>(0)?]);
        }
        if wanted.is_empty() {
            return Ok(());
        }
        let filter = ObservatoryFilter {
            opco: None,
            ids: Some(wanted.keys().cloned().collect()),
        };
        for o in self.observatories(&filter)? {
            for &i in &wanted[&o.id] {
                list[i].observatories.push(ObservatoryRef::from(&o));
            }
        }
        Ok(())
    }

    /// (idcc, short_title, active, successor) of one IDCC.
    pub fn branch_head(&self, idcc: &str) -> Result<Option<(BranchRef, Option<String>)>> {
        let mut stmt = self.conn.prepare_cached(sql::BRANCH_HEAD)?;
        let row = stmt
            .query_row([idcc], |r| {
                Ok((
                    BranchRef {
                        idcc: r.get(0)?,
                        short_title: r.get(1)?,
                        active: r.get(2)?,
                    },
                    r.get(3)?,
                ))
            })
            .optional()?;
        Ok(row)
    }

    pub fn predecessors(&self, idcc: &str) -> Result<Vec<BranchRef>> {
        let mut stmt = self.conn.prepare_cached(sql::PREDECESSORS)?;
        let rows = stmt.query_map([idcc], |r| {
            Ok(BranchRef {
                idcc: r.get(0)?,
                short_title: r.get(1)?,
                active: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// References to records that do not exist: (record, problem).
    pub fn dangling_references(&self) -> Result<Vec<(String, String)>> {
        let mut out = Vec::new();
        let queries: &[&str] = if self.has_naf()? {
            &[sql::DANGLING, sql::DANGLING_NAF]
        } else {
            &[sql::DANGLING]
        };
        for query in queries {
            let mut stmt = self.conn.prepare(query)?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
            out.extend(rows.collect::<rusqlite::Result<Vec<_>>>()?);
        }
        Ok(out)
    }

    // ---- APE → IDCC --------------------------------------------------------------------

    /// True when the catalogue has a `naf` table (schema version 2 and later).
    fn has_naf(&self) -> Result<bool> {
        let n: i64 = self.conn.query_row(sql::HAS_NAF, [], |r| r.get(0))?;
        Ok(n > 0)
    }

    /// Number of APE → IDCC rows (0 when no table was imported).
    pub fn naf_count(&self) -> Result<u64> {
        if !self.has_naf()? {
            return Ok(0);
        }
        Ok(self.conn.query_row(sql::NAF_COUNT, [], |r| r.get(0))?)
    }

    /// The APE → IDCC rows of one APE (or all), largest share first within an APE.
    pub fn naf_rows(&self, ape: Option<&str>) -> Result<Vec<NafRow>> {
        if !self.has_naf()? {
            return Ok(vec![]);
        }
        let mut stmt = self.conn.prepare_cached(sql::NAF_ROWS)?;
        let rows = stmt.query_map([ape], |r| {
            Ok(NafRow {
                ape: r.get(0)?,
                ape_label: r.get(1)?,
                employees: r.get(2)?,
                idcc: r.get(3)?,
                idcc_label: r.get(4)?,
                share: r.get(5)?,
                dataset: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The URL of a dataset, or its key when the catalogue does not describe it.
    pub fn dataset_url(&self, key: &str) -> Result<String> {
        Ok(self
            .dataset_map()?
            .get(key)
            .map(|d| d.url.clone())
            .unwrap_or_else(|| key.to_owned()))
    }

    /// The database as one SQLite file image (what `export --format sqlite` writes).
    pub fn serialize(&self) -> Result<Vec<u8>> {
        Ok(self.conn.serialize(rusqlite::MAIN_DB)?.to_vec())
    }

    // ---- OPCO ------------------------------------------------------------------------

    pub fn opcos(&self, id: Option<&str>) -> Result<Vec<Opco>> {
        let mut aliases: HashMap<String, Vec<String>> = HashMap::new();
        let mut stmt = self.conn.prepare_cached(sql::OPCO_ALIASES)?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            aliases.entry(r.get(0)?).or_default().push(r.get(1)?);
        }
        let mut stmt = self.conn.prepare_cached(sql::OPCOS)?;
        let mut list: Vec<Opco> = stmt
            .query_map([id], |r| {
                let id: String = r.get(0)?;
                Ok(Opco {
                    aliases: aliases.remove(&id).unwrap_or_default(),
                    id,
                    name: r.get(1)?,
                    full_name: r.get(2)?,
                    france_competences_code: r.get(3)?,
                    website: r.get(4)?,
                    siren: r.get(5)?,
                    siret: r.get(6)?,
                    address: r.get(7)?,
                    phone: r.get(8)?,
                    agrement_effective: r.get(9)?,
                    active_branches: r.get(10)?,
                    observatories_count: r.get(11)?,
                    sources: vec![],
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mut stmt = self.conn.prepare_cached(sql::OPCO_SOURCES)?;
        for o in &mut list {
            let rows = stmt.query_map([&o.id], |r| {
                Ok(Source {
                    url: r.get(0)?,
                    dataset: None,
                    supports: vec![],
                    checked: r.get(2)?,
                    note: r.get(1)?,
                })
            })?;
            o.sources = rows.collect::<rusqlite::Result<_>>()?;
        }
        Ok(list)
    }
}

fn observatory_row(r: &Row) -> rusqlite::Result<Observatory> {
    let opco_id: Option<String> = r.get(6)?;
    let opco = match opco_id {
        Some(id) => {
            let name = r.get::<_, Option<String>>(7)?.unwrap_or_else(|| id.clone());
            Some(ObservatoryOpco {
                id,
                name,
                confirmed: r.get(8)?,
            })
        }
        None => None,
    };
    Ok(Observatory {
        id: r.get(0)?,
        name: r.get(1)?,
        acronym: r.get(2)?,
        aliases: vec![],
        status: r.get(3)?,
        level: r.get(4)?,
        replaced_by: r.get(5)?,
        opco,
        website: r.get(9)?,
        email: r.get(10)?,
        phone: r.get(11)?,
        address: Address {
            street: r.get(12)?,
            postcode: r.get(13)?,
            city: r.get(14)?,
        },
        branches: vec![],
        branches_text: r.get(15)?,
        legal_basis: r.get(16)?,
        notes: r.get(17)?,
        branches_rule: r.get(18)?,
        sources: vec![],
    })
}

const DARES_FIELDS: &[&str] = &[
    "title",
    "short_title",
    "kind",
    "scope",
    "active",
    "successor",
];

fn branch_row(r: &Row, datasets: &HashMap<String, Dataset>) -> rusqlite::Result<Branch> {
    let keys: String = r.get(13)?;
    let sources = keys
        .split_whitespace()
        .map(|k| {
            let supports: &[&str] = if k.starts_with("kali") {
                &["kali_id"]
            } else {
                DARES_FIELDS
            };
            dataset_source(datasets, k, supports)
        })
        .collect();
    let opco_id: Option<String> = r.get(14)?;
    let opco = match opco_id {
        Some(id) => {
            let keys: String = r.get(20)?;
            let source = keys
                .split_whitespace()
                .map(|k| {
                    datasets
                        .get(k)
                        .map(|d| d.url.clone())
                        .unwrap_or_else(|| k.to_owned())
                })
                .collect::<Vec<_>>()
                .join(" ");
            Some(BranchOpco {
                name: r
                    .get::<_, Option<String>>(15)?
                    .unwrap_or_else(|| id.clone()),
                id,
                vintage: r.get(16)?,
                derived: r.get(17)?,
                rule: r.get(18)?,
                label: r.get(19)?,
                source,
            })
        }
        None => None,
    };
    Ok(Branch {
        idcc: r.get(0)?,
        short_title: r.get(1)?,
        title: r.get(2)?,
        kind: r.get(3)?,
        regime: r.get(4)?,
        scope: r.get(5)?,
        active: r.get(6)?,
        successor: r.get(7)?,
        kali_id: r.get(8)?,
        date_signature: r.get(9)?,
        date_effet: r.get(10)?,
        date_fin: r.get(11)?,
        code_dares: r.get(12)?,
        opco,
        observatories: vec![],
        sources,
    })
}
