//! Front matter and YAML as hyde reads them: the input is a page (front matter and
//! body) and a data file, loaded and rendered from memory.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let files = hyde::MemorySource::from_files(
        "/fuzz-site",
        [
            ("index.html", data.to_vec()),
            ("_data/fuzz.yml", data.to_vec()),
            (
                "_config.yml",
                b"defaults:\n  - scope: {path: ''}\n    values: {x: 1}\n".to_vec(),
            ),
        ],
    );
    // Errors are fine; panics, hangs and overflows are not.
    if let Ok(site) = hyde::Site::load(&hyde::BuildOptions::in_memory(files)) {
        let _ = site.render();
    }
});
