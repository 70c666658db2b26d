fn log_line(line: String) {
    println!("{}", line);
}

fn main() {
    let message = String::from("tick");
    for _ in 0..3 {
        log_line(message);
    }
}
