//! Gathers each language's `.ftl` files from `locales/`: the ones every page
//! needs into one resource built into the app, and the names of the others,
//! which the app fetches with the pages that use them (they would otherwise
//! weigh on every first visit: a split wasm keeps all its data in the main
//! module). The server's renderer has them all from the start: the fetched
//! files are also gathered into one resource for it, with those only it
//! uses. Adding a file needs no code change.

use std::fs;
use std::path::{Path, PathBuf};

/// Files built in: the frame, the home page and the pages of finding and reading
/// (not the accessibility statement: a page of its own, and a long one).
const BUILT_IN: [&str; 2] = ["app", "find"];
/// Files only the server uses (e-mail and text messages): never fetched by the app.
const SERVER_ONLY: [&str; 2] = ["mail", "sms"];

fn main() {
    println!("cargo::rerun-if-changed=locales");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let mut fetched = Vec::new();
    for tag in ["es-MX", "en"] {
        let mut built_in = String::new();
        let mut others = String::new();
        for path in ftl_files(&Path::new("locales").join(tag)) {
            let name = path.file_stem().expect("a file name").to_string_lossy().into_owned();
            if BUILT_IN.contains(&name.as_str()) {
                built_in += &fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                built_in += "\n";
            } else {
                others += &fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                others += "\n";
                if !fetched.contains(&name) && !SERVER_ONLY.contains(&name.as_str()) {
                    fetched.push(name);
                }
            }
        }
        fs::write(out.join(format!("{tag}.ftl")), built_in).expect("OUT_DIR is writable");
        fs::write(out.join(format!("{tag}.fetched.ftl")), others).expect("OUT_DIR is writable");
    }
    fetched.sort();
    let list = format!("pub const FETCHED: [&str; {}] = {fetched:?};\n", fetched.len());
    fs::write(out.join("fetched.rs"), list).expect("OUT_DIR is writable");
}

fn ftl_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<_> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("readable locale folder").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
        .collect();
    files.sort();
    files
}
