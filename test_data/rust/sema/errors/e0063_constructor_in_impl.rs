struct Account {
    owner: String,
    balance: i64,
}

impl Account {
    fn new(owner: &str) -> Self {
        Self { owner: owner.to_string() }
    }
}

fn main() {
    let a = Account::new("kim");
    println!("{} {}", a.owner, a.balance);
}
