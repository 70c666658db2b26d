fn main() {
    let r: Result<Option<u8>, String> = Ok(None);
    match r {
        Ok(Some(v)) => println!("value {}", v),
        Err(e) => println!("error {}", e),
    }
}
