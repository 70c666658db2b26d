fn swap(a: &mut i32, b: &mut i32) {
    let t = *a;
    *a = *b;
    *b = t;
}

fn push_twice(v: &mut Vec<String>, s: &str) {
    v.push(s.to_string());
    v.push(s.to_uppercase());
}

fn double_all(values: &mut [i32]) {
    for v in values.iter_mut() {
        *v *= 2;
    }
}

fn main() {
    let mut x = 1;
    let mut y = 2;
    swap(&mut x, &mut y);
    println!("x = {}, y = {}", x, y);
    let mut log = Vec::new();
    push_twice(&mut log, "start");
    push_twice(&mut log, "stop");
    println!("{:?}", log);
    let mut data = [1, 2, 3, 4];
    double_all(&mut data);
    double_all(&mut data[2..]);
    println!("{:?}", data);
    let mut total = 0;
    {
        let t = &mut total;
        *t += 5;
        *t *= 3;
    }
    println!("total = {}", total);
    let mut pair = (1, 2);
    let (a, b) = (&mut pair.0, &mut pair.1);
    *a += 10;
    *b += 20;
    println!("pair = {:?}", pair);
    std::mem::swap(&mut x, &mut total);
    println!("after mem::swap: x = {}, total = {}", x, total);
}
