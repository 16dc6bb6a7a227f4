//! Whole documents, each expectation checked against Ruby.
