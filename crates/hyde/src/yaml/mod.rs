//! YAML as Jekyll (Ruby Psych) reads it.
