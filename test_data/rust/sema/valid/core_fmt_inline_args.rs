fn main() {
    let name = "deepdive";
    let version = 3;
    let ratio = 2.0f64 / 3.0;
    let items = vec![1, 2, 3];
    println!("{name} v{version}");
    println!("ratio = {ratio:.4}");
    println!("ratio = {ratio:>10.2}|");
    println!("items = {items:?}");
    println!("items = {items:#?}");
    println!("hex version = {version:#06x}");
    let width = 8;
    println!("[{name:>width$}]");
    println!("[{name:^width$}]");
    let msg = format!("{name}-{version}");
    println!("{msg}");
    let mut total = 0;
    for i in &items {
        total += i;
    }
    println!("total {total} over {} items", items.len());
}
