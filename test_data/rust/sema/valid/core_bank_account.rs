use std::fmt;

#[derive(Debug, PartialEq)]
enum TxError {
    Insufficient { needed: u64, available: u64 },
    Frozen,
}

struct Account {
    owner: String,
    balance: u64,
    frozen: bool,
    history: Vec<i64>,
}

impl Account {
    fn open(owner: &str, initial: u64) -> Account {
        Account { owner: owner.to_string(), balance: initial, frozen: false, history: vec![initial as i64] }
    }

    fn deposit(&mut self, amount: u64) -> Result<u64, TxError> {
        if self.frozen {
            return Err(TxError::Frozen);
        }
        self.balance += amount;
        self.history.push(amount as i64);
        Ok(self.balance)
    }

    fn withdraw(&mut self, amount: u64) -> Result<u64, TxError> {
        if self.frozen {
            return Err(TxError::Frozen);
        }
        if amount > self.balance {
            return Err(TxError::Insufficient { needed: amount, available: self.balance });
        }
        self.balance -= amount;
        self.history.push(-(amount as i64));
        Ok(self.balance)
    }
}

impl fmt::Display for Account {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}: {} cents after {} transactions", self.owner, self.balance, self.history.len())
    }
}

fn main() {
    let mut acc = Account::open("Noor", 1_000);
    println!("{:?}", acc.deposit(250));
    println!("{:?}", acc.withdraw(2_000));
    println!("{:?}", acc.withdraw(1_200));
    acc.frozen = true;
    println!("{:?}", acc.deposit(1));
    println!("frozen error matches: {}", acc.withdraw(1) == Err(TxError::Frozen));
    println!("{}", acc);
    println!("history: {:?}", acc.history);
}
