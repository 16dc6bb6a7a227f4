//! Assigning URLs, output extensions and destinations to everything read.

use crate::converter::Converters;
use crate::error::Result;
use crate::site::Site;

/// Gives every page, document and static file its URL and output path.
pub(crate) fn assign(site: &mut Site, converters: &Converters) -> Result<()> {
    let _ = (site, converters);
    Ok(())
}
