struct Version {
    major: u32,
    minor: u32,
}

fn main() {
    let a = Version { major: 1, minor: 2 };
    let b = Version { major: 1, minor: 3 };
    if a == b {
        println!("same");
    }
    println!("{} {} {} {}", a.major, a.minor, b.major, b.minor);
}
