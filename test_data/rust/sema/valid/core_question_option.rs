struct Config {
    name: Option<String>,
    port: Option<u16>,
}

fn first_char_upper(s: &str) -> Option<char> {
    let c = s.chars().next()?;
    Some(c.to_ascii_uppercase())
}

fn address(cfg: &Config) -> Option<String> {
    let name = cfg.name.as_ref()?;
    let port = cfg.port?;
    Some(format!("{}:{}", name, port))
}

fn main() {
    println!("{:?}", first_char_upper("rust"));
    println!("{:?}", first_char_upper(""));
    let full = Config { name: Some("localhost".to_string()), port: Some(7878) };
    let no_port = Config { name: Some("example".to_string()), port: None };
    let nothing = Config { name: None, port: Some(80) };
    for cfg in [&full, &no_port, &nothing] {
        match address(cfg) {
            Some(a) => println!("address: {}", a),
            None => println!("incomplete config"),
        }
    }
}
