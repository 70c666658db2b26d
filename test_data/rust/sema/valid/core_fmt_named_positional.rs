fn main() {
    println!("{0} {1} {0}", "a", "b");
    println!("{1} comes after {0}", "first", "second");
    println!("{name} is {age} years old", name = "Rosa", age = 30);
    println!("{name} again: {name}!", name = "echo");
    println!("{0:>5} | {0:<5} | {0:^5}", 7);
    println!("{value:.prec$}", value = 2.0f64.sqrt(), prec = 5);
    println!("{:?} and {0}", "mixed");
    let s = format!("{greeting}, {0}! You have {1} new {2}", "Sam", 3, "messages", greeting = "Hi");
    println!("{}", s);
    println!("{0}-{0}-{0}", "ha");
    println!("{a}{b}{a}", a = 1, b = 0);
}
