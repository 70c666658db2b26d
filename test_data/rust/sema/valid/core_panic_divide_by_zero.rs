fn average(total: i32, count: i32) -> i32 {
    total / count
}

fn main() {
    let groups = [(10, 2), (9, 3), (5, 0)];
    for (total, count) in groups {
        println!("average of {} over {} = {}", total, count, average(total, count));
    }
}
