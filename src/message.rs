//! Every message opmq writes on stderr (errors, warnings, summaries), typed: one variant per
//! message, carrying its parts (ids, inputs, counts, paths, nested reasons), and written in
//! English or French from those parts. A new message is a new variant here with both texts.
//!
//! Inputs are carried as the user typed them (already shortened where the message says so)
//! and quoted when written. Text that comes from elsewhere (clap, SQLite, serde, the system,
//! a file-format reason from a parser) is carried as a part and written as it is.

use crate::i18n::Lang;
use crate::model::Entity;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    // ---- names and queries
    /// An empty name where a record of `entity` was asked for.
    EmptyName {
        entity: Entity,
    },
    /// No record of `entity` is named `input`.
    NoMatch {
        entity: Entity,
        input: String,
    },
    /// `input` names `count` records of `entity`.
    Ambiguous {
        entity: Entity,
        input: String,
        count: usize,
    },
    /// The filters keep no record of `entity`.
    NoMatchForFilters {
        entity: Entity,
    },
    /// `opmq search` found nothing (no input given).
    NothingMatches,
    /// `opmq search` found nothing for `input`.
    NothingMatchesInput {
        input: String,
    },
    /// No branch title matches the words of `input`.
    NoBranchTitle {
        input: String,
    },
    /// `input` has no word to search for.
    NoWords {
        input: String,
    },
    /// `input` was meant as an IDCC and is not one.
    NotAnIdcc {
        input: String,
    },
    /// A code that names no convention (9999, 5100…), with its meaning in both languages.
    NotAnAgreement {
        code: String,
        meaning: Box<Bilingual>,
        source: String,
    },
    /// No such IDCC; `dares` when the card says which list the catalogue has.
    UnknownIdcc {
        idcc: String,
        dares: bool,
    },
    /// No observatory has this id.
    NoObservatoryId {
        id: String,
    },
    /// No OPCO has the id a name resolved to.
    NoSuchOpco,
    /// A former OPCA whose branches went to one OPCO (a notice: the OPCO is answered).
    FormerOpca {
        name: String,
        successor: String,
        source: String,
    },
    /// A former OPCA whose branches went to OPCO the catalogue does not list.
    FormerOpcaSplit {
        name: String,
        source: String,
    },
    /// A former OPCA whose branches went to `count` OPCO (listed as candidates).
    FormerOpcaMany {
        name: String,
        count: usize,
    },
    // ---- APE and SIRET
    NotAnApe {
        input: String,
    },
    NoNafTable,
    ApeNotInTable {
        ape: String,
    },
    NoSiroTable,
    NotASiret {
        input: String,
    },
    SiretTooLong {
        input: String,
    },
    SiretCheckDigit {
        siret: String,
    },
    SirenCheckDigit {
        siren: String,
    },
    WrongDigitCount {
        input: String,
        digits: usize,
    },
    SiretNotInTable {
        siret: String,
    },
    SirenNotInTable {
        siren: String,
    },
    NoColumn {
        file: String,
        column: String,
        columns: Vec<String>,
    },
    // ---- command line, config and output
    /// An argument longer than `max` bytes.
    ArgumentTooLong {
        len: usize,
        max: usize,
    },
    /// clap refused the command line; `clap` is its English text (up to the usage block).
    Arguments {
        clap: String,
        kind: Box<ArgumentError>,
        json_hint: bool,
    },
    JsonNeedsFields {
        valid: Vec<String>,
    },
    UnknownJsonField {
        field: String,
        valid: Vec<String>,
    },
    FieldsNeedJson,
    VcardOnlyContacts,
    SqliteOnlyExport,
    HtmlOnlyExport,
    SqliteWholeCatalogue,
    SqliteToTerminal,
    FileExists {
        path: String,
    },
    CannotWrite {
        path: String,
        why: String,
    },
    CannotRead {
        path: String,
        why: String,
    },
    ConfigUnreadable {
        path: String,
        why: String,
    },
    ConfigInvalid {
        path: String,
        why: String,
    },
    ConfigNotOneOf {
        path: String,
        key: &'static str,
        value: String,
        valid: Vec<String>,
    },
    ConfigFormatForOneCommand {
        path: String,
        format: String,
    },
    // ---- catalogue files
    CatalogueMissing {
        path: String,
    },
    NotACatalogue {
        path: String,
        why: String,
    },
    Truncated {
        path: String,
        len: u64,
        expected: u64,
    },
    SchemaVersion {
        path: String,
        found: i64,
        reads: i64,
    },
    NoSchemaVersion {
        path: String,
    },
    /// Rows refer to a `what` (IDCC…) `id` the catalogue does not hold.
    DanglingReference {
        what: String,
        id: String,
    },
    /// SQLite read a value it could not convert (`why` from the reader).
    Inconsistent {
        why: String,
    },
    QueryFailed {
        why: String,
    },
    Json {
        why: String,
    },
    Csv {
        why: String,
    },
    RulesBroken {
        count: usize,
        catalogue: String,
    },
    /// A user catalogue that could not be opened, skipped for the bundled one.
    IgnoredUserCatalogue {
        why: Box<Message>,
    },
    // ---- import and refresh
    CannotImport {
        file: String,
        why: String,
    },
    CannotRemove {
        path: String,
        why: String,
    },
    NoDataDir,
    RefreshOwnCatalogue,
    RefreshNotRead,
    VintageNotDate {
        input: String,
    },
    VintageNotMonth {
        input: String,
    },
    EditionNotMonth {
        input: String,
    },
    NoEditionInDaresName,
    NoEditionInSiroName {
        name: String,
    },
    UserCatalogueUnreadable {
        why: Box<Message>,
    },
    RefusedFile {
        file: String,
        why: String,
    },
    Refreshed {
        catalogue: String,
        file: String,
        rows: u64,
        changes: usize,
    },
    /// Text from elsewhere (a system error) with no words of opmq's.
    External(String),
}

