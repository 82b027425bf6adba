//! Embeds the seed's folders of JSON files (`seed/services/*.json`, one per
//! agency; `seed/forms/*.json`, one per online procedure; `seed/content/*.json`,
//! what each agency published) each as one JSON list, and the files attached
//! to that content (`seed/content/files/`), so adding a file needs no code.

use std::fs;
use std::path::Path;

fn main() {
    bundle("services");
    bundle("forms");
    bundle("content");
    attachments("content/files");
}

/// Writes `OUT_DIR/attachments.rs`: each file of the folder by name, as bytes.
fn attachments(folder: &str) {
    let entries: String = seed_files(folder)
        .iter()
        .map(|path| {
            let name = path.file_name().expect("a file name").to_string_lossy();
            let absolute = fs::canonicalize(path).expect("a seed file");
            format!(
                "    ({name:?}, include_bytes!({:?})),\n",
                absolute.display().to_string()
            )
        })
        .collect();
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("attachments.rs");
    fs::write(out, format!("&[\n{entries}]")).expect("OUT_DIR is writable");
}

/// Writes `OUT_DIR/<folder>.json`: the list of the folder's files' contents.
fn bundle(folder: &str) {
    let lists: Vec<String> = seed_files(folder)
        .iter()
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .map(|path| fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
        .collect();
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join(format!("{folder}.json"));
    fs::write(out, format!("[{}]", lists.join(",\n"))).expect("OUT_DIR is writable");
}

/// The files of `seed/<folder>`, by name, watched for changes.
fn seed_files(folder: &str) -> Vec<std::path::PathBuf> {
    let dir = Path::new("seed").join(folder);
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("readable seed folder").path())
        .collect();
    files.sort();
    files
}
