fn log(message: &str) {
    println!("[log] {}", message);
}

fn do_nothing() {}

fn returns_unit_explicitly() -> () {
    ()
}

fn main() {
    let a = log("starting");
    let b = do_nothing();
    let c = returns_unit_explicitly();
    println!("{:?} {:?} {:?}", a, b, c);
    println!("a == b: {}", a == b);
    println!("size_of::<()>() = {}", std::mem::size_of::<()>());
    let block_value = {
        let x = 3;
        println!("inside the block: {}", x * 2);
    };
    println!("a block ending in `;` gives {:?}", block_value);
    let results: Vec<()> = vec![(), (), ()];
    println!("{} units: {:?}", results.len(), results);
}
