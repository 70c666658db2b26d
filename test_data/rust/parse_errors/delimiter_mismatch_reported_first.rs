fn f() {
    let c = fs::read("x")?(
    Ok(c)
}

fn main() {}
