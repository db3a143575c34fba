//! Every SQL statement opmq runs: the schema, the writer's inserts and the readers' queries.

/// Bumped whenever a table or a JSON field changes meaning; recorded in `meta`.
/// Version 2 added the `naf` table (APE → IDCC) and the export's `naf` array. Version 3
/// stores each OPCO and observatory as one JSON record (`facts`, the public record's own
/// fields) beside the columns queries filter on, and adds `name_kind` and `agreements`.
/// Version 4 adds the `joint_commission` table (a branch's CPPNI or other joint body, as an
/// agreement states it) and the export's `joint_commissions` array.
pub const SCHEMA_VERSION: i64 = 4;
/// The oldest version still read: version 1 is version 2 without a `naf` table.
pub const OLDEST_READABLE: i64 = 1;

/// Tables are keyed WITHOUT ROWID where they have a primary key: a row is found in one
/// b-tree, and no separate key index is loaded with the schema at every start.
pub const SCHEMA: &str = r#"
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE dataset (
  key TEXT PRIMARY KEY, title TEXT NOT NULL, url TEXT NOT NULL, page TEXT,
  published TEXT NOT NULL, checked TEXT NOT NULL, note TEXT) WITHOUT ROWID;
-- An OPCO's whole record (record::OpcoFacts) is the JSON in `facts`.
CREATE TABLE opco (id TEXT PRIMARY KEY, name TEXT NOT NULL, facts TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE branch (
  idcc TEXT PRIMARY KEY, short_title TEXT, title TEXT NOT NULL, kind TEXT NOT NULL, regime TEXT,
  scope TEXT, active INTEGER NOT NULL, successor TEXT, kali_id TEXT, date_signature TEXT,
  date_effet TEXT, date_fin TEXT, code_dares TEXT NOT NULL, sources TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX branch_successor ON branch(successor);
-- Each IDCC's OPCO in force: the newest of its table row (branch_opco_table) and the
-- majority OPCO of its SIRO pairs (branch_siro), with that OPCO's establishments and share.
CREATE TABLE branch_opco (
  idcc TEXT PRIMARY KEY REFERENCES branch(idcc), opco_id TEXT NOT NULL REFERENCES opco(id),
  vintage TEXT NOT NULL, derived INTEGER NOT NULL, rule TEXT, label TEXT, sources TEXT NOT NULL,
  establishments INTEGER, share REAL)
  WITHOUT ROWID;
CREATE INDEX branch_opco_opco ON branch_opco(opco_id);
-- The IDCC → OPCO table rows (data/idcc_opco.csv: the 2019 table, derived rows, refreshes).
CREATE TABLE branch_opco_table (
  idcc TEXT PRIMARY KEY REFERENCES branch(idcc), opco_id TEXT NOT NULL REFERENCES opco(id),
  vintage TEXT NOT NULL, derived INTEGER NOT NULL, rule TEXT, label TEXT, sources TEXT NOT NULL)
  WITHOUT ROWID;
-- SIRO pairs: establishments of an IDCC (placeholder codes included) declaring an OPCO.
CREATE TABLE branch_siro (
  idcc TEXT NOT NULL, opco_id TEXT NOT NULL REFERENCES opco(id), establishments INTEGER NOT NULL,
  label TEXT, dataset TEXT NOT NULL REFERENCES dataset(key), PRIMARY KEY (idcc, opco_id))
  WITHOUT ROWID;
-- An observatory's facts (record::ObservatoryFacts) are the JSON in `facts`; the other
-- columns are what queries and reference checks need.
CREATE TABLE observatory (
  id TEXT PRIMARY KEY, name TEXT NOT NULL, acronym TEXT, replaced_by TEXT,
  opco_id TEXT REFERENCES opco(id), opco_confirmed INTEGER NOT NULL, facts TEXT NOT NULL)
  WITHOUT ROWID;
CREATE INDEX observatory_opco ON observatory(opco_id);
-- Keyed by (owner, pos) without rowid: an owner's rows are read by key, no extra index.
CREATE TABLE observatory_branch (observatory_id TEXT NOT NULL REFERENCES observatory(id),
  idcc TEXT NOT NULL REFERENCES branch(idcc), pos INTEGER NOT NULL,
  PRIMARY KEY (observatory_id, idcc)) WITHOUT ROWID;
CREATE INDEX observatory_branch_idcc ON observatory_branch(idcc, observatory_id);
-- Datasets an observatory's sources cite (for reference checks).
CREATE TABLE observatory_dataset (observatory_id TEXT NOT NULL REFERENCES observatory(id),
  dataset TEXT NOT NULL REFERENCES dataset(key), PRIMARY KEY (observatory_id, dataset))
  WITHOUT ROWID;
-- DARES APE → IDCC passage table (`opmq refresh naf`); idcc NULL for "Autre"; share in %.
CREATE TABLE naf (ape TEXT NOT NULL, pos INTEGER NOT NULL, ape_label TEXT, employees INTEGER,
  idcc TEXT, idcc_label TEXT, share REAL NOT NULL, dataset TEXT NOT NULL REFERENCES dataset(key),
  PRIMARY KEY (ape, pos)) WITHOUT ROWID;
-- A branch's joint commissions (record::JointCommission as JSON in `facts`), in file order.
CREATE TABLE joint_commission (idcc TEXT NOT NULL REFERENCES branch(idcc), pos INTEGER NOT NULL,
  facts TEXT NOT NULL, PRIMARY KEY (idcc, pos)) WITHOUT ROWID;
-- Folded names for resolution: rank 0 id, 1 acronym, 2 alias, 3 name.
CREATE TABLE name_key (entity TEXT NOT NULL, key TEXT NOT NULL, id TEXT NOT NULL, rank INTEGER NOT NULL,
  PRIMARY KEY (entity, key, rank, id)) WITHOUT ROWID;
-- Full-text over folded names and titles; kind is 'observatory', 'branch' or 'opco'.
-- `roots` holds each word's root (fold::root: stem without agent ending), matched whole.
CREATE VIRTUAL TABLE search USING fts5(kind UNINDEXED, id UNINDEXED, text, roots,
  tokenize = 'unicode61 remove_diacritics 2');
"#;

/// Names people use, beside the records (text::Names), and the keys that find branches by
/// them. Catalogues written before these tables existed read without them (`has_names`).
pub const NAMES_SCHEMA: &str = r"
-- Usual names of conventions (data/usual_names.csv), each with its source.
CREATE TABLE usual_name (idcc TEXT NOT NULL REFERENCES branch(idcc), name TEXT NOT NULL,
  kind TEXT NOT NULL, source TEXT NOT NULL, note TEXT, PRIMARY KEY (idcc, name)) WITHOUT ROWID;
-- Former OPCA: the whole record (text::FormerOpca) is the JSON in `facts`.
CREATE TABLE former_opca (name TEXT PRIMARY KEY, facts TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE former_opca_key (key TEXT NOT NULL, name TEXT NOT NULL,
  PRIMARY KEY (key, name)) WITHOUT ROWID;
-- Codes written where an IDCC is expected that name no convention.
CREATE TABLE placeholder (code TEXT PRIMARY KEY, meaning_fr TEXT NOT NULL,
  meaning_en TEXT NOT NULL, source TEXT NOT NULL, note TEXT) WITHOUT ROWID;
-- What ranking needs of a branch, read by key for the candidates of a search: active,
-- national, its names (folded short title and usual names, one a line) and its size (SIRO
-- establishments, summed when the catalogue is written).
CREATE TABLE branch_rank (idcc TEXT PRIMARY KEY, active INTEGER NOT NULL,
  national INTEGER NOT NULL, names TEXT NOT NULL, establishments INTEGER NOT NULL)
  WITHOUT ROWID;
-- Every folded word and root of the full-text index, for typing errors.
CREATE TABLE term (word TEXT PRIMARY KEY) WITHOUT ROWID;
";

pub const INSERT_META: &str = "INSERT INTO meta VALUES (?1, ?2)";
pub const INSERT_DATASET: &str = "INSERT INTO dataset VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";
pub const INSERT_OPCO: &str = "INSERT INTO opco VALUES (?1, ?2, ?3)";
pub const INSERT_BRANCH: &str =
    "INSERT INTO branch VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)";
pub const INSERT_BRANCH_OPCO: &str =
    "INSERT INTO branch_opco VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";
pub const INSERT_BRANCH_OPCO_TABLE: &str =
    "INSERT INTO branch_opco_table VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";
pub const INSERT_BRANCH_SIRO: &str = "INSERT INTO branch_siro VALUES (?1, ?2, ?3, ?4, ?5)";
pub const INSERT_OBSERVATORY: &str = "INSERT INTO observatory VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";
pub const INSERT_OBSERVATORY_BRANCH: &str = "INSERT INTO observatory_branch VALUES (?1, ?2, ?3)";
pub const INSERT_OBSERVATORY_DATASET: &str =
    "INSERT OR IGNORE INTO observatory_dataset VALUES (?1, ?2)";
pub const INSERT_NAF: &str = "INSERT INTO naf VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
pub const INSERT_JOINT_COMMISSION: &str = "INSERT INTO joint_commission VALUES (?1, ?2, ?3)";
/// The same key twice for one record (an acronym equal to the id) is kept once.
pub const INSERT_NAME_KEY: &str = "INSERT OR IGNORE INTO name_key VALUES (?1, ?2, ?3, ?4)";
pub const INSERT_SEARCH: &str =
    "INSERT INTO search (kind, id, text, roots) VALUES (?1, ?2, ?3, ?4)";
pub const INSERT_USUAL_NAME: &str = "INSERT OR IGNORE INTO usual_name VALUES (?1, ?2, ?3, ?4, ?5)";
pub const INSERT_FORMER_OPCA: &str = "INSERT INTO former_opca VALUES (?1, ?2)";
pub const INSERT_FORMER_OPCA_KEY: &str = "INSERT OR IGNORE INTO former_opca_key VALUES (?1, ?2)";
pub const INSERT_PLACEHOLDER: &str = "INSERT INTO placeholder VALUES (?1, ?2, ?3, ?4, ?5)";
pub const INSERT_BRANCH_RANK: &str = "INSERT INTO branch_rank VALUES (?1, ?2, ?3, ?4, ?5)";
pub const INSERT_TERM: &str = "INSERT OR IGNORE INTO term VALUES (?1)";
/// Merges the full-text index into one segment. No ANALYZE: loading sqlite_stat1 would cost
/// every invocation more than the planner gains on tables this small.
pub const OPTIMIZE: &str = "INSERT INTO search (search) VALUES ('optimize');";

// ---- readers -------------------------------------------------------------------------

pub const SCHEMA_VERSION_OF: &str = "SELECT value FROM meta WHERE key = 'schema_version'";
/// Pages the file should hold, and their size: a shorter file is truncated.
pub const FILE_SIZE: &str = "SELECT page_count, page_size FROM pragma_page_count, pragma_page_size";
pub const META: &str = "SELECT key, value FROM meta";
pub const DATASETS: &str =
    "SELECT key, title, url, page, published, checked, note FROM dataset ORDER BY key";
pub const COUNT: &str =
    "SELECT (SELECT count(*) FROM observatory), (SELECT count(*) FROM branch), \
     (SELECT count(*) FROM branch WHERE active = 1), (SELECT count(*) FROM opco), \
     (SELECT count(*) FROM branch_opco)";

const OBSERVATORY_COLS: &str = "o.id, o.opco_id, op.name AS opco_name, o.opco_confirmed, o.facts";

/// Every observatory, or those of one OPCO (?1, or NULL for all), in id order.
pub fn observatories() -> String {
    format!(
        "SELECT {OBSERVATORY_COLS} FROM observatory o LEFT JOIN opco op ON op.id = o.opco_id \
         WHERE ?1 IS NULL OR o.opco_id = ?1 ORDER BY o.id"
    )
}
/// The observatories whose ids are in a JSON array (?2), of one OPCO (?1) or all (NULL),
/// in id order: read by key, however large the catalogue.
pub fn observatories_by_id() -> String {
    format!(
        "SELECT {OBSERVATORY_COLS} FROM observatory o LEFT JOIN opco op ON op.id = o.opco_id \
         WHERE o.id IN (SELECT value FROM json_each(?2)) AND (?1 IS NULL OR o.opco_id = ?1) \
         ORDER BY o.id"
    )
}
/// The branches the observatories of a JSON array (?1) cover, or of every observatory
/// (`every`: a plain scan in key order, no id list to read).
pub fn observatory_branches(every: bool) -> String {
    let only = if every {
        ""
    } else {
        " WHERE ob.observatory_id IN (SELECT value FROM json_each(?1))"
    };
    format!(
        "SELECT ob.observatory_id, ob.idcc, b.short_title, b.active \
         FROM observatory_branch ob JOIN branch b ON b.idcc = ob.idcc{only} \
         ORDER BY ob.observatory_id, ob.pos"
    )
}
/// Observatories covering any of the IDCC in a JSON array.
pub const OBSERVATORIES_OF_BRANCHES: &str =
    "SELECT DISTINCT observatory_id FROM observatory_branch \
     WHERE idcc IN (SELECT value FROM json_each(?1))";

pub const BRANCH: &str = "SELECT b.idcc, b.short_title, b.title, b.kind, b.regime, b.scope, b.active, \
     b.successor, b.kali_id, b.date_signature, b.date_effet, b.date_fin, b.code_dares, b.sources, \
     bo.opco_id, op.name AS opco_name, bo.vintage, bo.derived, bo.rule, bo.label, \
     bo.sources AS opco_sources, bo.establishments AS opco_establishments, bo.share, \
     (SELECT sum(s.establishments) FROM branch_siro s WHERE s.idcc = b.idcc) AS establishments \
     FROM branch b LEFT JOIN branch_opco bo ON bo.idcc = b.idcc LEFT JOIN opco op ON op.id = bo.opco_id";
pub fn branch_by_idcc() -> String {
    format!("{BRANCH} WHERE b.idcc = ?1")
}
/// Branches filtered by: ?1 OPCO id, ?2 observatory id, ?3 JSON array of IDCC (or NULL),
/// ?4 all (1) or active only (0), ?5 only those no observatory covers (1).
pub fn branches() -> String {
    format!(
        "{BRANCH} WHERE (?1 IS NULL OR bo.opco_id = ?1) \
           AND (?2 IS NULL OR b.idcc IN (SELECT idcc FROM observatory_branch WHERE observatory_id = ?2)) \
           AND (?3 IS NULL OR b.idcc IN (SELECT value FROM json_each(?3))) \
           AND (?4 = 1 OR b.active = 1) \
           AND (?5 = 0 OR (b.scope = 'National' \
                AND NOT EXISTS (SELECT 1 FROM observatory_branch x WHERE x.idcc = b.idcc))) \
         ORDER BY b.idcc"
    )
}
/// (idcc, observatory id) for the IDCC of a JSON array.
pub const BRANCH_OBSERVATORY_IDS: &str = "SELECT idcc, observatory_id FROM observatory_branch \
     WHERE idcc IN (SELECT value FROM json_each(?1)) ORDER BY observatory_id";
/// The SIRO pairs and the table row of the IDCC of a JSON array (?1): what `opco_shares` and
/// `opco_history` show.
pub const BRANCH_SIRO: &str = "SELECT s.idcc, s.opco_id, op.name, s.establishments, s.label, \
     s.dataset FROM branch_siro s JOIN opco op ON op.id = s.opco_id \
     WHERE s.idcc IN (SELECT value FROM json_each(?1)) ORDER BY s.idcc, s.establishments DESC, s.opco_id";
pub const BRANCH_OPCO_TABLE: &str = "SELECT t.idcc, t.opco_id, op.name, t.vintage, t.derived, \
     t.rule, t.label, t.sources FROM branch_opco_table t JOIN opco op ON op.id = t.opco_id \
     WHERE t.idcc IN (SELECT value FROM json_each(?1))";
/// Every SIRO pair (exports carry them whole, placeholder codes included).
pub const SIRO_ROWS: &str =
    "SELECT idcc, opco_id, establishments, label, dataset FROM branch_siro \
     ORDER BY idcc, establishments DESC, opco_id";
pub const PREDECESSORS: &str =
    "SELECT idcc, short_title, active FROM branch WHERE successor = ?1 ORDER BY idcc";
/// Every IDCC's short title and status (batch lookups read them once).
pub const BRANCH_HEADS: &str = "SELECT idcc, short_title, active FROM branch";
pub const BRANCH_HEAD: &str =
    "SELECT idcc, short_title, active, successor FROM branch WHERE idcc = ?1";

pub const OPCOS: &str = "SELECT o.id, o.facts, \
     (SELECT count(*) FROM branch_opco bo JOIN branch b ON b.idcc = bo.idcc \
        WHERE bo.opco_id = o.id AND b.active = 1) AS active_branches, \
     (SELECT count(*) FROM observatory x WHERE x.opco_id = o.id) AS observatories_count \
     FROM opco o WHERE (?1 IS NULL OR o.id = ?1) ORDER BY o.id";

/// Ids whose folded key equals ?2, best rank first.
pub const NAME_EXACT: &str =
    "SELECT id, min(rank) r FROM name_key WHERE entity = ?1 AND key = ?2 GROUP BY id ORDER BY r, id";
/// Ids with a folded key starting with ?2 (?3 is ?2 followed by U+10FFFF).
pub const NAME_PREFIX: &str = "SELECT DISTINCT id FROM name_key \
     WHERE entity = ?1 AND key >= ?2 AND key < ?3 ORDER BY id LIMIT 50";
pub const NAME_KEYS: &str = "SELECT id, key FROM name_key WHERE entity = ?1";

/// Full-text match: ?1 kind (or NULL for all), ?2 FTS5 query; best first.
pub const SEARCH: &str = "SELECT kind, id, bm25(search) FROM search \
     WHERE search MATCH ?2 AND (?1 IS NULL OR kind = ?1) ORDER BY bm25(search) LIMIT ?3";
/// The first ?2 matches (rowid order) of FTS5 query ?1, best first among them (at most ?3):
/// `opmq search` ranks a bounded number of matches, so a word found in most records costs
/// no more than one found in ?2.
/// Only rowid and score are kept while ranking; kind and id (columns c0 and c1 of FTS5's
/// own row store, `search_content`) are read for the best alone, by plain rowid.
pub const SEARCH_BOUNDED: &str = "SELECT c.c0, c.c1, best.score FROM \
     (SELECT r, score FROM \
        (SELECT rowid AS r, bm25(search) AS score FROM search WHERE search MATCH ?1 LIMIT ?2) \
      ORDER BY score LIMIT ?3) best \
     JOIN search_content c ON c.id = best.r ORDER BY best.score";

/// 1 when the catalogue has the tables of `NAMES_SCHEMA`.
pub const HAS_NAMES: &str =
    "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'branch_rank'";
pub const USUAL_NAMES: &str =
    "SELECT idcc, name, kind, source, note FROM usual_name ORDER BY idcc, name";
pub const FORMER_OPCAS: &str = "SELECT facts FROM former_opca ORDER BY name";
pub const FORMER_OPCA_BY_KEY: &str = "SELECT f.facts FROM former_opca_key k \
     JOIN former_opca f ON f.name = k.name WHERE k.key = ?1";
pub const PLACEHOLDERS: &str =
    "SELECT code, meaning_fr, meaning_en, source, note FROM placeholder ORDER BY code";
pub const PLACEHOLDER: &str =
    "SELECT code, meaning_fr, meaning_en, source, note FROM placeholder WHERE code = ?1";
/// Ranking facts of the IDCC of a JSON array (?1).
/// Size: the IDCC's establishments in SIRO (0 when it has none).
pub const BRANCH_RANKS: &str = "SELECT idcc, active, national, names, establishments \
     FROM branch_rank WHERE idcc IN (SELECT value FROM json_each(?1))";
/// Status and scope of the IDCC of a JSON array (?1): what `search` tiers its hits by.
pub const BRANCH_FLAGS: &str = "SELECT idcc, active, national FROM branch_rank \
     WHERE idcc IN (SELECT value FROM json_each(?1))";
/// 1 when some indexed word starts with ?1 (?2 is ?1 followed by U+10FFFF).
pub const TERM_PREFIX: &str = "SELECT count(*) FROM (SELECT 1 FROM term \
     WHERE word >= ?1 AND word < ?2 LIMIT 1)";
/// 1 when ?1 is an indexed word or root.
pub const TERM_EXACT: &str = "SELECT count(*) FROM term WHERE word = ?1";
/// Indexed words starting with the letter ?1 (?2 the next letter), of ?3 to ?4 letters.
pub const TERMS_NEAR: &str = "SELECT word FROM term WHERE word >= ?1 AND word < ?2 \
     AND length(word) BETWEEN ?3 AND ?4";
/// The best ?2 matches of FTS5 query ?1 over one kind (?3, or NULL), best first.
pub const SEARCH_RANKED: &str = "SELECT kind, id, bm25(search) FROM search \
     WHERE search MATCH ?1 AND (?3 IS NULL OR kind = ?3) ORDER BY bm25(search) LIMIT ?2";

/// 1 when the catalogue has a `naf` table (schema version 2 and later), else 0.
pub const HAS_NAF: &str =
    "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'naf'";
/// Every APE → IDCC row, or those of one APE (?1, or NULL for all), largest share first.
pub const NAF_ROWS: &str = "SELECT ape, ape_label, employees, idcc, idcc_label, share, dataset \
     FROM naf WHERE (?1 IS NULL OR ape = ?1) ORDER BY ape, share DESC, pos";
pub const NAF_COUNT: &str = "SELECT count(*) FROM naf";

/// The joint commissions of one IDCC (?1), or of every IDCC (NULL), in file order.
pub const JOINT_COMMISSIONS: &str = "SELECT idcc AS id, facts FROM joint_commission \
     WHERE ?1 IS NULL OR idcc = ?1 ORDER BY idcc, pos";

pub const OBSERVATORY_NAME: &str =
    "SELECT coalesce(acronym || ' — ', '') || name FROM observatory WHERE id = ?1";
pub const BRANCH_NAME: &str =
    "SELECT coalesce(short_title, title), active FROM branch WHERE idcc = ?1";
pub const OPCO_NAME: &str = "SELECT name FROM opco WHERE id = ?1";

/// References that point nowhere: (record, problem). Joins elsewhere would hide them.
pub const DANGLING: &str = "\
SELECT 'observatory ' || observatory_id, 'covers unknown IDCC ' || idcc FROM observatory_branch \
  WHERE idcc NOT IN (SELECT idcc FROM branch) \
UNION ALL SELECT 'observatory ' || id, 'unknown OPCO ' || opco_id FROM observatory \
  WHERE opco_id IS NOT NULL AND opco_id NOT IN (SELECT id FROM opco) \
UNION ALL SELECT 'observatory ' || id, 'replaced_by unknown observatory ' || replaced_by \
  FROM observatory WHERE replaced_by IS NOT NULL AND replaced_by NOT IN (SELECT id FROM observatory) \
UNION ALL SELECT 'observatory ' || observatory_id, 'source cites unknown dataset ' || dataset \
  FROM observatory_dataset WHERE dataset NOT IN (SELECT key FROM dataset) \
UNION ALL SELECT 'observatory ' || o.id, 'no record' FROM observatory o \
  WHERE json_valid(o.facts) = 0 OR json_extract(o.facts, '$.id') IS NOT o.id \
UNION ALL SELECT 'OPCO ' || o.id, 'no record' FROM opco o \
  WHERE json_valid(o.facts) = 0 OR json_extract(o.facts, '$.id') IS NOT o.id \
UNION ALL SELECT 'observatory ' || observatory_id, 'covers IDCC ' || idcc || ' but is not an observatory' \
  FROM observatory_branch WHERE observatory_id NOT IN (SELECT id FROM observatory) \
UNION ALL SELECT 'IDCC→OPCO ' || idcc, 'unknown IDCC' FROM branch_opco \
  WHERE idcc NOT IN (SELECT idcc FROM branch) \
UNION ALL SELECT 'IDCC→OPCO ' || idcc, 'unknown OPCO ' || opco_id FROM branch_opco \
  WHERE opco_id NOT IN (SELECT id FROM opco) \
UNION ALL SELECT 'SIRO ' || idcc, 'unknown OPCO ' || opco_id FROM branch_siro \
  WHERE opco_id NOT IN (SELECT id FROM opco) \
UNION ALL SELECT 'SIRO ' || idcc, 'cites unknown dataset ' || dataset FROM branch_siro \
  WHERE dataset NOT IN (SELECT key FROM dataset) \
UNION ALL SELECT 'IDCC ' || idcc, 'successor ' || successor || ' is not a known IDCC' FROM branch \
  WHERE successor IS NOT NULL AND successor NOT IN (SELECT idcc FROM branch)";

/// The same for the joint commissions (schema version 4 and later).
pub const DANGLING_JOINT: &str = "SELECT 'joint commission of IDCC ' || idcc, 'unknown IDCC' \
     FROM joint_commission WHERE idcc NOT IN (SELECT idcc FROM branch) \
     UNION ALL SELECT 'joint commission of IDCC ' || idcc, 'no record' FROM joint_commission \
     WHERE json_valid(facts) = 0 OR json_extract(facts, '$.idcc') IS NOT idcc";

/// The same for the APE → IDCC rows (catalogues with a `naf` table).
pub const DANGLING_NAF: &str = "SELECT 'APE ' || ape, 'cites unknown dataset ' || dataset \
     FROM naf WHERE dataset NOT IN (SELECT key FROM dataset)";

/// Turns a version 1 or 2 catalogue (opened as a writable copy in memory) into version 3:
/// each OPCO's and observatory's child rows become its JSON record.
pub const MIGRATE_TO_3: &str = r#"
PRAGMA foreign_keys = OFF;
CREATE TABLE opco3 (id TEXT PRIMARY KEY, name TEXT NOT NULL, facts TEXT NOT NULL) WITHOUT ROWID;
INSERT INTO opco3 SELECT o.id, o.name, json_object(
  'id', o.id, 'name', o.name, 'full_name', o.full_name,
  'aliases', json((SELECT json_group_array(alias) FROM
     (SELECT alias FROM opco_alias a WHERE a.opco_id = o.id ORDER BY pos))),
  'france_competences_code', o.fc_code, 'website', o.website, 'siren', o.siren,
  'siret', o.siret, 'address', o.address, 'phone', o.phone, 'contact_page', NULL,
  'agrement_effective', o.agrement_effective,
  'sources', json((SELECT json_group_array(json_object('url', url, 'dataset', NULL,
     'supports', json_array(), 'checked', checked, 'note', note)) FROM
     (SELECT url, checked, note FROM opco_source s WHERE s.opco_id = o.id ORDER BY pos))))
  FROM opco o;
CREATE TABLE observatory3 (
  id TEXT PRIMARY KEY, name TEXT NOT NULL, acronym TEXT, replaced_by TEXT,
  opco_id TEXT, opco_confirmed INTEGER NOT NULL, facts TEXT NOT NULL) WITHOUT ROWID;
INSERT INTO observatory3 SELECT o.id, o.name, o.acronym, o.replaced_by, o.opco_id,
  o.opco_confirmed, json_object(
  'id', o.id, 'name', o.name, 'name_kind', NULL, 'acronym', o.acronym,
  'aliases', json((SELECT json_group_array(alias) FROM
     (SELECT alias FROM observatory_alias a WHERE a.observatory_id = o.id ORDER BY pos))),
  'status', o.status, 'level', o.level, 'replaced_by', o.replaced_by, 'website', o.website,
  'email', o.email, 'phone', o.phone,
  'address', json_object('street', o.street, 'postcode', o.postcode, 'city', o.city),
  'branches_rule', o.idcc_rule, 'branches_text', o.branches_text,
  'legal_basis', o.legal_basis, 'notes', o.notes, 'agreements', json_array(),
  'sources', json((SELECT json_group_array(json_object('url', coalesce(url, ''),
     'dataset', dataset,
     'supports', json(CASE supports WHEN '' THEN '[]'
                      ELSE '["' || replace(supports, ',', '","') || '"]' END),
     'checked', checked, 'note', note)) FROM
     (SELECT coalesce(s.url, d.url) AS url, s.dataset, s.supports, s.checked, s.note
      FROM observatory_source s LEFT JOIN dataset d ON d.key = s.dataset
      WHERE s.observatory_id = o.id ORDER BY s.pos))))
  FROM observatory o;
CREATE TABLE observatory_dataset (observatory_id TEXT NOT NULL, dataset TEXT NOT NULL,
  PRIMARY KEY (observatory_id, dataset)) WITHOUT ROWID;
INSERT OR IGNORE INTO observatory_dataset SELECT observatory_id, dataset
  FROM observatory_source WHERE dataset IS NOT NULL;
DROP TABLE opco_alias; DROP TABLE opco_source; DROP TABLE opco; DROP TABLE observatory_alias;
DROP TABLE observatory_source; DROP TABLE observatory;
ALTER TABLE opco3 RENAME TO opco; ALTER TABLE observatory3 RENAME TO observatory;
CREATE INDEX observatory_opco ON observatory(opco_id);
CREATE TABLE branch_opco_table (
  idcc TEXT PRIMARY KEY, opco_id TEXT NOT NULL, vintage TEXT NOT NULL, derived INTEGER NOT NULL,
  rule TEXT, label TEXT, sources TEXT NOT NULL) WITHOUT ROWID;
INSERT INTO branch_opco_table SELECT * FROM branch_opco;
ALTER TABLE branch_opco ADD COLUMN establishments INTEGER;
ALTER TABLE branch_opco ADD COLUMN share REAL;
CREATE TABLE branch_siro (
  idcc TEXT NOT NULL, opco_id TEXT NOT NULL, establishments INTEGER NOT NULL, label TEXT,
  dataset TEXT NOT NULL, PRIMARY KEY (idcc, opco_id)) WITHOUT ROWID;
"#;

// ---- SIRET → IDCC, OPCO (user catalogue only, `opmq refresh siro`) ---------------------

/// One row an establishment: the SIRET as an integer key (the table's own rowid: 8 bytes a
/// key, found in one b-tree), its IDCC and OPCO ids (owner, and manager overseas).
pub const SIRET_SCHEMA: &str = "CREATE TABLE siret (siret INTEGER PRIMARY KEY, idcc TEXT, \
     opco TEXT, gestion TEXT)";
pub const INSERT_SIRET: &str = "INSERT INTO siret VALUES (?1, ?2, ?3, ?4)";
/// 1 when the catalogue has a SIRET table.
pub const HAS_SIRET: &str =
    "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'siret'";
/// The SIRET table's row count, recorded in `meta` when it is written (counting 3.7 million
/// rows at every `opmq info` would read the whole table).
pub const SIRET_ROWS: &str = "SELECT value FROM meta WHERE key = 'siret_rows'";
pub const SET_SIRET_ROWS: &str =
    "INSERT OR REPLACE INTO meta VALUES ('siret_rows', (SELECT count(*) FROM siret))";
/// One establishment by its SIRET (the table's rowid).
pub const SIRET_ONE: &str = "SELECT siret, idcc, opco, gestion FROM siret WHERE siret = ?1";
/// Every OPCO's id and name.
pub const OPCO_NAMES: &str = "SELECT id, name FROM opco";
/// One establishment (?1), or every establishment of a SIREN (?1 = SIREN × 100 000, ?2 the
/// last SIRET of that SIREN), in SIRET order.
pub const SIRET_RANGE: &str =
    "SELECT siret, idcc, opco, gestion FROM siret WHERE siret BETWEEN ?1 AND ?2 ORDER BY siret";
/// The SIRET table of another catalogue file, attached as `old`, copied whole.
pub const COPY_SIRET: &str = "INSERT INTO siret SELECT * FROM old.siret";
pub const OLD_HAS_SIRET: &str =
    "SELECT count(*) FROM old.sqlite_master WHERE type = 'table' AND name = 'siret'";

/// Turns a version 3 catalogue (in memory) into version 4: no joint commission known.
pub const MIGRATE_TO_4: &str = "CREATE TABLE joint_commission (idcc TEXT NOT NULL, \
     pos INTEGER NOT NULL, facts TEXT NOT NULL, PRIMARY KEY (idcc, pos)) WITHOUT ROWID;";
