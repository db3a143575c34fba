//! The opmq catalogue format, shared by the `opmq` crate, its build script (which compiles
//! `data/` into the bundled SQLite catalogue) and the benchmark generator: the records as
//! `data/` spells them ([`record`], [`text`]), every SQL statement ([`sql`]), the writer
//! ([`write`]) and text folding ([`fold`]).

pub mod fold;
pub mod record;
pub mod sql;
pub mod text;
pub mod write;
