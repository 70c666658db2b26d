fn main() {
    let mut v: Vec<i32> = Vec::new();
    for i in 1..=5 {
        v.push(i * i);
    }
    println!("v = {:?}, len = {}", v, v.len());
    println!("v[2] = {}, get(10) = {:?}", v[2], v.get(10));
    let last = v.pop();
    println!("popped {:?}, now {:?}", last, v);
    v.insert(0, -1);
    let removed = v.remove(2);
    println!("removed {} -> {:?}", removed, v);
    v.extend_from_slice(&[7, 8, 9]);
    println!("extended: {:?}", v);
    let mut odd = Vec::new();
    for x in &v {
        if x % 2 != 0 {
            odd.push(*x);
        }
    }
    v = odd;
    println!("odd only: {:?}", v);
    v.truncate(2);
    println!("truncated: {:?}", v);
    let mut grid: Vec<Vec<char>> = Vec::new();
    for r in 0..3 {
        let mut row = Vec::new();
        for c in 0..4 {
            row.push(if (r + c) % 2 == 0 { '#' } else { '.' });
        }
        grid.push(row);
    }
    for row in &grid {
        let mut line = String::new();
        for &c in row {
            line.push(c);
        }
        println!("{}", line);
    }
    println!("is_empty: {}, contains 1: {}", v.is_empty(), v.contains(&1));
}
