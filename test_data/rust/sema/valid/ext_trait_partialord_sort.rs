use std::cmp::Ordering;

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Version {
    major: u32,
    minor: u32,
    patch: u32,
}

#[derive(Debug)]
struct Player {
    name: &'static str,
    score: u32,
}

fn parse(v: &str) -> Version {
    let parts: Vec<u32> = v.split('.').map(|p| p.parse().unwrap()).collect();
    Version { major: parts[0], minor: parts[1], patch: parts[2] }
}

fn main() {
    let mut versions: Vec<Version> = ["1.10.0", "1.2.3", "0.9.9", "1.2.10"].iter().map(|s| parse(s)).collect();
    versions.sort();
    for v in &versions {
        println!("{}.{}.{}", v.major, v.minor, v.patch);
    }
    println!("max = {:?}", versions.iter().max());
    println!("cmp: {:?}", parse("2.0.0").cmp(&parse("1.99.99")));
    let mut players = vec![
        Player { name: "zoe", score: 70 },
        Player { name: "al", score: 95 },
        Player { name: "max", score: 70 },
    ];
    players.sort_by(|a, b| match b.score.cmp(&a.score) {
        Ordering::Equal => a.name.cmp(b.name),
        other => other,
    });
    for p in &players {
        println!("{:<4} {}", p.name, p.score);
    }
}
