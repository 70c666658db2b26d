use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug)]
struct Account {
    owner: String,
    balance: i64,
}

fn main() {
    let shared = Rc::new(RefCell::new(Account { owner: "joint".to_string(), balance: 100 }));
    let alice = Rc::clone(&shared);
    let bob = Rc::clone(&shared);
    println!("strong count = {}", Rc::strong_count(&shared));
    alice.borrow_mut().balance += 50;
    bob.borrow_mut().balance -= 30;
    {
        let acc = shared.borrow();
        println!("{} balance = {}", acc.owner, acc.balance);
    }
    drop(alice);
    println!("strong count after drop = {}", Rc::strong_count(&shared));
    let r1 = shared.borrow();
    let r2 = shared.borrow();
    println!("two shared borrows: {} {}", r1.balance, r2.owner);
    println!("try_borrow_mut while borrowed: {}", shared.try_borrow_mut().is_err());
    drop(r1);
    drop(r2);
    println!("try_borrow_mut after: {}", shared.try_borrow_mut().is_ok());
    println!("{:?}", bob);
}
