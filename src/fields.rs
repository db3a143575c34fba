//! `--json FIELD,FIELD`: keep only some top-level fields of each JSON record, in the order
//! asked (as gh does). The valid fields of a command are those of its record type, so an
//! unknown field is refused even when nothing matched.

use crate::check::Violation;
use crate::coverage::Coverage;
use crate::error::{Error, Result};
use crate::model::*;
use crate::query::Output;
use serde::Serialize;
use serde_json::Value;

/// The top-level keys of `T`'s JSON form, in declaration order (serde_json keeps it).
fn keys<T: Serialize + Default>() -> Vec<String> {
    match serde_json::to_value(T::default()) {
        Ok(Value::Object(map)) => map.keys().cloned().collect(),
        _ => Vec::new(),
    }
}

/// The fields one record of this output has.
pub fn fields_of(output: &Output) -> Vec<String> {
    match output {
        Output::Observatories(_) | Output::Observatory(_) => keys::<Observatory>(),
        Output::Contacts(_) => keys::<Contact>(),
        Output::Branches(_) => keys::<Branch>(),
        Output::Branch(_) => keys::<BranchCard>(),
        Output::Opcos(_) => keys::<Opco>(),
        Output::Opco(_) => keys::<OpcoCard>(),
        Output::Search(_) => keys::<SearchHit>(),
        Output::Info(_) => keys::<Info>(),
        Output::Coverage(_) => keys::<Coverage>(),
        Output::Check(_) => keys::<Violation>(),
        Output::Export(..) => keys::<Export>(),
        Output::Paths(_) => keys::<Paths>(),
        Output::Naf(_) => keys::<NafAnswer>(),
        Output::Refresh(_) => keys::<RefreshReport>(),
    }
}

/// Every field any command has: what `--json` may be followed by (see `cli::normalise`).
pub fn all_fields() -> std::collections::BTreeSet<String> {
    [
        keys::<Observatory>(),
        keys::<Contact>(),
        keys::<Branch>(),
        keys::<BranchCard>(),
        keys::<Opco>(),
        keys::<OpcoCard>(),
        keys::<SearchHit>(),
        keys::<Info>(),
        keys::<Coverage>(),
        keys::<Violation>(),
        keys::<Export>(),
        keys::<Paths>(),
        keys::<NafAnswer>(),
        keys::<RefreshReport>(),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// Parses `id,name` into field names; refuses unknown ones, listing the valid fields.
pub fn parse(list: &str, output: &Output) -> Result<Vec<String>> {
    let valid = fields_of(output);
    let asked: Vec<String> = list
        .split(',')
        .map(|f| f.trim().to_owned())
        .filter(|f| !f.is_empty())
        .collect();
    if asked.is_empty() {
        return Err(Error::Usage(format!(
            "--json= needs field names; valid fields: {}",
            valid.join(", ")
        )));
    }
    if let Some(bad) = asked.iter().find(|f| !valid.contains(f)) {
        return Err(Error::Usage(format!(
            "unknown JSON field '{bad}'; valid fields: {}",
            valid.join(", ")
        )));
    }
    Ok(asked)
}

fn pick(record: Value, fields: &[String]) -> Value {
    let mut map = match record {
        Value::Object(map) => map,
        _ => serde_json::Map::new(),
    };
    Value::Object(
        fields
            .iter()
            .map(|f| (f.clone(), map.remove(f).unwrap_or(Value::Null)))
            .collect(),
    )
}

/// The output's JSON with only `fields` kept, in the asked order: one record, or a list.
pub fn select(output: &Output, fields: &[String]) -> Result<Value> {
    Ok(match serde_json::to_value(output)? {
        Value::Array(items) => Value::Array(items.into_iter().map(|r| pick(r, fields)).collect()),
        record => pick(record, fields),
    })
}
