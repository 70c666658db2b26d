fn progress_bar(done: usize, total: usize) {
    let width = 20;
    let filled = done * width / total;
    print!("[");
    for i in 0..width {
        print!("{}", if i < filled { '=' } else { ' ' });
    }
    println!("] {:>3}%", done * 100 / total);
}

fn main() {
    print!("no newline, ");
    print!("still the same line");
    println!();
    for done in [0, 5, 10, 15, 20] {
        progress_bar(done, 20);
    }
    let s = format!("{}-{}", "joined", 42);
    println!("{}", s);
    let mut table: Vec<String> = Vec::new();
    for i in 1..=3 {
        table.push(format!("{i}x{i}={}", i * i));
    }
    println!("{}", table.join(", "));
    let mut buf = String::new();
    use std::fmt::Write;
    write!(buf, "written {}", 1).unwrap();
    writeln!(buf, " and {}", 2).unwrap();
    print!("{}", buf);
    eprintln!("this line goes to stderr");
}
