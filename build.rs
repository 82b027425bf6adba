//! Gathers each language's `.ftl` files from `locales/` into one resource, so
//! that adding a file needs no code change.

use std::fs;
use std::path::Path;

fn main() {
    println!("cargo::rerun-if-changed=locales");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for tag in ["es-MX", "en"] {
        let dir = Path::new("locales").join(tag);
        let mut files: Vec<_> = fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|entry| entry.expect("readable locale folder").path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
            .collect();
        files.sort();
        let joined: String = files
            .iter()
            .map(|path| fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display())) + "\n")
            .collect();
        fs::write(Path::new(&out).join(format!("{tag}.ftl")), joined).expect("OUT_DIR is writable");
    }
}
