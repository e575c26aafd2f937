//! Embeds every locale under `../i18n/locales/` in the binary: translators add a folder and
//! nothing else. Each locale's `status.toml` supplies its review status.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../i18n/locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut locales: Vec<_> = std::fs::read_dir(&root)
        .expect("i18n/locales exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.is_dir())
        .collect();
    locales.sort();

    let mut out = String::from("pub(crate) static EMBEDDED: &[EmbeddedLocale] = &[\n");
    for dir in locales {
        let id = dir.file_name().unwrap().to_string_lossy().into_owned();
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        let status = std::fs::read_to_string(dir.join("status.toml")).unwrap_or_default();
        let flag = |key: &str, default: bool| -> bool {
            status
                .lines()
                .filter_map(|l| l.split_once('='))
                .find(|(k, _)| k.trim() == key)
                .map_or(default, |(_, v)| v.trim() == "true")
        };
        write!(
            out,
            "    EmbeddedLocale {{ id: {id:?}, reviewed: {}, machine_drafted: {}, files: &[",
            flag("reviewed", false),
            flag("machine_drafted", false)
        )
        .unwrap();
        for file in files {
            let name = file.file_name().unwrap().to_string_lossy().into_owned();
            let abs = file.canonicalize().unwrap();
            write!(out, "({name:?}, include_str!({:?})), ", abs.display().to_string()).unwrap();
        }
        out.push_str("] },\n");
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("locales.rs");
    std::fs::write(dest, out).unwrap();
}
