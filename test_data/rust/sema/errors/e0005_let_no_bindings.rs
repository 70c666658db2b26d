fn main() {
    let r: Result<u8, String> = Ok(1);
    let Ok(_) = r;
    println!("done");
}
