fn main() {
    let pi = 3.14159265358979;
    println!("[{}]", pi);
    println!("[{:.2}]", pi);
    println!("[{:8.3}]", pi);
    println!("[{:>8.3}]", pi);
    println!("[{:<8.3}]", pi);
    println!("[{:^8.3}]", pi);
    println!("[{:+.1}]", pi);
    println!("[{:08.2}]", -pi);
    println!("[{:>10}]", "right");
    println!("[{:<10}]", "left");
    println!("[{:^10}]", "mid");
    println!("[{:*^11}]", "star");
    println!("[{:->6}]", 42);
    println!("[{:5}] [{:<5}] [{:05}]", 42, 42, 42);
    let width = 12;
    let precision = 4;
    println!("[{:width$.precision$}]", pi);
    println!("[{:>1$}]", "dyn", width);
    println!("[{:.*}]", 1, pi);
    println!("[{:.3}]", "truncated");
    println!("{{literal braces}}");
    println!("{:>6}|{:>6}|{:>6}", "item", "qty", "price");
    for (item, qty, price) in [("apple", 3, 0.5), ("melon", 1, 2.75)] {
        println!("{:>6}|{:>6}|{:>6.2}", item, qty, price);
    }
}
