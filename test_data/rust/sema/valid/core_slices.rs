fn sum(values: &[i32]) -> i32 {
    let mut total = 0;
    for v in values {
        total += *v;
    }
    total
}

fn largest(values: &[i32]) -> Option<i32> {
    if values.is_empty() {
        return None;
    }
    let mut best = values[0];
    for &v in &values[1..] {
        if v > best {
            best = v;
        }
    }
    Some(best)
}

fn main() {
    let data = [4, 8, 15, 16, 23, 42];
    let v = vec![10, 20, 30];
    println!("sum(all) = {}", sum(&data));
    println!("sum([1..4]) = {}", sum(&data[1..4]));
    println!("sum(..2) = {}, sum(3..) = {}", sum(&data[..2]), sum(&data[3..]));
    println!("sum(vec) = {}", sum(&v));
    println!("largest = {:?}, of empty = {:?}", largest(&data), largest(&[]));
    let (left, right) = data.split_at(2);
    println!("split_at(2): {:?} {:?}", left, right);
    println!("first = {:?}, last = {:?}", data.first(), data.last());
    let mut m = [5, 3, 9, 1];
    m.sort();
    m.reverse();
    println!("sorted desc = {:?}", m);
    let s: &mut [i32] = &mut m[1..3];
    s[0] = 100;
    println!("after slice write = {:?}", m);
    println!("windows: {:?}", data.windows(2).count());
}
