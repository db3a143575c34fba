//! `--json FIELD,FIELD`: keep only some top-level fields of each JSON record, in the order
//! asked (as gh does). The valid fields of a command are those of its record kind, so an
//! unknown field is refused before the catalogue is read.

use crate::error::{Error, Result};
use crate::message::Message;
use crate::model::{
    Branch, BranchCard, Contact, Coverage, Export, Info, NafAnswer, Observatory, Opco, OpcoCard,
    Paths, RefreshReport, SearchHit, SiretAnswer, Violation,
};
use serde::Serialize;
use serde_json::Value;

/// The kinds of record commands print: a new kind is one variant here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordKind {
    Observatory,
    Contact,
    Branch,
    BranchCard,
    Opco,
    OpcoCard,
    SearchHit,
    Info,
    Coverage,
    Violation,
    Export,
    Paths,
    NafAnswer,
    RefreshReport,
    SiretAnswer,
}

impl RecordKind {
    const ALL: [RecordKind; 15] = [
        RecordKind::Observatory,
        RecordKind::Contact,
        RecordKind::Branch,
        RecordKind::BranchCard,
        RecordKind::Opco,
        RecordKind::OpcoCard,
        RecordKind::SearchHit,
        RecordKind::Info,
        RecordKind::Coverage,
        RecordKind::Violation,
        RecordKind::Export,
        RecordKind::Paths,
        RecordKind::NafAnswer,
        RecordKind::RefreshReport,
        RecordKind::SiretAnswer,
    ];

    /// The top-level JSON fields of one record of this kind.
    #[must_use]
    pub fn fields(self) -> Vec<String> {
        match self {
            RecordKind::Observatory => keys::<Observatory>(),
            RecordKind::Contact => keys::<Contact>(),
            RecordKind::Branch => keys::<Branch>(),
            RecordKind::BranchCard => keys::<BranchCard>(),
            RecordKind::Opco => keys::<Opco>(),
            RecordKind::OpcoCard => keys::<OpcoCard>(),
            RecordKind::SearchHit => keys::<SearchHit>(),
            RecordKind::Info => keys::<Info>(),
            RecordKind::Coverage => keys::<Coverage>(),
            RecordKind::Violation => keys::<Violation>(),
            RecordKind::Export => keys::<Export>(),
            RecordKind::Paths => keys::<Paths>(),
            RecordKind::NafAnswer => keys::<NafAnswer>(),
            RecordKind::RefreshReport => keys::<RefreshReport>(),
            RecordKind::SiretAnswer => keys::<SiretAnswer>(),
        }
    }
}

/// The top-level keys of `T`'s JSON form, in declaration order (serde_json keeps it).
fn keys<T: Serialize + Default>() -> Vec<String> {
    match serde_json::to_value(T::default()) {
        Ok(Value::Object(map)) => map.keys().cloned().collect(),
        _ => Vec::new(),
    }
}

/// Every field any command has: what `--json` may be followed by (see `cli::normalise`).
pub fn all_fields() -> std::collections::BTreeSet<String> {
    RecordKind::ALL.iter().flat_map(|k| k.fields()).collect()
}

/// Parses `id,name` into field names of `kind`; refuses unknown ones, listing the valid
/// fields.
pub fn parse(list: &str, kind: RecordKind) -> Result<Vec<String>> {
    let valid = kind.fields();
    let asked: Vec<String> = list
        .split(',')
        .map(|f| f.trim().to_owned())
        .filter(|f| !f.is_empty())
        .collect();
    if asked.is_empty() {
        return Err(Error::Usage(Message::JsonNeedsFields {
            valid: valid.clone(),
        }));
    }
    if let Some(bad) = asked.iter().find(|f| !valid.contains(f)) {
        return Err(Error::Usage(Message::UnknownJsonField {
            field: bad.clone(),
            valid: valid.clone(),
        }));
    }
    Ok(asked)
}

/// A record's JSON with only `fields` kept, in the asked order.
pub fn pick<T: Serialize>(record: &T, fields: &[String]) -> Result<Value> {
    let mut map = match serde_json::to_value(record)? {
        Value::Object(map) => map,
        _ => serde_json::Map::new(),
    };
    Ok(Value::Object(
        fields
            .iter()
            .map(|f| (f.clone(), map.remove(f).unwrap_or(Value::Null)))
            .collect(),
    ))
}
