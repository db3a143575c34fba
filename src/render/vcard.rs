//! `opmq contacts --format vcard`: one vCard 4.0 (RFC 6350) per observatory, written by the
//! vcard4 crate, which escapes values and folds lines at 75 octets.

use super::{Record, Writer};
use crate::error::Result;
use crate::model::Contact;
use std::io::Write;

pub(super) struct Vcard<'a> {
    pub out: &'a mut dyn Write,
}

impl Writer for Vcard<'_> {
    fn write<R: Record>(&mut self, list: &[R], _one: bool) -> Result<()> {
        R::vcards(list, self.out)
    }
}
use vcard4::property::{DeliveryAddress, Kind};
use vcard4::{Uri, VcardBuilder};

/// Catalogue text made safe for a content line: no raw control characters (a CR or an ESC
/// would end or corrupt the line); newlines become spaces.
fn text(value: &str) -> String {
    super::clean(&value.replace(['\r', '\n'], " "))
}

/// The NOTE: the OPCO and the branches covered, one per line.
fn note(c: &Contact) -> String {
    let mut lines = Vec::new();
    if let Some(o) = &c.opco {
        let unconfirmed = if o.confirmed {
            ""
        } else {
            " (from the branch's 2019 OPCO, not confirmed)"
        };
        lines.push(format!("OPCO: {}{unconfirmed}", text(&o.name)));
    }
    if !c.branches.is_empty() {
        let list: Vec<String> = c
            .branches
            .iter()
            .map(|b| match &b.short_title {
                Some(t) => format!("IDCC {} {}", b.idcc, text(t)),
                None => format!("IDCC {}", b.idcc),
            })
            .collect();
        lines.push(format!("Branches: {}", list.join("; ")));
    }
    lines.push(format!("opmq id: {}", c.id));
    lines.join("\n")
}

/// Writes one vCard per contact, CRLF line ends as RFC 6350 requires.
pub(super) fn write(out: &mut dyn Write, list: &[Contact]) -> Result<()> {
    for c in list {
        let name = text(&c.name);
        let mut card = VcardBuilder::new(name.clone())
            .kind(Kind::Org)
            .org(vec![name]);
        if let Some(acronym) = &c.acronym {
            card = card.nickname(text(acronym));
        }
        if let Some(url) = c.website.as_deref().and_then(|u| u.parse::<Uri>().ok()) {
            card = card.url(url);
        }
        if let Some(email) = &c.email {
            card = card.email(text(email));
        }
        if let Some(phone) = &c.phone {
            card = card.telephone(text(phone));
        }
        if c.address.is_known() {
            card = card.address(DeliveryAddress {
                street_address: c.address.street.as_deref().map(text),
                locality: c.address.city.as_deref().map(text),
                postal_code: c.address.postcode.as_deref().map(text),
                ..Default::default()
            });
        }
        let card = card.note(note(c)).finish();
        write!(out, "{card}")?;
    }
    Ok(())
}
