//! Embeds the seed's service files (`seed/services/*.json`, one per agency)
//! as one JSON list of lists, so adding an agency's file needs no code.

use std::fs;
use std::path::Path;

fn main() {
    let dir = Path::new("seed/services");
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = fs::read_dir(dir)
        .expect("seed/services exists")
        .map(|entry| entry.expect("readable seed folder").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    files.sort();
    let lists: Vec<String> = files
        .iter()
        .map(|path| fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
        .collect();
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("services.json");
    fs::write(out, format!("[{}]", lists.join(",\n"))).expect("OUT_DIR is writable");
}