/// A text the catalogue holds in both languages (the meaning of a placeholder code).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bilingual {
    pub en: String,
    pub fr: String,
}

/// What kind of command line clap refused, with the parts a French message needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArgumentError {
    UnknownArgument {
        arg: String,
    },
    InvalidValue {
        value: String,
        arg: String,
        valid: Vec<String>,
    },
    UnknownSubcommand {
        name: String,
    },
    /// Anything else: clap's English is all there is.
    Other,
}

/// `n` and the singular or plural form.
fn count<N: std::fmt::Display + PartialEq + From<u8>>(n: &N, one: &str, many: &str) -> String {
    let word = if *n == N::from(1) { one } else { many };
    format!("{n} {word}")
}

/// The French name of an entity with its article for "no X matches": (aucun(e), noun).
fn fr_entity(entity: Entity) -> (&'static str, &'static str, &'static str) {
    // (negative article, singular, plural)
    match entity {
        Entity::Observatory => ("aucun", "observatoire", "observatoires"),
        Entity::Branch => ("aucune", "branche", "branches"),
        Entity::Opco => ("aucun", "OPCO", "OPCO"),
    }
}

impl Message {
    /// The message in `lang`.
    #[must_use]
    pub fn text(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.english(),
            Lang::Fr => self.french(),
        }
    }

    #[allow(clippy::too_many_lines)]
    fn english(&self) -> String {
        use Message as M;
        match self {
            M::EmptyName { entity } => {
                format!("empty {entity} name: give an id, an acronym or words")
            }
            M::NoMatch { entity, input } => format!("no {entity} matches {input:?}"),
            M::Ambiguous {
                entity,
                input,
                count,
            } => format!("{input:?} matches {count} {entity} records; be more precise"),
            M::NoMatchForFilters { entity } => format!("no {entity} matches these filters"),
            M::NothingMatches => "nothing matches".into(),
            M::NothingMatchesInput { input } => format!("nothing matches {input:?}"),
            M::NoBranchTitle { input } => format!("no branch title matches {input:?}"),
            M::NoWords { input } => format!("{input:?} has no words to search for"),
            M::NotAnIdcc { input } => format!(
                "{input:?} is not an IDCC: give 1 to 4 digits (16, 0016), a 5-digit DSN code starting with 0 (02609), optionally after \"IDCC\", \"n°\", \"CCN\" or \"convention collective\" (\"IDCC : 16\", \"Convention collective n° 2609\", \"2 609\", \"2609,0\")"
            ),
            M::NotAnAgreement {
                code,
                meaning,
                source,
            } => format!(
                "{code} is not a collective agreement: {} (source: {source})",
                meaning.en
            ),
            M::UnknownIdcc { idcc, dares: false } => format!("no IDCC {idcc} in the catalogue"),
            M::UnknownIdcc { idcc, dares: true } => {
                format!("no IDCC {idcc} in the catalogue (DARES list of June 2026)")
            }
            M::NoObservatoryId { id } => format!("no observatory with id {id:?}"),
            M::NoSuchOpco => "no such OPCO".into(),
            M::FormerOpca {
                name,
                successor,
                source,
            } => format!(
                "{name} is a former OPCA, replaced by the OPCO in 2019: its branches went to {successor} (source: {source})"
            ),
            M::FormerOpcaSplit { name, source } => format!(
                "{name} is a former OPCA, replaced by the OPCO in 2019; its branches went to several OPCO: look up your branch with `opmq branch` (source: {source})"
            ),
            M::FormerOpcaMany { name, count } => format!(
                "{name} is a former OPCA, replaced by the OPCO in 2019: its branches went to {count} OPCO"
            ),
            M::NotAnApe { input } => format!(
                "{input:?} is not an APE code: give 4 digits and a letter, e.g. 6202A or 62.02A"
            ),
            M::NoNafTable => "no APE → IDCC table in your catalogue: download the DARES \
                \"table de passage APE → IDCC\" (dares.travail-emploi.gouv.fr, portraits \
                statistiques de branches professionnelles), then run `opmq refresh naf FILE.xlsx`"
                .into(),
            M::ApeNotInTable { ape } => format!(
                "APE {ape} is not in the APE → IDCC table (DARES omits codes under statistical \
                 secrecy or mostly outside branch conventions)"
            ),
            M::NoSiroTable => "no SIRET table in your catalogue: download France compétences' \
                \"Table SIRET-OPCO\" (siro-AAAAMM.csv, data.gouv.fr, dataset table-siret-opco), \
                then run `opmq refresh siro FILE.csv`"
                .into(),
            M::NotASiret { input } => format!(
                "{input:?} is not a SIRET: give 14 digits (or a SIREN: 9 digits), spaces allowed"
            ),
            M::SiretTooLong { input } => format!("{input:?} is too long"),
            M::SiretCheckDigit { siret } => {
                format!("SIRET {siret} fails its check digit (Luhn key): a typing error?")
            }
            M::SirenCheckDigit { siren } => {
                format!("SIREN {siren} fails its check digit (Luhn key): a typing error?")
            }
            M::WrongDigitCount { input, digits } => {
                format!("{input:?} has {digits} digits: a SIRET has 14, a SIREN 9")
            }
            M::SiretNotInTable { siret } => {
                format!("SIRET {siret} is not in the SIRO table of your catalogue")
            }
            M::SirenNotInTable { siren } => {
                format!("SIREN {siren}: no establishment in the SIRO table of your catalogue")
            }
            M::NoColumn {
                file,
                column,
                columns,
            } => format!(
                "{file} has no column {column:?}; columns: {}",
                columns.join(", ")
            ),
            M::ArgumentTooLong { len, max } => {
                format!("an argument is {len} bytes long; at most {max} are accepted")
            }
            M::Arguments {
                clap, json_hint, ..
            } => {
                let hint = if *json_hint {
                    "; to keep some JSON fields write --json=FIELD,FIELD"
                } else {
                    ""
                };
                format!("{clap}{hint} (see opmq --help)")
            }
            M::JsonNeedsFields { valid } => format!(
                "--json= needs field names; valid fields: {}",
                valid.join(", ")
            ),
            M::UnknownJsonField { field, valid } => format!(
                "unknown JSON field '{field}'; valid fields: {}",
                valid.join(", ")
            ),
            M::FieldsNeedJson => {
                "choosing fields (--json FIELD,FIELD) works with JSON and NDJSON only".into()
            }
            M::VcardOnlyContacts => "--format vcard is for `opmq contacts` only".into(),
            M::SqliteOnlyExport => "--format sqlite is only for `opmq export`".into(),
            M::HtmlOnlyExport => "--format html is only for `opmq export`".into(),
            M::SqliteWholeCatalogue => {
                "a SQLite export is always the whole catalogue: drop the filters".into()
            }
            M::SqliteToTerminal => {
                "refusing to write a SQLite file to the terminal: add --output FILE".into()
            }
            M::FileExists { path } => format!("{path} already exists; add --force to replace it"),
            M::CannotWrite { path, why } => format!("cannot write {path}: {why}"),
            M::CannotRead { path, why } => format!("cannot read {path}: {why}"),
            M::ConfigUnreadable { path, why } => format!("config file {path}: {why}"),
            M::ConfigInvalid { path, why } => {
                format!("config file {path}: {why} (keys: format, lang, color, ascii)")
            }
            M::ConfigNotOneOf {
                path,
                key,
                value,
                valid,
            } => format!(
                "config file {path}: {key} = \"{value}\" is not one of {}",
                valid.join(", ")
            ),
            M::ConfigFormatForOneCommand { path, format } => format!(
                "config file {path}: format = \"{format}\" only makes sense for one command; give it there"
            ),
            M::CatalogueMissing { path } => format!("catalogue {path} does not exist"),
            M::NotACatalogue { path, why } => format!("{path} is not an opmq catalogue: {why}"),
            M::Truncated {
                path,
                len,
                expected,
            } => format!("{path} is truncated ({len} of {expected} bytes)"),
            M::SchemaVersion { path, found, reads } => {
                format!("{path} has schema version {found}; this opmq reads version {reads}")
            }
            M::NoSchemaVersion { path } => format!("{path} has no schema version"),
            M::DanglingReference { what, id } => format!(
                "the catalogue is inconsistent: rows refer to {what} {id:?}, which it does not hold (run opmq check)"
            ),
            M::Inconsistent { why } => format!("the catalogue is inconsistent: {why}"),
            M::QueryFailed { why } => format!("catalogue query failed: {why}"),
            M::Json { why } => format!("JSON: {why}"),
            M::Csv { why } => format!("CSV: {why}"),
            M::RulesBroken { count, catalogue } => {
                format!("{count} rule(s) broken in catalogue {catalogue}")
            }
            M::IgnoredUserCatalogue { why } => format!(
                "warning: ignoring the user catalogue ({}); using the bundled one \
                 (`opmq import --reset` removes it)",
                why.english()
            ),
            M::CannotImport { file, why } => {
                format!("{file} cannot be imported: {why}; nothing was changed")
            }
            M::CannotRemove { path, why } => format!("cannot remove {path}: {why}"),
            M::NoDataDir => {
                "no data directory: set HOME or OPMQ_DATA_DIR to import a catalogue".into()
            }
            M::RefreshOwnCatalogue => {
                "refresh updates your own catalogue: drop --catalogue (and OPMQ_CATALOGUE)".into()
            }
            M::RefreshNotRead => "refresh writes your own catalogue, not the one read".into(),
            M::VintageNotDate { input } => {
                format!("--vintage {input:?} is not a date written YYYY-MM-DD")
            }
            M::VintageNotMonth { input } => format!("--vintage {input:?} is not YYYY-MM"),
            M::EditionNotMonth { input } => {
                format!("--edition {input:?} is not a month written YYYY-MM")
            }
            M::NoEditionInDaresName => "the file name does not say which month it is (DARES \
                names it …_Juin2026.xlsx): add --edition YYYY-MM"
                .into(),
            M::NoEditionInSiroName { name } => format!(
                "{name}: the file name carries no YYYYMM edition (siro-202606.csv); give --vintage YYYY-MM"
            ),
            M::UserCatalogueUnreadable { why } => format!(
                "your catalogue is unreadable ({}); `opmq import --reset` removes it; \
                 nothing was changed",
                why.english()
            ),
            M::RefusedFile { file, why } => format!("{file}: {why}; nothing was changed"),
            M::Refreshed {
                catalogue,
                file,
                rows,
                changes,
            } => format!("{catalogue} updated from {file}: {rows} rows read, {changes} change(s)"),
            M::External(text) => text.clone(),
        }
    }

    #[allow(clippy::too_many_lines)]
    fn french(&self) -> String {
        use Message as M;
        match self {
            M::EmptyName { entity } => format!(
                "nom vide ({}) : donnez un identifiant, un sigle ou des mots",
                fr_entity(*entity).1
            ),
            M::NoMatch { entity, input } => {
                let (none, noun, _) = fr_entity(*entity);
                format!("{none} {noun} ne correspond à {input:?}")
            }
            M::Ambiguous {
                entity,
                input,
                count: n,
            } => {
                let (_, one, many) = fr_entity(*entity);
                format!("{input:?} désigne {} ; précisez", count(n, one, many))
            }
            M::NoMatchForFilters { entity } => {
                let (none, noun, _) = fr_entity(*entity);
                format!("{none} {noun} ne correspond à ces filtres")
            }
            M::NothingMatches => "aucun résultat".into(),
            M::NothingMatchesInput { input } => format!("aucun résultat pour {input:?}"),
            M::NoBranchTitle { input } => {
                format!("aucun titre de branche ne correspond à {input:?}")
            }
            M::NoWords { input } => format!("{input:?} ne contient aucun mot à chercher"),
            M::NotAnIdcc { input } => format!(
                "{input:?} n'est pas un IDCC : donnez 1 à 4 chiffres (16, 0016), un code DSN à 5 chiffres commençant par 0 (02609), précédés ou non de \"IDCC\", \"n°\", \"CCN\" ou \"convention collective\" (\"IDCC : 16\", \"Convention collective n° 2609\", \"2 609\", \"2609,0\")"
            ),
            M::NotAnAgreement {
                code,
                meaning,
                source,
            } => format!(
                "{code} n'est pas une convention collective : {} (source : {source})",
                meaning.fr
            ),
            M::UnknownIdcc { idcc, dares: false } => {
                format!("pas d'IDCC {idcc} dans le catalogue")
            }
            M::UnknownIdcc { idcc, dares: true } => {
                format!("pas d'IDCC {idcc} dans le catalogue (liste DARES de juin 2026)")
            }
            M::NoObservatoryId { id } => format!("aucun observatoire d'identifiant {id:?}"),
            M::NoSuchOpco => "OPCO inconnu".into(),
            M::FormerOpca {
                name,
                successor,
                source,
            } => format!(
                "{name} est un ancien OPCA, remplacé par les OPCO en 2019 : ses branches sont allées à {successor} (source : {source})"
            ),
            M::FormerOpcaSplit { name, source } => format!(
                "{name} est un ancien OPCA, remplacé par les OPCO en 2019 ; ses branches sont allées à plusieurs OPCO : cherchez votre branche avec `opmq branch` (source : {source})"
            ),
            M::FormerOpcaMany { name, count } => format!(
                "{name} est un ancien OPCA, remplacé par les OPCO en 2019 : ses branches sont allées à {count} OPCO"
            ),
            M::NotAnApe { input } => format!(
                "{input:?} n'est pas un code APE : donnez 4 chiffres et une lettre, par ex. 6202A ou 62.02A"
            ),
            M::NoNafTable => "pas de table APE → IDCC dans votre catalogue : téléchargez la \
                « table de passage APE → IDCC » de la DARES (dares.travail-emploi.gouv.fr, \
                portraits statistiques de branches professionnelles), puis lancez \
                `opmq refresh naf FICHIER.xlsx`"
                .into(),
            M::ApeNotInTable { ape } => format!(
                "l'APE {ape} n'est pas dans la table APE → IDCC (la DARES omet les codes sous \
                 secret statistique ou surtout hors des conventions de branche)"
            ),
            M::NoSiroTable => "pas de table SIRET dans votre catalogue : téléchargez la \
                « Table SIRET-OPCO » de France compétences (siro-AAAAMM.csv, data.gouv.fr, \
                jeu de données table-siret-opco), puis lancez `opmq refresh siro FICHIER.csv`"
                .into(),
            M::NotASiret { input } => format!(
                "{input:?} n'est pas un SIRET : donnez 14 chiffres (ou un SIREN : 9 chiffres), espaces admises"
            ),
            M::SiretTooLong { input } => format!("{input:?} est trop long"),
            M::SiretCheckDigit { siret } => format!(
                "le SIRET {siret} a une clé de contrôle fausse (clé de Luhn) : une faute de frappe ?"
            ),
            M::SirenCheckDigit { siren } => format!(
                "le SIREN {siren} a une clé de contrôle fausse (clé de Luhn) : une faute de frappe ?"
            ),
            M::WrongDigitCount { input, digits } => format!(
                "{input:?} a {} : un SIRET en a 14, un SIREN 9",
                count(digits, "chiffre", "chiffres")
            ),
            M::SiretNotInTable { siret } => {
                format!("le SIRET {siret} n'est pas dans la table SIRO de votre catalogue")
            }
            M::SirenNotInTable { siren } => format!(
                "SIREN {siren} : aucun établissement dans la table SIRO de votre catalogue"
            ),
            M::NoColumn {
                file,
                column,
                columns,
            } => format!(
                "{file} n'a pas de colonne {column:?} ; colonnes : {}",
                columns.join(", ")
            ),
            M::ArgumentTooLong { len, max } => format!(
                "un argument fait {len} octets ; {max} au plus sont acceptés"
            ),
            M::Arguments {
                clap,
                kind,
                json_hint,
            } => {
                let hint = if *json_hint {
                    " ; pour garder certains champs JSON écrivez --json=CHAMP,CHAMP"
                } else {
                    ""
                };
                let what = match kind.as_ref() {
                    ArgumentError::UnknownArgument { arg } => {
                        format!("argument inattendu '{arg}'")
                    }
                    ArgumentError::InvalidValue { value, arg, valid } if valid.is_empty() => {
                        format!("valeur invalide '{value}' pour '{arg}'")
                    }
                    ArgumentError::InvalidValue { value, arg, valid } => format!(
                        "valeur invalide '{value}' pour '{arg}' [valeurs possibles : {}]",
                        valid.join(", ")
                    ),
                    ArgumentError::UnknownSubcommand { name } => {
                        format!("sous-commande inconnue '{name}'")
                    }
                    ArgumentError::Other => format!("arguments refusés : {clap}"),
                };
                format!("{what}{hint} (voir opmq --help)")
            }
            M::JsonNeedsFields { valid } => format!(
                "--json= attend des noms de champs ; champs valides : {}",
                valid.join(", ")
            ),
            M::UnknownJsonField { field, valid } => format!(
                "champ JSON inconnu '{field}' ; champs valides : {}",
                valid.join(", ")
            ),
            M::FieldsNeedJson => {
                "le choix de champs (--json CHAMP,CHAMP) ne vaut que pour JSON et NDJSON".into()
            }
            M::VcardOnlyContacts => "--format vcard ne vaut que pour `opmq contacts`".into(),
            M::SqliteOnlyExport => "--format sqlite ne vaut que pour `opmq export`".into(),
            M::HtmlOnlyExport => "--format html ne vaut que pour `opmq export`".into(),
            M::SqliteWholeCatalogue => {
                "un export SQLite contient toujours tout le catalogue : retirez les filtres".into()
            }
            M::SqliteToTerminal => {
                "refus d'écrire un fichier SQLite dans le terminal : ajoutez --output FICHIER"
                    .into()
            }
            M::FileExists { path } => {
                format!("{path} existe déjà ; ajoutez --force pour le remplacer")
            }
            M::CannotWrite { path, why } => format!("impossible d'écrire {path} : {why}"),
            M::CannotRead { path, why } => format!("impossible de lire {path} : {why}"),
            M::ConfigUnreadable { path, why } => {
                format!("fichier de configuration {path} : {why}")
            }
            M::ConfigInvalid { path, why } => format!(
                "fichier de configuration {path} : {why} (clés : format, lang, color, ascii)"
            ),
            M::ConfigNotOneOf {
                path,
                key,
                value,
                valid,
            } => format!(
                "fichier de configuration {path} : {key} = \"{value}\" n'est pas parmi {}",
                valid.join(", ")
            ),
            M::ConfigFormatForOneCommand { path, format } => format!(
                "fichier de configuration {path} : format = \"{format}\" ne vaut que pour une commande ; donnez-le à celle-ci"
            ),
            M::CatalogueMissing { path } => format!("le catalogue {path} n'existe pas"),
            M::NotACatalogue { path, why } => {
                format!("{path} n'est pas un catalogue opmq : {why}")
            }
            M::Truncated {
                path,
                len,
                expected,
            } => format!("{path} est tronqué ({len} octets sur {expected})"),
            M::SchemaVersion { path, found, reads } => format!(
                "{path} a la version de schéma {found} ; cet opmq lit la version {reads}"
            ),
            M::NoSchemaVersion { path } => format!("{path} n'a pas de version de schéma"),
            M::DanglingReference { what, id } => format!(
                "le catalogue est incohérent : des lignes renvoient à {what} {id:?}, qu'il ne contient pas (lancez opmq check)"
            ),
            M::Inconsistent { why } => format!("le catalogue est incohérent : {why}"),
            M::QueryFailed { why } => format!("la requête au catalogue a échoué : {why}"),
            M::Json { why } => format!("JSON : {why}"),
            M::Csv { why } => format!("CSV : {why}"),
            M::RulesBroken {
                count: n,
                catalogue,
            } => format!(
                "{} dans le catalogue {catalogue}",
                count(n, "règle enfreinte", "règles enfreintes")
            ),
            M::IgnoredUserCatalogue { why } => format!(
                "attention : catalogue personnel ignoré ({}) ; le catalogue intégré est utilisé \
                 (`opmq import --reset` le supprime)",
                why.french()
            ),
            M::CannotImport { file, why } => {
                format!("{file} ne peut pas être importé : {why} ; rien n'a été modifié")
            }
            M::CannotRemove { path, why } => format!("impossible de supprimer {path} : {why}"),
            M::NoDataDir => "pas de répertoire de données : définissez HOME ou OPMQ_DATA_DIR \
                pour importer un catalogue"
                .into(),
            M::RefreshOwnCatalogue => {
                "refresh met à jour votre propre catalogue : retirez --catalogue (et \
                 OPMQ_CATALOGUE)"
                    .into()
            }
            M::RefreshNotRead => {
                "refresh écrit votre propre catalogue, pas celui qui est lu".into()
            }
            M::VintageNotDate { input } => {
                format!("--vintage {input:?} n'est pas une date écrite AAAA-MM-JJ")
            }
            M::VintageNotMonth { input } => format!("--vintage {input:?} n'est pas AAAA-MM"),
            M::EditionNotMonth { input } => {
                format!("--edition {input:?} n'est pas un mois écrit AAAA-MM")
            }
            M::NoEditionInDaresName => "le nom du fichier ne dit pas de quel mois il est (la \
                DARES le nomme …_Juin2026.xlsx) : ajoutez --edition AAAA-MM"
                .into(),
            M::NoEditionInSiroName { name } => format!(
                "{name} : le nom du fichier ne porte pas d'édition AAAAMM (siro-202606.csv) ; donnez --vintage AAAA-MM"
            ),
            M::UserCatalogueUnreadable { why } => format!(
                "votre catalogue est illisible ({}) ; `opmq import --reset` le supprime ; \
                 rien n'a été modifié",
                why.french()
            ),
            M::RefusedFile { file, why } => format!("{file} : {why} ; rien n'a été modifié"),
            M::Refreshed {
                catalogue,
                file,
                rows,
                changes,
            } => format!(
                "{catalogue} mis à jour depuis {file} : {}, {}",
                count(rows, "ligne lue", "lignes lues"),
                count(changes, "changement", "changements")
            ),
            M::External(text) => text.clone(),
        }
    }
}

