//! Jekyll's EntryFilter: which files and folders a site reads.
