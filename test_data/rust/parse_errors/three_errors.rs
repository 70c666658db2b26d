fn a() {
    let x = ;
}

fn b() {
    f(1 2);
}

fn c() {
    let y = 1 +;
}
