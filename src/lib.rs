//! opmq: an offline reference for the French branch observatories (OPMQ).
//!
//! Data flows one way: `cli` (arguments) -> `query` (interpretation, against `store`) ->
//! `model` (plain records) -> `render` (tables, JSON, CSV).

pub mod check;
pub mod cli;
pub mod config;
pub mod coverage;
pub mod error;
pub mod fields;
pub mod fold;
pub mod i18n;
pub mod import;
pub mod location;
pub mod model;
pub mod naf;
pub mod output;
pub mod query;
pub mod refresh;
pub mod render;
pub mod sql;
pub mod store;
pub mod text;
pub mod vcard;
pub mod write;
pub mod xlsx;
