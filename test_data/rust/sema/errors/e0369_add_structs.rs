struct Money {
    cents: i64,
}

fn main() {
    let a = Money { cents: 150 };
    let b = Money { cents: 275 };
    let total = a + b;
    println!("{}", total.cents);
}
