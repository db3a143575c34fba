//! opmq: an offline reference for the French branch observatories (OPMQ).
//!
//! Data flows one way: `cli` (arguments) → `plan` (a domain request and an output sink,
//! decided once) → `query` (the request answered against `store`) → `model` (plain records)
//! → `render` (one writer per format). `docs/ARCHITECTURE.md` says where things go.

pub mod cli;
pub mod config;
pub mod error;
pub mod i18n;
pub mod message;
pub mod model;
pub mod output;
pub mod plan;
pub mod query;
pub mod render;
pub mod store;

pub(crate) mod check;
pub(crate) mod coverage;
pub(crate) mod fields;
pub(crate) mod import;
pub(crate) mod location;
pub(crate) mod naf;
pub(crate) mod names;
pub(crate) mod refresh;
pub(crate) mod siret;
pub(crate) mod siro;
pub(crate) mod xlsx;

/// Text folding and IDCC parsing, shared with the build script.
pub use opmq_catalogue::fold;
pub(crate) use opmq_catalogue::{sql, text};
