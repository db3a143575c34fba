//! Reads the SQLite catalogue (bundled, or a file given by the user) into the model.
//! All statements come from `sql`; nothing here formats output.

use crate::error::{Error, Result};
use crate::message::Message;
use crate::model::{
    Branch, BranchOpco, BranchRef, Counts, Dataset, Entity, Export, Info, JointCommission, NafRow,
    Observatory, ObservatoryOpco, ObservatoryRef, Opco, OpcoShare, SiroPair, Source,
};
use crate::siro::Establishment;
use crate::sql;
use rusqlite::{params, Connection, OpenFlags, OptionalExtension, Row};
use std::collections::HashMap;
use std::path::Path;

static BUNDLED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/catalogue.sqlite"));

pub struct Store {
    conn: Connection,
    origin: String,
    datasets: std::cell::OnceCell<HashMap<String, Dataset>>,
    /// Whether the catalogue has the tables of `sql::NAMES_SCHEMA`, read once.
    has_names: std::cell::OnceCell<bool>,
}

/// What ranking needs of a branch: active, national, folded names (short title, usual
/// names).
#[derive(Debug, Clone, Default)]
pub struct BranchRank {
    pub active: bool,
    pub national: bool,
    pub names: Vec<String>,
    /// Establishments in SIRO: the branch's size.
    pub establishments: u64,
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
        supports: supports
            .iter()
            .map(std::string::ToString::to_string)
            .collect(),
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
            datasets: std::cell::OnceCell::default(),
            has_names: std::cell::OnceCell::default(),
        })
    }

    /// Opens a catalogue file read-only and checks it is one opmq can read.
    pub fn open(path: &Path) -> Result<Store> {
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let bad = |e: rusqlite::Error| {
            Error::Data(Message::NotACatalogue {
                path: path.display().to_string(),
                why: e.to_string(),
            })
        };
        if !path.is_file() {
            return Err(Error::Data(Message::CatalogueMissing {
                path: path.display().to_string(),
            }));
        }
        let conn = Connection::open_with_flags(path, flags).map_err(bad)?;
        let origin = path.display().to_string();
        let store = Store {
            conn,
            origin,
            datasets: std::cell::OnceCell::default(),
            has_names: std::cell::OnceCell::default(),
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
        let len = std::fs::metadata(path).map_or(0, |m| m.len());
        if len < pages * page_size {
            return Err(Error::Data(Message::Truncated {
                path: path.display().to_string(),
                len,
                expected: pages * page_size,
            }));
        }
        match version.as_deref().and_then(|v| v.parse::<i64>().ok()) {
            Some(sql::SCHEMA_VERSION) => {
                // One read transaction for the whole run: SQLite then takes its file lock
                // once, not around every statement (thousands in a SIRET batch).
                store.conn.execute_batch("BEGIN").map_err(bad)?;
                Ok(store)
            }
            Some(v) if (sql::OLDEST_READABLE..sql::SCHEMA_VERSION).contains(&v) => {
                store.migrated(path, v)
            }
            Some(v) => Err(Error::Data(Message::SchemaVersion {
                path: path.display().to_string(),
                found: v,
                reads: sql::SCHEMA_VERSION,
            })),
            None => Err(Error::Data(Message::NoSchemaVersion {
                path: path.display().to_string(),
            })),
        }
    }

    /// An older catalogue file, copied into memory and brought to the current schema there
    /// (the file itself is never written).
    fn migrated(self, path: &Path, version: i64) -> Result<Store> {
        let cannot = |e: std::io::Error| {
            Error::Data(Message::CannotRead {
                path: path.display().to_string(),
                why: e.to_string(),
            })
        };
        let file = std::fs::File::open(path).map_err(cannot)?;
        let len = file.metadata().map_err(cannot)?.len();
        let mut conn = Connection::open_in_memory()?;
        conn.deserialize_read_exact(rusqlite::MAIN_DB, file, len as usize, false)?;
        let steps = [(3, sql::MIGRATE_TO_3), (4, sql::MIGRATE_TO_4)];
        for (_, step) in steps.iter().filter(|(to, _)| version < *to) {
            conn.execute_batch(step).map_err(|e| {
                Error::Data(Message::NotACatalogue {
                    path: path.display().to_string(),
                    why: e.to_string(),
                })
            })?;
        }
        Ok(Store {
            conn,
            origin: self.origin,
            datasets: std::cell::OnceCell::default(),
            has_names: std::cell::OnceCell::default(),
        })
    }

    /// The schema version the catalogue was written in.
    pub fn schema_version(&self) -> Result<i64> {
        let v: Option<String> = self
            .conn
            .query_row(sql::SCHEMA_VERSION_OF, [], |r| r.get(0))
            .optional()?;
        Ok(v.and_then(|v| v.parse().ok()).unwrap_or(0))
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
                key: r.get("key")?,
                title: r.get("title")?,
                url: r.get("url")?,
                page: r.get("page")?,
                published: r.get("published")?,
                checked: r.get("checked")?,
                note: r.get("note")?,
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
        let siret_rows = self.siret_count()?;
        let counts = self.conn.query_row(sql::COUNT, [], |r| {
            Ok(Counts {
                observatories: r.get(0)?,
                branches: r.get(1)?,
                active_branches: r.get(2)?,
                opcos: r.get(3)?,
                branch_opco_links: r.get(4)?,
                naf_rows,
                siret_rows,
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
        // Every observatory listed: their branches are read whole, without an id list.
        let every = filter.ids.is_none() && filter.opco.is_none();
        let ids = json_list(&list.iter().map(|o| o.facts.id.clone()).collect::<Vec<_>>());
        let pos: HashMap<String, usize> = list
            .iter()
            .enumerate()
            .map(|(i, o)| (o.facts.id.clone(), i))
            .collect();
        let mut stmt = self
            .conn
            .prepare_cached(&sql::observatory_branches(every))?;
        let mut rows = if every {
            stmt.query([])?
        } else {
            stmt.query([&ids])?
        };
        while let Some(r) = rows.next()? {
            // A row of no observatory listed (an orphan in a damaged file) belongs to none of
            // them; `opmq check` reports it.
            let owner: String = r.get("observatory_id")?;
            let Some(&at) = pos.get(&owner) else {
                continue;
            };
            list[at].branches.push(BranchRef {
                idcc: r.get("idcc")?,
                short_title: r.get("short_title")?,
                active: r.get("active")?,
            });
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
            .ok_or_else(|| Error::not_found(Message::NoObservatoryId { id: id.to_owned() }))
    }

    /// Ids of the observatories covering any of these IDCC.
    pub fn observatories_of_branches(&self, idcc: &[String]) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare_cached(sql::OBSERVATORIES_OF_BRANCHES)?;
        let rows = stmt.query_map([json_list(idcc)], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    // ---- names and full text ---------------------------------------------------------

    /// Ids whose folded id/acronym/alias/name equals `key`, best rank first, with the rank.
    pub fn names_equal(&self, entity: Entity, key: &str) -> Result<Vec<(String, i64)>> {
        let mut stmt = self.conn.prepare_cached(sql::NAME_EXACT)?;
        let rows = stmt.query_map(params![entity.as_str(), key], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Ids with a folded name starting with `key` (at most 50).
    pub fn names_prefixed(&self, entity: Entity, key: &str) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare_cached(sql::NAME_PREFIX)?;
        let upper = format!("{key}\u{10FFFF}");
        let rows = stmt.query_map(params![entity.as_str(), key, upper], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every (id, folded name) of an entity, for suggestions.
    pub fn name_keys(&self, entity: Entity) -> Result<Vec<(String, String)>> {
        let mut stmt = self.conn.prepare_cached(sql::NAME_KEYS)?;
        let rows = stmt.query_map([entity.as_str()], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Full-text search over folded words (every word a prefix, all required), best first:
    /// (kind, id, bm25 score, lower is better).
    pub fn full_text(
        &self,
        kind: Option<Entity>,
        words: &[String],
        limit: i64,
    ) -> Result<Vec<(String, String, f64)>> {
        if words.is_empty() {
            return Ok(vec![]);
        }
        let kind = kind.map(Entity::as_str);
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
    pub fn display_name(&self, kind: Entity, id: &str) -> Result<(String, bool)> {
        let row = match kind {
            Entity::Observatory => self
                .conn
                .prepare_cached(sql::OBSERVATORY_NAME)?
                .query_row([id], |r| Ok((r.get(0)?, true)))
                .optional()?,
            Entity::Branch => self
                .conn
                .prepare_cached(sql::BRANCH_NAME)?
                .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?,
            Entity::Opco => self
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
            i64::from(filter.all),
            i64::from(filter.without_observatory)
        ];
        let mut list: Vec<Branch> = stmt
            .query_map(p, |r| branch_row(r, datasets))?
            .collect::<rusqlite::Result<_>>()?;
        self.attach_observatories(&mut list)?;
        self.attach_opco_history(&mut list)?;
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
        self.attach_opco_history(&mut list)?;
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
            let idcc: String = r.get("idcc")?;
            let Some(&at) = pos.get(&idcc) else {
                return Err(broken(&idcc, "IDCC"));
            };
            wanted.entry(r.get("observatory_id")?).or_default().push(at);
        }
        if wanted.is_empty() {
            return Ok(());
        }
        let filter = ObservatoryFilter {
            opco: None,
            ids: Some(wanted.keys().cloned().collect()),
        };
        for o in self.observatories(&filter)? {
            for &i in wanted.get(&o.facts.id).into_iter().flatten() {
                list[i].observatories.push(ObservatoryRef::from(&o));
            }
        }
        Ok(())
    }

    /// Each branch's SIRO shares and IDCC → OPCO table row.
    fn attach_opco_history(&self, list: &mut [Branch]) -> Result<()> {
        let datasets = self.dataset_map()?;
        let pos: HashMap<String, usize> = list
            .iter()
            .enumerate()
            .map(|(i, b)| (b.idcc.clone(), i))
            .collect();
        let idcc = json_list(&list.iter().map(|b| b.idcc.clone()).collect::<Vec<_>>());
        let mut stmt = self.conn.prepare_cached(sql::BRANCH_SIRO)?;
        let mut rows = stmt.query([&idcc])?;
        while let Some(r) = rows.next()? {
            let Some(&at) = pos.get(&r.get::<_, String>("idcc")?) else {
                continue;
            };
            let b = &mut list[at];
            let establishments: u64 = r.get("establishments")?;
            let total = b.establishments.unwrap_or(0).max(1);
            b.opco_shares.push(OpcoShare {
                id: r.get("opco_id")?,
                name: r.get("name")?,
                establishments,
                share: establishments as f64 * 100.0 / total as f64,
                label: r.get("label")?,
            });
        }
        let mut stmt = self.conn.prepare_cached(sql::BRANCH_OPCO_TABLE)?;
        let mut rows = stmt.query([&idcc])?;
        while let Some(r) = rows.next()? {
            let Some(&at) = pos.get(&r.get::<_, String>("idcc")?) else {
                continue;
            };
            let keys: String = r.get("sources")?;
            list[at].opco_table = Some(BranchOpco {
                id: r.get("opco_id")?,
                name: r.get("name")?,
                source: source_urls(&keys, datasets),
                vintage: r.get("vintage")?,
                derived: r.get("derived")?,
                rule: r.get("rule")?,
                label: r.get("label")?,
                establishments: None,
                share: None,
            });
        }
        Ok(())
    }

    /// Every SIRO pair.
    pub fn siro_pairs(&self) -> Result<Vec<SiroPair>> {
        let mut stmt = self.conn.prepare_cached(sql::SIRO_ROWS)?;
        let rows = stmt.query_map([], |r| {
            Ok(SiroPair {
                idcc: r.get("idcc")?,
                opco: r.get("opco_id")?,
                establishments: r.get("establishments")?,
                label: r.get("label")?,
                dataset: r.get("dataset")?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every IDCC's short title and status.
    pub fn branch_heads(&self) -> Result<Vec<BranchRef>> {
        let mut stmt = self.conn.prepare_cached(sql::BRANCH_HEADS)?;
        let rows = stmt.query_map([], |r| {
            Ok(BranchRef {
                idcc: r.get("idcc")?,
                short_title: r.get("short_title")?,
                active: r.get("active")?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// (idcc, short_title, active, successor) of one IDCC.
    pub fn branch_head(&self, idcc: &str) -> Result<Option<(BranchRef, Option<String>)>> {
        let mut stmt = self.conn.prepare_cached(sql::BRANCH_HEAD)?;
        let row = stmt
            .query_row([idcc], |r| {
                Ok((
                    BranchRef {
                        idcc: r.get("idcc")?,
                        short_title: r.get("short_title")?,
                        active: r.get("active")?,
                    },
                    r.get("successor")?,
                ))
            })
            .optional()?;
        Ok(row)
    }

    pub fn predecessors(&self, idcc: &str) -> Result<Vec<BranchRef>> {
        let mut stmt = self.conn.prepare_cached(sql::PREDECESSORS)?;
        let rows = stmt.query_map([idcc], |r| {
            Ok(BranchRef {
                idcc: r.get("idcc")?,
                short_title: r.get("short_title")?,
                active: r.get("active")?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The whole catalogue, as `opmq export` writes it (and `check`, `import` and `refresh`
    /// read it).
    pub fn export_all(&self) -> Result<Export> {
        let info = self.info()?;
        Ok(Export {
            schema_version: info.schema_version,
            data_date: info.data_date,
            datasets: info.datasets,
            opcos: self.opcos(None)?,
            branches: self.branches(&BranchFilter {
                all: true,
                ..BranchFilter::default()
            })?,
            observatories: self.observatories(&ObservatoryFilter::default())?,
            naf: self.naf_rows(None)?,
            siro: self.siro_pairs()?,
            joint_commissions: self.joint_commissions(None)?,
        })
    }

    /// The joint commissions of one IDCC, or of every IDCC, in file order.
    pub fn joint_commissions(&self, idcc: Option<&str>) -> Result<Vec<JointCommission>> {
        let mut stmt = self.conn.prepare_cached(sql::JOINT_COMMISSIONS)?;
        let rows = stmt.query_map([idcc], |r| record(r, "joint commission of IDCC"))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// References to records that do not exist: (record, problem).
    pub fn dangling_references(&self) -> Result<Vec<(String, String)>> {
        let mut out = Vec::new();
        let queries: &[&str] = if self.has_naf()? {
            &[sql::DANGLING, sql::DANGLING_JOINT, sql::DANGLING_NAF]
        } else {
            &[sql::DANGLING, sql::DANGLING_JOINT]
        };
        for query in queries {
            let mut stmt = self.conn.prepare(query)?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
            out.extend(rows.collect::<rusqlite::Result<Vec<_>>>()?);
        }
        Ok(out)
    }

    // ---- usual names, former OPCA, placeholder codes, ranking ------------------------

    /// True when the catalogue has the tables of `sql::NAMES_SCHEMA` (catalogues written
    /// before them search by titles only).
    pub fn has_names(&self) -> Result<bool> {
        if let Some(&b) = self.has_names.get() {
            return Ok(b);
        }
        let n: i64 = self.conn.query_row(sql::HAS_NAMES, [], |r| r.get(0))?;
        Ok(*self.has_names.get_or_init(|| n > 0))
    }

    /// The usual names, former OPCA and placeholder codes the catalogue holds.
    pub fn names(&self) -> Result<crate::text::Names> {
        if !self.has_names()? {
            return Ok(crate::text::Names::default());
        }
        let mut stmt = self.conn.prepare(sql::USUAL_NAMES)?;
        let usual = stmt
            .query_map([], |r| {
                Ok(crate::text::UsualName {
                    idcc: r.get(0)?,
                    name: r.get(1)?,
                    kind: r.get(2)?,
                    source: r.get(3)?,
                    note: r.get(4)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mut stmt = self.conn.prepare(sql::FORMER_OPCAS)?;
        let former_opca = stmt
            .query_map([], |r| r.get::<_, String>(0))?
            .map(|t| Ok(serde_json::from_str(&t?)?))
            .collect::<Result<_>>()?;
        let mut stmt = self.conn.prepare(sql::PLACEHOLDERS)?;
        let placeholders = stmt
            .query_map([], placeholder_row)?
            .collect::<rusqlite::Result<_>>()?;
        Ok(crate::text::Names {
            usual,
            former_opca,
            placeholders,
        })
    }

    /// The placeholder code `code` (9999, 5100…), if it is one.
    pub fn placeholder(&self, code: &str) -> Result<Option<crate::text::Placeholder>> {
        if !self.has_names()? {
            return Ok(None);
        }
        let mut stmt = self.conn.prepare_cached(sql::PLACEHOLDER)?;
        Ok(stmt.query_row([code], placeholder_row).optional()?)
    }

    /// The former OPCA a folded name designates.
    pub fn former_opca(&self, key: &str) -> Result<Option<crate::text::FormerOpca>> {
        if !self.has_names()? {
            return Ok(None);
        }
        let mut stmt = self.conn.prepare_cached(sql::FORMER_OPCA_BY_KEY)?;
        let facts: Option<String> = stmt.query_row([key], |r| r.get(0)).optional()?;
        Ok(facts.map(|t| serde_json::from_str(&t)).transpose()?)
    }

    /// Ranking facts of these IDCC (those the catalogue holds).
    pub fn branch_ranks(&self, idcc: &[String]) -> Result<HashMap<String, BranchRank>> {
        if !self.has_names()? {
            return Ok(HashMap::new());
        }
        let mut stmt = self.conn.prepare_cached(sql::BRANCH_RANKS)?;
        let rows = stmt.query_map([json_list(idcc)], |r| {
            let names: String = r.get("names")?;
            Ok((
                r.get::<_, String>("idcc")?,
                BranchRank {
                    active: r.get("active")?,
                    national: r.get("national")?,
                    names: names.split('\n').map(str::to_owned).collect(),
                    establishments: r.get("establishments")?,
                },
            ))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// (active, national) of the IDCC given, without their names.
    pub fn branch_flags(&self, idcc: &[String]) -> Result<HashMap<String, (bool, bool)>> {
        if !self.has_names()? {
            return Ok(HashMap::new());
        }
        let mut stmt = self.conn.prepare_cached(sql::BRANCH_FLAGS)?;
        let rows = stmt.query_map([json_list(idcc)], |r| {
            Ok((r.get(0)?, (r.get(1)?, r.get(2)?)))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// True when some indexed word starts with `word`.
    pub fn term_exists(&self, word: &str) -> Result<bool> {
        let mut stmt = self.conn.prepare_cached(sql::TERM_PREFIX)?;
        let upper = format!("{word}\u{10FFFF}");
        let n: i64 = stmt.query_row(params![word, upper], |r| r.get(0))?;
        Ok(n > 0)
    }

    /// True when `word` is an indexed word or root.
    pub fn term_is(&self, word: &str) -> Result<bool> {
        let mut stmt = self.conn.prepare_cached(sql::TERM_EXACT)?;
        let n: i64 = stmt.query_row([word], |r| r.get(0))?;
        Ok(n > 0)
    }

    /// Indexed words of `min..=max` letters starting with the first letter of `word`.
    pub fn terms_near(&self, word: &str, min: usize, max: usize) -> Result<Vec<String>> {
        let Some(first) = word.chars().next() else {
            return Ok(vec![]);
        };
        let next = char::from_u32(first as u32 + 1).unwrap_or(char::MAX);
        let mut stmt = self.conn.prepare_cached(sql::TERMS_NEAR)?;
        let rows = stmt.query_map(
            params![first.to_string(), next.to_string(), min as i64, max as i64],
            |r| r.get(0),
        )?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Full-text search with a ready FTS5 query, of one kind or all, best first.
    pub fn full_text_query(
        &self,
        kind: Option<Entity>,
        query: &str,
        limit: i64,
    ) -> Result<Vec<(String, String, f64)>> {
        self.hits(sql::SEARCH, params![kind.map(Entity::as_str), query, limit])
    }

    /// `full_text_bounded` with a ready FTS5 query.
    pub fn full_text_query_bounded(
        &self,
        query: &str,
        ranked: i64,
        limit: i64,
    ) -> Result<Vec<(String, String, f64)>> {
        self.hits(sql::SEARCH_BOUNDED, params![query, ranked, limit])
    }

    // ---- APE → IDCC --------------------------------------------------------------------

    /// True when the catalogue has a SIRET table (`opmq refresh siro`).
    pub fn has_siret(&self) -> Result<bool> {
        let n: i64 = self.conn.query_row(sql::HAS_SIRET, [], |r| r.get(0))?;
        Ok(n > 0)
    }

    /// Rows of the SIRET table (0 when there is none).
    pub fn siret_count(&self) -> Result<u64> {
        if !self.has_siret()? {
            return Ok(0);
        }
        let n: Option<String> = self
            .conn
            .query_row(sql::SIRET_ROWS, [], |r| r.get(0))
            .optional()?;
        Ok(n.and_then(|n| n.parse().ok()).unwrap_or(0))
    }

    /// Reads pages with `read` rather than through the memory map: for thousands of lookups
    /// scattered over a large file, mapping faults in whole neighbourhoods of pages never read.
    pub fn read_without_map(&self) -> Result<()> {
        self.conn.execute_batch("PRAGMA mmap_size = 0")?;
        Ok(())
    }

    /// One establishment by its SIRET.
    pub fn establishment(&self, siret: u64) -> Result<Option<Establishment>> {
        let mut stmt = self.conn.prepare_cached(sql::SIRET_ONE)?;
        Ok(stmt
            .query_row([siret as i64], |r| {
                Ok(Establishment {
                    siret: r.get::<_, i64>("siret")? as u64,
                    idcc: r.get("idcc")?,
                    opco: r.get("opco")?,
                    gestion: r.get("gestion")?,
                })
            })
            .optional()?)
    }

    /// Every OPCO's id and name (without reading their records).
    pub fn opco_names(&self) -> Result<HashMap<String, String>> {
        let mut stmt = self.conn.prepare_cached(sql::OPCO_NAMES)?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The establishments whose SIRET lies in `first..=last`, in SIRET order.
    pub fn establishments(&self, first: u64, last: u64) -> Result<Vec<Establishment>> {
        let mut stmt = self.conn.prepare_cached(sql::SIRET_RANGE)?;
        let rows = stmt.query_map([first as i64, last as i64], |r| {
            Ok(Establishment {
                siret: r.get::<_, i64>("siret")? as u64,
                idcc: r.get("idcc")?,
                opco: r.get("opco")?,
                gestion: r.get("gestion")?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

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
                ape: r.get("ape")?,
                ape_label: r.get("ape_label")?,
                employees: r.get("employees")?,
                idcc: r.get("idcc")?,
                idcc_label: r.get("idcc_label")?,
                share: r.get("share")?,
                dataset: r.get("dataset")?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The URL of a dataset, or its key when the catalogue does not describe it.
    pub fn dataset_url(&self, key: &str) -> Result<String> {
        Ok(self
            .dataset_map()?
            .get(key)
            .map_or_else(|| key.to_owned(), |d| d.url.clone()))
    }

    /// The database as one SQLite file image (what `export --format sqlite` writes).
    pub fn serialize(&self) -> Result<Vec<u8>> {
        Ok(self.conn.serialize(rusqlite::MAIN_DB)?.to_vec())
    }

    // ---- OPCO ------------------------------------------------------------------------

    pub fn opcos(&self, id: Option<&str>) -> Result<Vec<Opco>> {
        let mut stmt = self.conn.prepare_cached(sql::OPCOS)?;
        let list = stmt
            .query_map([id], |r| {
                Ok(Opco {
                    facts: record(r, "OPCO")?,
                    active_branches: r.get("active_branches")?,
                    observatories_count: r.get("observatories_count")?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(list)
    }
}

fn placeholder_row(r: &Row) -> rusqlite::Result<crate::text::Placeholder> {
    Ok(crate::text::Placeholder {
        code: r.get(0)?,
        meaning_fr: r.get(1)?,
        meaning_en: r.get(2)?,
        source: r.get(3)?,
        note: r.get(4)?,
    })
}

/// A reference the catalogue file cannot honour: one line, exit 4 (never a panic).
fn broken(id: &str, what: &str) -> Error {
    Error::Data(Message::DanglingReference {
        what: what.to_owned(),
        id: id.to_owned(),
    })
}

/// The JSON record of a `facts` column; a broken one names its record.
fn record<T: serde::de::DeserializeOwned>(r: &Row, kind: &str) -> rusqlite::Result<T> {
    let text: String = r.get("facts")?;
    serde_json::from_str(&text).map_err(|e| {
        let id: String = r.get("id").unwrap_or_default();
        let why = format!("the record of {kind} {id} is not valid ({e})");
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, why.into())
    })
}

fn observatory_row(r: &Row) -> rusqlite::Result<Observatory> {
    let opco = match r.get::<_, Option<String>>("opco_id")? {
        Some(id) => Some(ObservatoryOpco {
            name: r
                .get::<_, Option<String>>("opco_name")?
                .unwrap_or_else(|| id.clone()),
            id,
            confirmed: r.get("opco_confirmed")?,
        }),
        None => None,
    };
    Ok(Observatory {
        facts: record(r, "observatory")?,
        opco,
        branches: vec![],
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
    let keys: String = r.get("sources")?;
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
    let opco_id: Option<String> = r.get("opco_id")?;
    let opco = match opco_id {
        Some(id) => {
            let keys: String = r.get("opco_sources")?;
            let source = source_urls(&keys, datasets);
            Some(BranchOpco {
                name: r
                    .get::<_, Option<String>>("opco_name")?
                    .unwrap_or_else(|| id.clone()),
                id,
                vintage: r.get("vintage")?,
                derived: r.get("derived")?,
                rule: r.get("rule")?,
                label: r.get("label")?,
                source,
                establishments: r.get("opco_establishments")?,
                share: r.get("share")?,
            })
        }
        None => None,
    };
    Ok(Branch {
        idcc: r.get("idcc")?,
        short_title: r.get("short_title")?,
        title: r.get("title")?,
        kind: r.get("kind")?,
        regime: r.get("regime")?,
        scope: r.get("scope")?,
        active: r.get("active")?,
        successor: r.get("successor")?,
        kali_id: r.get("kali_id")?,
        date_signature: r.get("date_signature")?,
        date_effet: r.get("date_effet")?,
        date_fin: r.get("date_fin")?,
        code_dares: r.get("code_dares")?,
        opco,
        establishments: r.get("establishments")?,
        opco_shares: vec![],
        opco_table: None,
        observatories: vec![],
        sources,
    })
}

/// Dataset keys separated by spaces, as their URLs (a key the catalogue lacks stays a key).
fn source_urls(keys: &str, datasets: &HashMap<String, Dataset>) -> String {
    keys.split_whitespace()
        .map(|k| {
            datasets
                .get(k)
                .map_or_else(|| k.to_owned(), |d| d.url.clone())
        })
        .collect::<Vec<_>>()
        .join(" ")
}