impl std::fmt::Display for Message {
    /// The English text.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.english())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(x: &str) -> String {
        x.to_owned()
    }

    /// One of each message (and of each kind of refused command line).
    #[allow(clippy::too_many_lines)]
    fn samples() -> Vec<Message> {
        use Message as M;
        let path = || s("/tmp/c.sqlite");
        let why = || s("E42");
        let args = |kind| M::Arguments {
            clap: why(),
            kind: Box::new(kind),
            json_hint: true,
        };
        vec![
            M::EmptyName {
                entity: Entity::Branch,
            },
            M::NoMatch {
                entity: Entity::Observatory,
                input: s("zz"),
            },
            M::NoMatch {
                entity: Entity::Branch,
                input: s("zz"),
            },
            M::NoMatch {
                entity: Entity::Opco,
                input: s("zz"),
            },
            M::Ambiguous {
                entity: Entity::Observatory,
                input: s("zz"),
                count: 3,
            },
            M::NoMatchForFilters {
                entity: Entity::Branch,
            },
            M::NothingMatches,
            M::NothingMatchesInput { input: s("zz") },
            M::NoBranchTitle { input: s("zz") },
            M::NoWords { input: s("--") },
            M::NotAnIdcc { input: s("-1") },
            M::NotAnAgreement {
                code: s("9999"),
                meaning: Box::new(Bilingual {
                    en: s("no convention"),
                    fr: s("sans convention"),
                }),
                source: s("DSN"),
            },
            M::UnknownIdcc {
                idcc: s("8888"),
                dares: false,
            },
            M::UnknownIdcc {
                idcc: s("8888"),
                dares: true,
            },
            M::NoObservatoryId { id: s("zz") },
            M::NoSuchOpco,
            M::FormerOpca {
                name: s("AGEFOS PME"),
                successor: s("akto"),
                source: s("https://x"),
            },
            M::FormerOpcaSplit {
                name: s("AGEFOS PME"),
                source: s("https://x"),
            },
            M::FormerOpcaMany {
                name: s("AGEFOS PME"),
                count: 4,
            },
            M::NotAnApe { input: s("62") },
            M::NoNafTable,
            M::ApeNotInTable { ape: s("6202A") },
            M::NoSiroTable,
            M::NotASiret { input: s("zz") },
            M::SiretTooLong { input: s("123") },
            M::SiretCheckDigit {
                siret: s("55210055400020"),
            },
            M::SirenCheckDigit {
                siren: s("552100553"),
            },
            M::WrongDigitCount {
                input: s("123"),
                digits: 3,
            },
            M::SiretNotInTable {
                siret: s("55210055400021"),
            },
            M::SirenNotInTable {
                siren: s("552100554"),
            },
            M::NoColumn {
                file: s("f.csv"),
                column: s("siret"),
                columns: vec![s("a"), s("b")],
            },
            M::ArgumentTooLong {
                len: 5000,
                max: 4096,
            },
            args(ArgumentError::UnknownArgument { arg: s("--zz") }),
            args(ArgumentError::InvalidValue {
                value: s("zz"),
                arg: s("--format <FORMAT>"),
                valid: vec![s("table"), s("json")],
            }),
            args(ArgumentError::UnknownSubcommand { name: s("zz") }),
            args(ArgumentError::Other),
            M::JsonNeedsFields {
                valid: vec![s("id")],
            },
            M::UnknownJsonField {
                field: s("zz"),
                valid: vec![s("id")],
            },
            M::FieldsNeedJson,
            M::VcardOnlyContacts,
            M::SqliteOnlyExport,
            M::HtmlOnlyExport,
            M::SqliteWholeCatalogue,
            M::SqliteToTerminal,
            M::FileExists { path: path() },
            M::CannotWrite {
                path: path(),
                why: why(),
            },
            M::CannotRead {
                path: path(),
                why: why(),
            },
            M::ConfigUnreadable {
                path: path(),
                why: why(),
            },
            M::ConfigInvalid {
                path: path(),
                why: why(),
            },
            M::ConfigNotOneOf {
                path: path(),
                key: "lang",
                value: s("de"),
                valid: vec![s("en"), s("fr")],
            },
            M::ConfigFormatForOneCommand {
                path: path(),
                format: s("vcard"),
            },
            M::CatalogueMissing { path: path() },
            M::NotACatalogue {
                path: path(),
                why: why(),
            },
            M::Truncated {
                path: path(),
                len: 10,
                expected: 20,
            },
            M::SchemaVersion {
                path: path(),
                found: 9,
                reads: 4,
            },
            M::NoSchemaVersion { path: path() },
            M::DanglingReference {
                what: s("IDCC"),
                id: s("8888"),
            },
            M::Inconsistent { why: why() },
            M::QueryFailed { why: why() },
            M::Json { why: why() },
            M::Csv { why: why() },
            M::RulesBroken {
                count: 2,
                catalogue: path(),
            },
            M::IgnoredUserCatalogue {
                why: Box::new(M::NoSchemaVersion { path: path() }),
            },
            M::CannotImport {
                file: path(),
                why: why(),
            },
            M::CannotRemove {
                path: path(),
                why: why(),
            },
            M::NoDataDir,
            M::RefreshOwnCatalogue,
            M::RefreshNotRead,
            M::VintageNotDate { input: s("zz") },
            M::VintageNotMonth { input: s("zz") },
            M::EditionNotMonth { input: s("zz") },
            M::NoEditionInDaresName,
            M::NoEditionInSiroName { name: s("f.csv") },
            M::UserCatalogueUnreadable {
                why: Box::new(M::NoSchemaVersion { path: path() }),
            },
            M::RefusedFile {
                file: path(),
                why: why(),
            },
            M::Refreshed {
                catalogue: path(),
                file: s("f.csv"),
                rows: 10,
                changes: 2,
            },
            M::External(why()),
        ]
    }

    /// The variant's name: the match fails to compile when a variant is added, and the test
    /// below fails until a sample of it is added too.
    fn variant(m: &Message) -> &'static str {
        use Message as M;
        match m {
            M::EmptyName { .. } => "EmptyName",
            M::NoMatch { .. } => "NoMatch",
            M::Ambiguous { .. } => "Ambiguous",
            M::NoMatchForFilters { .. } => "NoMatchForFilters",
            M::NothingMatches => "NothingMatches",
            M::NothingMatchesInput { .. } => "NothingMatchesInput",
            M::NoBranchTitle { .. } => "NoBranchTitle",
            M::NoWords { .. } => "NoWords",
            M::NotAnIdcc { .. } => "NotAnIdcc",
            M::NotAnAgreement { .. } => "NotAnAgreement",
            M::UnknownIdcc { .. } => "UnknownIdcc",
            M::NoObservatoryId { .. } => "NoObservatoryId",
            M::NoSuchOpco => "NoSuchOpco",
            M::FormerOpca { .. } => "FormerOpca",
            M::FormerOpcaSplit { .. } => "FormerOpcaSplit",
            M::FormerOpcaMany { .. } => "FormerOpcaMany",
            M::NotAnApe { .. } => "NotAnApe",
            M::NoNafTable => "NoNafTable",
            M::ApeNotInTable { .. } => "ApeNotInTable",
            M::NoSiroTable => "NoSiroTable",
            M::NotASiret { .. } => "NotASiret",
            M::SiretTooLong { .. } => "SiretTooLong",
            M::SiretCheckDigit { .. } => "SiretCheckDigit",
            M::SirenCheckDigit { .. } => "SirenCheckDigit",
            M::WrongDigitCount { .. } => "WrongDigitCount",
            M::SiretNotInTable { .. } => "SiretNotInTable",
            M::SirenNotInTable { .. } => "SirenNotInTable",
            M::NoColumn { .. } => "NoColumn",
            M::ArgumentTooLong { .. } => "ArgumentTooLong",
            M::Arguments { .. } => "Arguments",
            M::JsonNeedsFields { .. } => "JsonNeedsFields",
            M::UnknownJsonField { .. } => "UnknownJsonField",
            M::FieldsNeedJson => "FieldsNeedJson",
            M::VcardOnlyContacts => "VcardOnlyContacts",
            M::SqliteOnlyExport => "SqliteOnlyExport",
            M::HtmlOnlyExport => "HtmlOnlyExport",
            M::SqliteWholeCatalogue => "SqliteWholeCatalogue",
            M::SqliteToTerminal => "SqliteToTerminal",
            M::FileExists { .. } => "FileExists",
            M::CannotWrite { .. } => "CannotWrite",
            M::CannotRead { .. } => "CannotRead",
            M::ConfigUnreadable { .. } => "ConfigUnreadable",
            M::ConfigInvalid { .. } => "ConfigInvalid",
            M::ConfigNotOneOf { .. } => "ConfigNotOneOf",
            M::ConfigFormatForOneCommand { .. } => "ConfigFormatForOneCommand",
            M::CatalogueMissing { .. } => "CatalogueMissing",
            M::NotACatalogue { .. } => "NotACatalogue",
            M::Truncated { .. } => "Truncated",
            M::SchemaVersion { .. } => "SchemaVersion",
            M::NoSchemaVersion { .. } => "NoSchemaVersion",
            M::DanglingReference { .. } => "DanglingReference",
            M::Inconsistent { .. } => "Inconsistent",
            M::QueryFailed { .. } => "QueryFailed",
            M::Json { .. } => "Json",
            M::Csv { .. } => "Csv",
            M::RulesBroken { .. } => "RulesBroken",
            M::IgnoredUserCatalogue { .. } => "IgnoredUserCatalogue",
            M::CannotImport { .. } => "CannotImport",
            M::CannotRemove { .. } => "CannotRemove",
            M::NoDataDir => "NoDataDir",
            M::RefreshOwnCatalogue => "RefreshOwnCatalogue",
            M::RefreshNotRead => "RefreshNotRead",
            M::VintageNotDate { .. } => "VintageNotDate",
            M::VintageNotMonth { .. } => "VintageNotMonth",
            M::EditionNotMonth { .. } => "EditionNotMonth",
            M::NoEditionInDaresName => "NoEditionInDaresName",
            M::NoEditionInSiroName { .. } => "NoEditionInSiroName",
            M::UserCatalogueUnreadable { .. } => "UserCatalogueUnreadable",
            M::RefusedFile { .. } => "RefusedFile",
            M::Refreshed { .. } => "Refreshed",
            M::External(_) => "External",
        }
    }

    /// Words of English sentences that no French message should keep.
    const ENGLISH: &[&str] = &[
        "the", "is", "no", "not", "matches", "give", "your", "has", "nothing", "cannot", "warning",
        "be", "more", "and", "of", "file", "see", "an", "with", "only", "change", "rows", "read",
        "digits", "run", "drop", "add", "went", "its", "found",
    ];

    #[test]
    fn every_message_has_its_french() {
        let all = samples();
        let covered: std::collections::HashSet<&str> = all.iter().map(variant).collect();
        // One sample per variant (its name listed once in `variant`).
        let source = include_str!("message.rs");
        let enum_body = &source[source.find("pub enum Message {").unwrap()..];
        let enum_body = &enum_body[..enum_body.find("\n}\n").unwrap()];
        let declared: Vec<&str> = enum_body
            .lines()
            .filter_map(|l| l.strip_prefix("    "))
            .filter(|l| l.starts_with(|c: char| c.is_ascii_uppercase()))
            .map(|l| {
                l.split(|c: char| !c.is_ascii_alphanumeric())
                    .next()
                    .unwrap()
            })
            .collect();
        assert_eq!(declared.len(), covered.len(), "a variant has no sample");
        for m in &all {
            let en = m.text(Lang::En);
            let fr = m.text(Lang::Fr);
            assert_eq!(en, m.to_string(), "Display is the English");
            if matches!(m, Message::External(_)) {
                assert_eq!(fr, en, "text from elsewhere is shown as it is");
                continue;
            }
            assert_ne!(fr, en, "{} has no French: {en}", variant(m));
            let kept: Vec<&str> = fr
                .split(|c: char| !c.is_alphanumeric() && c != '\'')
                .filter(|w| ENGLISH.contains(w))
                .collect();
            assert!(kept.is_empty(), "English words {kept:?} in French: {fr}");
        }
    }

    #[test]
    fn french_is_written_from_the_parts() {
        let branch = Message::NoMatch {
            entity: Entity::Branch,
            input: s("zz"),
        };
        assert_eq!(
            branch.text(Lang::Fr),
            "aucune branche ne correspond à \"zz\""
        );
        assert_eq!(branch.text(Lang::En), "no branch matches \"zz\"");
        let many = |count| Message::Ambiguous {
            entity: Entity::Observatory,
            input: s("ob"),
            count,
        };
        assert_eq!(
            many(3).text(Lang::Fr),
            "\"ob\" désigne 3 observatoires ; précisez"
        );
        assert_eq!(
            many(1).text(Lang::Fr),
            "\"ob\" désigne 1 observatoire ; précisez"
        );
        let refreshed = |rows, changes| Message::Refreshed {
            catalogue: s("c"),
            file: s("f"),
            rows,
            changes,
        };
        assert_eq!(
            refreshed(1, 1).text(Lang::Fr),
            "c mis à jour depuis f : 1 ligne lue, 1 changement"
        );
        assert_eq!(
            refreshed(10, 0).text(Lang::Fr),
            "c mis à jour depuis f : 10 lignes lues, 0 changements"
        );
        assert_eq!(
            refreshed(10, 0).text(Lang::En),
            "c updated from f: 10 rows read, 0 change(s)"
        );
        // A nested reason is written in the language of the whole.
        let nested = Message::IgnoredUserCatalogue {
            why: Box::new(Message::NoSchemaVersion { path: s("p") }),
        };
        assert!(nested
            .text(Lang::Fr)
            .contains("(p n'a pas de version de schéma)"));
        // The placeholder's meaning in the language asked.
        let code = Message::NotAnAgreement {
            code: s("9999"),
            meaning: Box::new(Bilingual {
                en: s("no convention"),
                fr: s("sans convention"),
            }),
            source: s("DSN"),
        };
        assert!(code
            .text(Lang::Fr)
            .contains(": sans convention (source : DSN)"));
        assert!(code
            .text(Lang::En)
            .contains(": no convention (source: DSN)"));
    }
}
