//! `synth --services N --db FILE`: a synthetic catalogue of N services, for benchmarks.

fn main() {
    let mut services = 10_000;
    let mut path = String::from("synthetic.sqlite3");
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let value = args.next().unwrap_or_default();
        match flag.as_str() {
            "--services" => services = value.parse().unwrap_or_else(|_| usage()),
            "--db" => path = value,
            _ => usage(),
        }
    }
    match ventanilla_api::synthetic::generate(path.as_ref(), services) {
        Ok(count) => println!("{path}: {count} services"),
        Err(error) => {
            eprintln!("synth: {error}");
            std::process::exit(1);
        }
    }
}

fn usage() -> ! {
    eprintln!("usage: synth [--services N] [--db FILE]");
    std::process::exit(2);
}
