fn parse_all(inputs: &[&str]) -> Vec<i32> {
    let mut out = Vec::new();
    for s in inputs {
        let n: i32 = s.parse().expect("every input must be a number");
        out.push(n);
    }
    out
}

fn main() {
    println!("{:?}", parse_all(&["1", "22", "333"]));
    println!("{:?}", parse_all(&["4", "five", "6"]));
}
