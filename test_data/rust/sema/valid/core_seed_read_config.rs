use std::fs;

fn read_config() -> Result<String, std::io::Error> {
    let content = fs::read_to_string("config.toml")?;
    Ok(content)
}

fn main() {
    match read_config() {
        Ok(cfg) => println!("Config: {}", cfg),
        Err(e) => eprintln!("Error: {}", e),
    }
}
